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

// Vessel and partner names of the ledger layout as ids. A name that matches an existing one only after
// ignoring case, spaces and punctuation is mapped to it with a warning; an unknown name is created on
// confirm when the importer asked for it and may create it in the app (vessels: administrators;
// organizations: administrators of the platform operator), under the same rules as the admin forms.

const loose = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

export type NewName = { id: string; name: string };
export type NewNames = { vessels: Map<string, NewName>; organizations: Map<string, NewName> };

type Named = { id: string; label: string; names: string[]; isOwn?: boolean; isActive?: boolean };
/** Who may create one, and the form's rule for the name a new one would take. */
type Creation = { may: boolean; who: string; name: z.ZodType<string, string> };

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
  const vessel: Creation = { may: can(user, "vessels:manage"), who: "an administrator", name: vesselInputSchema.shape.name };
  const organization: Creation = { may: await mayAddOrganizations(user), who: "an administrator of the platform operator", name: organizationRecordSchema.shape.shortName };

  const resolve = (row: MappedRow, column: string, name: string, find: ReturnType<typeof finder>, pending: Map<string, NewName>, creation: Creation, what: string) => {
    const found = find(name);
    const problem = (severity: "error" | "warning", message: string) => row.problems.push({ row: row.row, column, value: name, severity, message });
    if (found.length === 1) {
      if (found[0].label !== name && !found[0].names.includes(name)) problem("warning", `Read as the existing ${what} "${found[0].label}".`);
      return found[0];
    }
    if (found.length > 1) return void problem("error", `Several ${what}s are called "${name}" (${found.map((f) => f.label).join(", ")}): use the exact name.`);
    if (!createUnknown || !creation.may) return void problem("error", `Unknown ${what} "${name}": ${createUnknown ? `only ${creation.who} may create it` : `${creation.who} can add it, or tick “create unknown vessels and organizations”`}.`);
    const valid = creation.name.safeParse(name);
    if (!valid.success) return void problem("error", `A new ${what} cannot be called "${name}": ${valid.error.issues[0].message}`);
    const created = pending.get(loose(valid.data)) ?? { id: randomUUID(), name: valid.data };
    pending.set(loose(valid.data), created);
    problem("warning", `New ${what}: "${created.name}" will be created when you confirm.`);
    return { id: created.id, isActive: true };
  };

  for (const row of rows) {
    const found = row.vesselName ? resolve(row, "vessel", row.vesselName, findVessel, created.vessels, vessel, "vessel") : null;
    if (found?.isActive === false) inactiveVessels.add(found.id);
    row.values.vesselId = found?.id ?? null;
    const partners = row.partnerNames.flatMap(({ name, role }) => {
      const partner = resolve(row, "partners", name, findOrganization, created.organizations, organization, "organization");
      if (partner?.id === user.organizationId) {
        row.problems.push({ row: row.row, column: "partners", value: name, severity: "error", message: "The organization that records the case cannot also be its partner." });
        return [];
      }
      return partner ? [{ organizationId: partner.id, role }] : [];
    });
    row.values.partners = partners;
  }
  return { created, inactiveVessels };
}
