import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { deriveGeography } from "@/lib/geo";
import { parseReference, saveReferenceCounters } from "./references";
import { FIRST_RESCUE_STEPS, SECOND_RESCUE_STEPS, timelineRows } from "./reference-timeline";
import { REFERENCE_TRACK_POINTS, referenceTrackRows } from "./reference-track";

// The rescue DESIGN.md is built around (MSF report, Tuesday 25 October 2016), numbered first in
// MSF's 2016 sequence; the synthetic incidents number after it.
export const REFERENCE_CASE = { rescue: "MSF-2016-0001", secondRescue: "MSF-2016-0002" } as const;

const at = (time: string) => new Date(`2016-10-25T${time}Z`);
const outcomeAt = new Date("2016-10-28T15:50:00Z");
const verifiedAt = new Date("2016-10-28T16:00:00Z");

const common = {
  region: "Mediterranean",
  route: "Central Mediterranean",
  coordinatingAuthority: "MRCC Rome",
  source: "MSF team on board the Bourbon Argos",
  status: "VERIFIED",
} as const;

const RESCUE_NARRATIVE = [
  "An inflatable dinghy was found taking water about 26 nautical miles off Libya, north of the coast between Tripoli and Zuwara.",
  "The Bourbon Argos rescued 107 people; the crew first counted 11 bodies on the flooded floor of the dinghy, where seawater had mixed with fuel.",
  `The ship was then called away to another rescue nearby (139 people from a wooden boat, ${REFERENCE_CASE.secondRescue}).`,
  "On return and closer examination, 29 people had died; probable causes: suffocation, fuel burns and drowning.",
  "The bodies were retrieved over several hours with the help of the crew of the German NGO Sea-Watch.",
  "23 survivors had fuel burns, 11 of them serious; 7 were taken to hospital, 2 by helicopter and 5 by boat.",
  "The MSF team gave psychological support to the survivors, among them a man whose wife died, leaving him alone with their eight-month-old baby.",
  "The timeline's times, the dinghy's drift on the track, the requests for a place of safety and the disembarkation in Augusta are a reconstruction: the report gives the day, not the hours.",
].join(" ");

const SECOND_RESCUE_NARRATIVE = [
  `Called away from the dinghy of ${REFERENCE_CASE.rescue}, the Bourbon Argos rescued 139 people from a wooden boat a few miles further north-east.`,
  "Nobody died. The ship then returned to the dinghy to recover the bodies.",
].join(" ");

type Ids = { organizationId: string; vesselId: string; fieldUserId: string; coordinatorId: string; seaWatchId: string };

// Each audited change moved the version on: created, dead revised, each timeline event and track point, the outcome, verified.
const FIRST_VERSION = 4 + FIRST_RESCUE_STEPS.length + REFERENCE_TRACK_POINTS;
const SECOND_VERSION = 3 + SECOND_RESCUE_STEPS.length;
const outcome = "RESCUED_BY_THIS_ORGANIZATION" as const;

function rescue(ids: Ids): Prisma.IncidentCreateInput {
  const [latitude, longitude] = [33.25, 12.6];
  return {
    ...common,
    reference: REFERENCE_CASE.rescue,
    organization: { connect: { id: ids.organizationId } },
    vessel: { connect: { id: ids.vesselId } },
    occurredAt: at("06:30:00"),
    latitude, longitude, positionText: "33°15.0'N 012°36.0'E",
    ...deriveGeography(latitude, longitude),
    boatType: "INFLATABLE", boatConditions: ["TAKING_WATER"],
    rescued: 107, dead: 29, missing: 0, infants: 1,
    causesOfDeath: ["SUFFOCATION", "FUEL_BURNS", "DROWNING"],
    narrative: RESCUE_NARRATIVE,
    injuries: { create: [
      { type: "FUEL_BURN", severity: "MINOR", count: 12 },
      { type: "FUEL_BURN", severity: "SERIOUS", count: 11 },
    ] },
    evacuations: { create: [
      { count: 2, means: "HELICOPTER", destination: "Lampedusa", evacuatedAt: at("10:40:00") },
      { count: 5, means: "BOAT", destination: "Lampedusa", evacuatedAt: at("17:15:00") },
    ] },
    partners: { create: [{ organization: { connect: { id: ids.seaWatchId } }, role: "BODY_RECOVERY" }] },
    createdBy: { connect: { id: ids.fieldUserId } }, createdAt: at("11:20:00"),
    updatedBy: { connect: { id: ids.coordinatorId } }, updatedAt: verifiedAt,
    phase: "CLOSED", outcome,
    version: FIRST_VERSION,
  };
}

function secondRescue(ids: Ids): Prisma.IncidentCreateInput {
  const [latitude, longitude] = [33.325, 12.733333];
  return {
    ...common,
    reference: REFERENCE_CASE.secondRescue,
    organization: { connect: { id: ids.organizationId } },
    vessel: { connect: { id: ids.vesselId } },
    occurredAt: at("08:15:00"),
    latitude, longitude, positionText: "33°19.5'N 012°44.0'E",
    ...deriveGeography(latitude, longitude),
    boatType: "WOODEN",
    rescued: 139, dead: 0, missing: 0,
    narrative: SECOND_RESCUE_NARRATIVE,
    createdBy: { connect: { id: ids.fieldUserId } }, createdAt: at("11:40:00"),
    updatedBy: { connect: { id: ids.coordinatorId } }, updatedAt: verifiedAt,
    phase: "DISEMBARKED", outcome,
    version: SECOND_VERSION,
  };
}

const snapshot = (data: Prisma.IncidentCreateInput) => ({
  reference: data.reference, status: "SUBMITTED", occurredAt: new Date(data.occurredAt).toISOString(),
  positionText: data.positionText, boatType: data.boatType, rescued: data.rescued, dead: data.dead, missing: data.missing,
});

type AuditInput = Prisma.AuditEventCreateManyInput;

/**
 * The two rescues with their history: logged by the field user with their timelines, the death toll
 * revised 11 → 29, the outcome recorded and the cases verified by the coordinator.
 */
export async function seedReferenceCase(db: PrismaClient, ids: Ids) {
  const existing = await db.incident.count({ where: { reference: { in: Object.values(REFERENCE_CASE) } } });
  if (existing > 0) return 0;
  await db.$transaction(async (tx) => {
    const first = rescue(ids);
    const second = secondRescue(ids);
    const caseColumns = { id: true, reference: true, createdAt: true, evacuations: { select: { id: true, means: true, count: true, destination: true } } } as const;
    const firstCase = await tx.incident.create({ data: first, select: caseColumns });
    const secondCase = await tx.incident.create({ data: second, select: caseColumns });
    const [firstId, secondId] = [firstCase.id, secondCase.id];
    const event = (incidentId: string, actorId: string, createdAt: Date, rest: Omit<AuditInput, "entityType" | "createdAt">): AuditInput =>
      ({ ...rest, actorId, incidentId, entityId: incidentId, organizationId: ids.organizationId, entityType: "Incident", createdAt });
    const verified = { action: "STATUS_CHANGE", changes: { status: { from: "SUBMITTED", to: "VERIFIED" } } } as const;
    const outcomeSet = { action: "UPDATE", changes: { outcome: { from: null, to: outcome } } } as const;
    const context = { organizationId: ids.organizationId, vesselId: ids.vesselId, vesselName: "Bourbon Argos", fieldUserId: ids.fieldUserId, seaWatchId: ids.seaWatchId, cases: { first: firstCase, second: secondCase } };
    const timelines = [timelineRows(FIRST_RESCUE_STEPS, firstCase, context), timelineRows(SECOND_RESCUE_STEPS, secondCase, context)];
    await tx.timelineEvent.createMany({ data: timelines.flatMap((t) => t.events) });
    const track = referenceTrackRows(firstId, context);
    await tx.trackPoint.createMany({ data: track.points });
    await tx.auditEvent.createMany({ data: [
      ...timelines.flatMap((t) => t.audits),
      ...track.audits,
      event(firstId, ids.coordinatorId, outcomeAt, outcomeSet),
      event(secondId, ids.coordinatorId, outcomeAt, outcomeSet),
      event(firstId, ids.fieldUserId, at("11:20:00"), { action: "CREATE", changes: { ...snapshot(first), dead: 11 } }),
      event(secondId, ids.fieldUserId, at("11:40:00"), { action: "CREATE", changes: snapshot(second) }),
      event(firstId, ids.fieldUserId, at("16:05:00"), { action: "UPDATE", changes: { dead: { from: 11, to: 29 } }, reason: "On closer examination" }),
      event(firstId, ids.coordinatorId, verifiedAt, verified),
      event(secondId, ids.coordinatorId, verifiedAt, verified),
    ] });
    const lastNumber = Math.max(...Object.values(REFERENCE_CASE).map((reference) => parseReference(reference).number));
    await saveReferenceCounters(tx, [{ organizationId: ids.organizationId, year: 2016, lastNumber }]);
  }, { timeout: 30_000 }); // a loaded machine (tests in parallel on 2 cores) took more than the default 5 s
  return 2;
}
