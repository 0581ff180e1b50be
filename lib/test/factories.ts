import { randomUUID } from "node:crypto";
import type { Prisma, Role } from "@/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users";
import type { IncidentFormValues } from "@/lib/schemas/incident";

// Test data with unique names, so that test files can run in parallel against one database.
const unique = () => randomUUID().slice(0, 8);

export async function createOrganization(overrides: Partial<Prisma.OrganizationCreateInput> = {}) {
  const id = unique();
  return db.organization.create({ data: { name: `Test NGO ${id}`, shortName: `T${id}`.toUpperCase(), ...overrides } });
}

export async function createUser(organizationId: string, role: Role = "FIELD", password = "correct horse battery") {
  const user = await db.user.create({
    data: { email: `user-${unique()}@test.example`, name: `Test User`, role, organizationId, passwordHash: await hashPassword(password) },
    include: { organization: true },
  });
  const sessionUser: SessionUser = {
    id: user.id, email: user.email, name: user.name, role: user.role, organizationId, mustChangePassword: false, locale: null, timeZone: null,
    organizationName: user.organization.name, organizationShortName: user.organization.shortName,
  };
  return { user, sessionUser, password };
}

export async function createIncident(organizationId: string, data: Partial<Prisma.IncidentUncheckedCreateInput> = {}) {
  return db.incident.create({
    data: { reference: `TEST-${unique()}`, organizationId, occurredAt: new Date("2016-10-25T08:00:00Z"), rescued: 10, dead: 0, missing: 0, ...data },
  });
}

/** An admin of a fresh organization; `isPlatformOperator` makes them an administrator of every organization. */
export async function createAdmin({ isPlatformOperator = false } = {}) {
  const organization = await createOrganization({ isPlatformOperator });
  return { organization, ...(await createUser(organization.id, "ADMIN")) };
}

export async function createVessel(organizationId: string | null, overrides: Partial<Prisma.VesselUncheckedCreateInput> = {}) {
  return db.vessel.create({ data: { name: `Test Vessel ${unique()}`, kind: "RESCUE_SHIP", organizationId, ...overrides } });
}

/** The incident form's values for the reference rescue (MSF report, 25 October 2016), as its inputs hold them. */
export function incidentFormValues(overrides: Partial<IncidentFormValues> = {}): IncidentFormValues {
  return {
    occurredAt: "2016-10-25T08:30:00+02:00", position: "33°15.0'N 012°36.0'E", region: "Mediterranean", route: "Central Mediterranean",
    vesselId: "", boatType: "INFLATABLE", boatConditions: ["TAKING_WATER"],
    personsOnBoard: "", rescued: "107", dead: "29", missing: "0", causesOfDeath: ["SUFFOCATION", "FUEL_BURNS", "DROWNING"],
    children: "", unaccompaniedMinors: "", women: "", pregnantWomen: "", infants: "1",
    men: "", girls: "", boys: "", sexAgeUnknown: "", nationalities: [], departurePlace: "", departedAt: "",
    injuries: [{ type: "FUEL_BURN", severity: "MINOR", count: "12" }, { type: "FUEL_BURN", severity: "SERIOUS", count: "11" }],
    evacuations: [
      { count: "2", means: "HELICOPTER", destination: "Lampedusa", evacuatedAt: "2016-10-25T12:40:00+02:00" },
      { count: "5", means: "BOAT", destination: "Lampedusa", evacuatedAt: "2016-10-25T19:15:00+02:00" },
    ],
    partners: [], coordinatingAuthority: "MRCC Rome", disembarkationPort: "", seaState: "",
    narrative: "An inflatable dinghy taking water about 26 nautical miles off Libya.", source: "MSF team on board the Bourbon Argos",
    sourceQuality: "4", intent: "draft", reason: "",
    locationOfDeath: "", sourceUrl: "", regionOfOrigin: "", unsdGrouping: "", eventGroup: "",
    ...overrides,
  };
}
