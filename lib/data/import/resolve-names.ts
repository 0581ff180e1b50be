import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { can } from "@/lib/auth/permissions";
import type { MappedRow } from "@/lib/csv/row-context";
import { mayAddOrganizations } from "@/lib/data/organizations-admin";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { organizationRecordSchema } from "@/lib/schemas/organization";
import { vesselInputSchema } from "@/lib/schemas/vessel";
import { messageKey } from "@/lib/i18n/message-key";

// Vessel and partner names of the ledger layout as ids. A name that matches an existing one only after
// ignoring case, spaces and punctuation is mapped to it with a warning; an unknown name is created on
// confirm when the importer asked for it and may create it in the app (vessels: administrators;
// organizations: administrators of the platform operator), under the same rules as the admin forms.

const loose = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

export type NewName = { id: string; name: string };
export type NewNames = { vessels: Map<string, NewName>; organizations: Map<string, NewName> };

type Named = { id: string; label: string; names: string[]; isOwn?: boolean; isActive?: boolean };
/** Who may create one, and the form's rule for the name a new one would take. */
type Creation = { may: boolean; name: z.ZodType<string, string> };

function finder(items: Named[]) {
  return (name: string) => {
    const exact = items.filter((item) => item.names.includes(name));
    const matches = exact.length ? exact : items.filter((item) => item.names.some((n) => loose(n) === loose(name)));
    const own = matches.filter((item) => item.isOwn);
    return own.length === 1 ? own : matches;
  };
}

export async function resolveNames(user: SessionUser, rows: MappedRow[], { createUnknown }: { createUnknown: boolean }) {
  const [vessels, organizations] = await Promise.all([
    db.vessel.findMany({ select: { id: true, name: true, organizationId: true, isActive: true } }),
    db.organization.findMany({ select: { id: true, name: true, shortName: true } }),
  ]);
  const findVessel = finder(vessels.map((v) => ({ id: v.id, label: v.name, names: [v.name], isOwn: v.organizationId === user.organizationId, isActive: v.isActive })));
  const findOrganization = finder(organizations.map((o) => ({ id: o.id, label: o.shortName, names: [o.shortName, o.name] })));
  const created: NewNames = { vessels: new Map(), organizations: new Map() };
  const inactiveVessels = new Set<string>();
  const vessel: Creation = { may: can(user, "vessels:manage"), name: vesselInputSchema.shape.name };
  const organization: Creation = { may: await mayAddOrganizations(user), name: organizationRecordSchema.shape.shortName };

  const resolve = (row: MappedRow, column: string, name: string, find: ReturnType<typeof finder>, pending: Map<string, NewName>, creation: Creation, what: string) => {
    const found = find(name);
    const problem = (severity: "error" | "warning", message: string) => row.problems.push({ row: row.row, column, value: name, severity, message });
    if (found.length === 1) {
      if (found[0].label !== name && !found[0].names.includes(name)) problem("warning", messageKey("validation.import.readAsExisting", { what, label: found[0].label }));
      return found[0];
    }
    if (found.length > 1) return void problem("error", messageKey("validation.import.ambiguousName", { what, name, labels: found.map((f) => f.label).join(", ") }));
    if (!createUnknown || !creation.may) return void problem("error", messageKey(createUnknown ? "validation.import.unknownMayNotCreate" : "validation.import.unknownName", { what, name }));
    const valid = creation.name.safeParse(name);
    if (!valid.success) return void problem("error", messageKey("validation.import.badNewName", { what, name, problem: valid.error.issues[0].message }));
    const created = pending.get(loose(valid.data)) ?? { id: randomUUID(), name: valid.data };
    pending.set(loose(valid.data), created);
    problem("warning", messageKey("validation.import.newName", { what, name: created.name }));
    return { id: created.id, isActive: true };
  };

  for (const row of rows) {
    const found = row.vesselName ? resolve(row, "vessel", row.vesselName, findVessel, created.vessels, vessel, "vessel") : null;
    if (found?.isActive === false) inactiveVessels.add(found.id);
    row.values.vesselId = found?.id ?? null;
    const partners = row.partnerNames.flatMap(({ name, role }) => {
      const partner = resolve(row, "partners", name, findOrganization, created.organizations, organization, "organization");
      if (partner?.id === user.organizationId) {
        row.problems.push({ row: row.row, column: "partners", value: name, severity: "error", message: messageKey("validation.import.ownPartner") });
        return [];
      }
      return partner ? [{ organizationId: partner.id, role }] : [];
    });
    row.values.partners = partners;
  }
  return { created, inactiveVessels };
}
