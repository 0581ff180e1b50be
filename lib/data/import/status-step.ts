import "server-only";
import type { IncidentStatus } from "@/generated/prisma/enums";
import { canOnIncident, CREATED_STATUSES, type IncidentAction, STATUS_AFTER } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/data/users";
import { messageKey } from "@/lib/i18n/message-key";

// A row's status takes the case where one step in the app would, with the importer's rights: a new
// case is created as the form creates it, an existing one moves by the action its page offers.
const ACTIONS = Object.keys(STATUS_AFTER) as (keyof typeof STATUS_AFTER)[];
const STATUSES: IncidentStatus[] = ["DRAFT", "SUBMITTED", "VERIFIED", "ARCHIVED"];

/** Why the row cannot give the case this status, or null when it can. */
export function statusProblem(user: SessionUser, to: IncidentStatus, stored: { reference: string; status: IncidentStatus } | null): string | null {
  if (!stored) {
    if (CREATED_STATUSES.includes(to)) return null;
    return messageKey("validation.import.newCaseStatus", { to });
  }
  if (to === stored.status) return null;
  const action = ACTIONS.find((a) => STATUS_AFTER[a] === to);
  if (!action) return messageKey("validation.import.statusBackwards", { reference: stored.reference, from: stored.status, to });
  if (canOnIncident(user, action, "own", stored.status)) return null;
  const from = STATUSES.filter((s) => canOnIncident(user, action as IncidentAction, "own", s));
  if (!from.length) return messageKey("validation.import.roleCannot", { action });
  return messageKey("validation.import.oneStep", { reference: stored.reference, from: stored.status, allowed: from.join("/"), action });
}
