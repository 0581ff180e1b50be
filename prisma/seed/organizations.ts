import type { Role, VesselKind } from "@/generated/prisma/enums";

export const ORGANIZATIONS = [
  { name: "Médecins Sans Frontières", shortName: "MSF", country: "Switzerland", emailDomain: "msf.example" },
  { name: "Sea-Watch", shortName: "SW", country: "Germany", emailDomain: "sea-watch.example" },
  { name: "SOS Méditerranée", shortName: "SOSM", country: "France", emailDomain: "sos-med.example" },
] as const;

export type OrganizationShortName = (typeof ORGANIZATIONS)[number]["shortName"];

// `operating` bounds the months each ship actually patrolled, so synthetic rescues stay plausible.
export const VESSELS = [
  { name: "Bourbon Argos", organization: "MSF", kind: "RESCUE_SHIP", flagState: "Luxembourg", operating: ["2015-05-09", "2016-12-31"] },
  { name: "Sea-Watch 2", organization: "SW", kind: "RESCUE_SHIP", flagState: "Netherlands", operating: ["2016-04-01", "2017-12-31"] },
  { name: "Aquarius", organization: "SOSM", kind: "RESCUE_SHIP", flagState: "Gibraltar", operating: ["2016-02-26", "2017-12-31"] },
] as const satisfies readonly { name: string; organization: OrganizationShortName; kind: VesselKind; flagState: string; operating: readonly [string, string] }[];

const DEMO_NAMES: Record<OrganizationShortName, Record<Role, string>> = {
  MSF: { FIELD: "Amina Diallo", COORDINATOR: "Tomás Herrera", ADMIN: "Ingrid Solberg" },
  SW: { FIELD: "Jonas Becker", COORDINATOR: "Lena Hoffmann", ADMIN: "Mats Lindqvist" },
  SOSM: { FIELD: "Camille Laurent", COORDINATOR: "Luca Bianchi", ADMIN: "Sophie Marchand" },
};

/** Published on purpose (the start script prints it): only ever seeded into throwaway databases. */
export const DEMO_PASSWORD = "ledger-demo-2016";

const ROLES = ["FIELD", "COORDINATOR", "ADMIN"] as const satisfies readonly Role[];

export const DEMO_USERS = ORGANIZATIONS.flatMap((org) =>
  ROLES.map((role) => ({
    email: `${role.toLowerCase()}@${org.emailDomain}`,
    name: DEMO_NAMES[org.shortName][role],
    role,
    organization: org.shortName,
  })),
);
