import "server-only";
import type { IncidentStatus } from "@/generated/prisma/enums";
import { canOnIncident, CREATED_STATUSES, type IncidentAction, STATUS_AFTER } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/data/users";

// A row's status takes the case where one step in the app would, with the importer's rights: a new
// case is created as the form creates it, an existing one moves by the action its page offers.
const ACTIONS = Object.keys(STATUS_AFTER) as (keyof typeof STATUS_AFTER)[];
const STATUSES: IncidentStatus[] = ["DRAFT", "SUBMITTED", "VERIFIED", "ARCHIVED"];
const DONE: Record<keyof typeof STATUS_AFTER, string> = { submit: "submitted", verify: "verified", archive: "archived" };

/** Why the row cannot give the case this status, or null when it can. */
export function statusProblem(user: SessionUser, to: IncidentStatus, stored: { reference: string; status: IncidentStatus } | null): string | null {
  if (!stored) {
    if (CREATED_STATUSES.includes(to)) return null;
    return `A new case is created as ${CREATED_STATUSES.join(" or ")}, as in the app: import it as SUBMITTED, then ${to === "VERIFIED" ? "verify" : "archive"} it.`;
  }
  if (to === stored.status) return null;
  const action = ACTIONS.find((a) => STATUS_AFTER[a] === to);
  if (!action) return `${stored.reference} is ${stored.status}: a case never goes back to ${to}.`;
  if (canOnIncident(user, action, "own", stored.status)) return null;
  const from = STATUSES.filter((s) => canOnIncident(user, action as IncidentAction, "own", s));
  if (!from.length) return `Your role cannot ${action} cases.`;
  return `${stored.reference} is ${stored.status}: only a ${from.join(" or ")} case can be ${DONE[action]} (DRAFT → SUBMITTED → VERIFIED, or ARCHIVED, one step at a time).`;
}
