import type { AlertSource, Prisma, TimelineEventType } from "@/generated/prisma/client";

// The Bourbon Argos case as it unfolded (issue 13). The report gives no times beyond the day: these are a
// plausible reconstruction (UTC), as the case's narrative says, and so are the place-of-safety requests
// and the disembarkation in Augusta.
const MRCC_ROME = "MRCC Rome";
const COAST_GUARD = "Italian Coast Guard";

type Step = {
  at: string;
  type: TimelineEventType;
  alertSource?: AlertSource;
  count?: number;
  port?: string;
  position?: [text: string, latitude: number, longitude: number];
  authority?: string;
  by?: "argos" | "seaWatch";
  linked?: "second" | "first";
  evacuation?: "HELICOPTER" | "BOAT";
  note?: string;
};

const DINGHY: Step["position"] = ["33°15.0'N 012°36.0'E", 33.25, 12.6];
const WOODEN_BOAT: Step["position"] = ["33°19.5'N 012°44.0'E", 33.325, 12.733333];

export const FIRST_RESCUE_STEPS: Step[] = [
  { at: "2016-10-25T05:10", type: "ALERT_RECEIVED", alertSource: "MRCC", authority: MRCC_ROME, position: ["33°16'N 012°35'E", 33.266667, 12.583333], note: "An inflatable dinghy in distress reported north of the coast between Tripoli and Zuwara." },
  { at: "2016-10-25T06:05", type: "FIRST_SIGHTING", by: "argos" },
  { at: "2016-10-25T06:20", type: "ON_SCENE", by: "argos", position: DINGHY },
  { at: "2016-10-25T06:30", type: "RESCUE_STARTED", by: "argos", position: DINGHY },
  { at: "2016-10-25T07:35", type: "PERSONS_TAKEN_ABOARD", count: 107, by: "argos" },
  { at: "2016-10-25T07:40", type: "OTHER", note: "11 bodies counted on the flooded floor of the dinghy, in seawater mixed with fuel." },
  { at: "2016-10-25T07:45", type: "RESCUE_COMPLETED", by: "argos" },
  { at: "2016-10-25T07:50", type: "CALLED_AWAY", linked: "second", authority: MRCC_ROME },
  { at: "2016-10-25T10:20", type: "RETURNED", linked: "second", position: DINGHY },
  { at: "2016-10-25T10:40", type: "MEDICAL_EVACUATION", evacuation: "HELICOPTER", authority: COAST_GUARD, note: "Two people with serious fuel burns flown to Lampedusa." },
  { at: "2016-10-25T11:10", type: "OTHER", note: "Back at the dinghy, the crew found that 29 people had died, not 11." },
  { at: "2016-10-25T13:30", type: "BODIES_RECOVERED", count: 12, by: "seaWatch" },
  { at: "2016-10-25T15:45", type: "BODIES_RECOVERED", count: 17, by: "seaWatch" },
  { at: "2016-10-25T17:15", type: "MEDICAL_EVACUATION", evacuation: "BOAT", authority: COAST_GUARD },
  { at: "2016-10-25T17:40", type: "POS_REQUESTED", authority: MRCC_ROME },
  { at: "2016-10-26T08:00", type: "POS_REQUESTED", authority: MRCC_ROME },
  { at: "2016-10-26T19:30", type: "POS_ASSIGNED", port: "Augusta", authority: MRCC_ROME },
  { at: "2016-10-28T07:30", type: "DISEMBARKATION", port: "Augusta", count: 100, note: "With the 139 survivors of the second rescue and the 29 bodies." },
  { at: "2016-10-28T12:00", type: "CASE_CLOSED" },
];

export const SECOND_RESCUE_STEPS: Step[] = [
  { at: "2016-10-25T07:50", type: "ALERT_RECEIVED", alertSource: "MRCC", authority: MRCC_ROME, note: "A wooden boat a few miles north-east of the dinghy." },
  { at: "2016-10-25T08:10", type: "ON_SCENE", by: "argos", position: WOODEN_BOAT },
  { at: "2016-10-25T08:15", type: "RESCUE_STARTED", by: "argos", position: WOODEN_BOAT },
  { at: "2016-10-25T09:50", type: "PERSONS_TAKEN_ABOARD", count: 139, by: "argos" },
  { at: "2016-10-25T10:00", type: "RESCUE_COMPLETED", by: "argos" },
  { at: "2016-10-28T07:30", type: "DISEMBARKATION", port: "Augusta", count: 139 },
];

type Case = { id: string; reference: string; createdAt: Date; evacuations: { id: string; means: string; count: number; destination: string | null }[] };
type Context = { organizationId: string; vesselId: string; vesselName: string; fieldUserId: string; seaWatchId: string; cases: { first: Case; second: Case } };

const MINUTE = 60_000;

/** The events of one case and their CREATE audit events, recorded by the field user as the case went on. */
export function timelineRows(steps: Step[], own: Case, ctx: Context) {
  const events: Prisma.TimelineEventCreateManyInput[] = [];
  const audits: Prisma.AuditEventCreateManyInput[] = [];
  steps.forEach((step, i) => {
    const occurredAt = new Date(`${step.at}:00Z`);
    // Logged twenty minutes later, and never before the case itself was recorded.
    const recordedAt = new Date(Math.max(occurredAt.getTime() + 20 * MINUTE, own.createdAt.getTime() + (i + 1) * MINUTE));
    const linked = step.linked ? ctx.cases[step.linked] : null;
    const evacuation = step.evacuation ? own.evacuations.find((row) => row.means === step.evacuation)! : null;
    const id = crypto.randomUUID();
    events.push({
      id, incidentId: own.id, occurredAt, type: step.type, alertSource: step.alertSource, count: step.count, port: step.port,
      positionText: step.position?.[0], latitude: step.position?.[1], longitude: step.position?.[2],
      vesselId: step.by === "argos" ? ctx.vesselId : undefined, organizationId: step.by === "seaWatch" ? ctx.seaWatchId : undefined,
      authority: step.authority, linkedIncidentId: linked?.id, evacuationId: evacuation?.id, note: step.note,
      createdById: ctx.fieldUserId, updatedById: ctx.fieldUserId, createdAt: recordedAt, updatedAt: recordedAt,
    });
    const who = step.by === "argos" ? `vessel ${ctx.vesselName}` : step.by === "seaWatch" ? "organization SW" : (step.authority ?? null);
    audits.push({
      actorId: ctx.fieldUserId, organizationId: ctx.organizationId, action: "CREATE", entityType: "TimelineEvent", entityId: id, incidentId: own.id, createdAt: recordedAt,
      changes: {
        type: step.type, occurredAt: occurredAt.toISOString(), alertSource: step.alertSource ?? null, count: step.count ?? null, port: step.port ?? null,
        position: step.position?.[0] ?? null, who, linkedCase: linked?.reference ?? null,
        evacuation: evacuation ? `${evacuation.count} by ${evacuation.means.toLowerCase()}${evacuation.destination ? ` to ${evacuation.destination}` : ""}` : null,
        note: step.note ?? null,
      },
    });
  });
  return { events, audits };
}
