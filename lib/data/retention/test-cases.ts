import { db } from "@/lib/db";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { deleteIncident } from "@/lib/data/incidents/delete-incident";
import { updateIncident } from "@/lib/data/incidents/update-incident";
import { addTimelineEvent } from "@/lib/data/timeline/add-timeline-event";
import { addTrackPoint } from "@/lib/data/track/add-track-point";
import type { SessionUser } from "@/lib/data/users";
import { incidentFormValues } from "@/lib/test/factories";
import { eventValues } from "@/lib/test/timeline-factories";

// Minutes of arc from the token (a UUID): two cases share a position one time in 360,000.
const minutesOf = (hex: string) => ((parseInt(hex, 16) % 600) / 10).toFixed(1).padStart(4, "0");

/** The words of a case's own that only it holds, each built on its token: none may stay in the audit trail after its purge. */
export const caseWords = (token: string) => ({
  narrative: `Narrative ${token}`, edited: `Edited narrative ${token}`, reason: `Reason ${token}`, source: `Source ${token}`,
  authority: `Authority ${token}`, port: `Port ${token}`, departure: `Departure ${token}`, hospital: `Hospital ${token}`,
  note: `Note ${token}`, track: `Track ${token}`,
  position: `33°${minutesOf(token.slice(0, 4))}'N 012°${minutesOf(token.slice(4, 8))}'E`,
});

/**
 * A case with a row in every child table (injuries, evacuations, partners, nationalities, timeline events, track
 * points) and audit events that hold its field values, edited once with a reason, then deleted by field staff.
 */
export async function fullCaseDeleted(field: SessionUser, partnerId: string, token: string) {
  const words = caseWords(token);
  const values = incidentFormValues({
    narrative: words.narrative, source: words.source, coordinatingAuthority: words.authority, disembarkationPort: words.port,
    departurePlace: words.departure, position: words.position, personsOnBoard: "140",
    evacuations: [{ count: "2", means: "HELICOPTER", destination: words.hospital, evacuatedAt: "2016-10-25T12:40:00+02:00" }],
    nationalities: [{ country: "ER", count: "30" }, { country: "NG", count: "12" }],
    partners: [{ organizationId: partnerId, role: "BODY_RECOVERY" }],
    // Its unique words may look like names or numbers to the personal-data check: it is a test case.
    isPersonalDataAcknowledged: true,
  });
  const { id, reference } = await createIncident(field, values);
  await updateIncident(field, id, { ...values, narrative: words.edited, reason: words.reason, version: 1 });
  await addTimelineEvent(field, id, eventValues(2, { note: words.note, isPersonalDataAcknowledged: true }));
  await addTrackPoint(field, id, { occurredAt: "2016-10-25T15:30+02:00", position: "33°16.1'N 012°37.9'E", note: words.track, version: 3, isPersonalDataAcknowledged: true });
  await deleteIncident(field, id);
  return { id, reference, words };
}

/** How many rows each child table holds for the case. */
export async function childRows(incidentId: string) {
  const where = { incidentId };
  const [injuries, evacuations, partners, nationalities, timelineEvents, trackPoints, rollupFacts, periodFacts] = await Promise.all([
    db.injury.count({ where }), db.evacuation.count({ where }), db.incidentPartner.count({ where }), db.incidentNationality.count({ where }),
    db.timelineEvent.count({ where }), db.trackPoint.count({ where }), db.incidentRollupFact.count({ where }), db.periodRollupFact.count({ where }),
  ]);
  return { injuries, evacuations, partners, nationalities, timelineEvents, trackPoints, rollupFacts, periodFacts };
}

/** The audit events that hold any of the words, in their changes or their reason. */
export async function auditEventsHolding(words: string[]) {
  return db.$queryRaw<{ id: bigint }[]>`
    SELECT id FROM "AuditEvent" WHERE EXISTS (SELECT 1 FROM unnest(${words}::text[]) w WHERE changes::text LIKE '%' || w || '%' OR reason LIKE '%' || w || '%')`;
}
