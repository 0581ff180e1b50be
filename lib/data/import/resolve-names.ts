import "server-only";
import { randomUUID } from "node:crypto";
import { can } from "@/lib/auth/permissions";
import type { MappedRow } from "@/lib/csv/row-context";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";

// Vessel and partner names of the ledger layout as ids. A name that matches an existing one only after
// ignoring case, spaces and punctuation is mapped to it with a warning; an unknown name is created on
// confirm when the importer may manage vessels and organizations and asked for it, and refused otherwise.

// A name to be created goes into a unique index: no longer than the vessel form allows.
const MAX_NEW_NAME = 100;

const loose = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

export type NewName = { id: string; name: string };
export type NewNames = { vessels: Map<string, NewName>; organizations: Map<string, NewName> };

type Named = { id: string; label: string; names: string[]; isOwn?: boolean; isActive?: boolean };

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
  const mayCreateVessels = createUnknown && can(user, "vessels:manage");
  const mayCreateOrganizations = createUnknown && can(user, "organizations:manage");

  const resolve = (row: MappedRow, column: string, name: string, find: ReturnType<typeof finder>, pending: Map<string, NewName>, mayCreate: boolean, what: string) => {
    const found = find(name);
    const problem = (severity: "error" | "warning", message: string) => row.problems.push({ row: row.row, column, value: name, severity, message });
    if (found.length === 1) {
      if (found[0].label !== name && !found[0].names.includes(name)) problem("warning", `Read as the existing ${what} "${found[0].label}".`);
      return found[0];
    }
    if (found.length > 1) return void problem("error", `Several ${what}s are called "${name}" (${found.map((f) => f.label).join(", ")}): use the exact name.`);
    if (mayCreate && name.length > MAX_NEW_NAME) return void problem("error", `A new ${what}'s name is at most ${MAX_NEW_NAME} characters.`);
    if (!mayCreate) return void problem("error", `Unknown ${what} "${name}": ${createUnknown ? "only an administrator may create it" : "an administrator can add it, or tick “create unknown vessels and organizations”"}.`);
    const created = pending.get(loose(name)) ?? { id: randomUUID(), name };
    pending.set(loose(name), created);
    problem("warning", `New ${what}: "${created.name}" will be created when you confirm.`);
    return { id: created.id, isActive: true };
  };

  for (const row of rows) {
    const vessel = row.vesselName ? resolve(row, "vessel", row.vesselName, findVessel, created.vessels, mayCreateVessels, "vessel") : null;
    if (vessel?.isActive === false) row.problems.push({ row: row.row, column: "vessel", value: row.vesselName ?? "", severity: "warning", message: "This vessel is no longer in service." });
    row.values.vesselId = vessel?.id ?? null;
    const partners = row.partnerNames.flatMap(({ name, role }) => {
      const organization = resolve(row, "partners", name, findOrganization, created.organizations, mayCreateOrganizations, "organization");
      if (organization?.id === user.organizationId) {
        row.problems.push({ row: row.row, column: "partners", value: name, severity: "error", message: "The organization that records the case cannot also be its partner." });
        return [];
      }
      return organization ? [{ organizationId: organization.id, role }] : [];
    });
    row.values.partners = partners;
  }
  return created;
}
