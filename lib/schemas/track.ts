import { z } from "zod";
import { optionalText, personalDataAcknowledgement, position, requiredInstant } from "./incident-fields";
import { caseVersion, TIMELINE_LABELS } from "./timeline";

// The track point form's one schema, parsed again by the server actions. Its output re-parses unchanged:
// the position stays the text as entered, with the latitude and longitude read from it beside.
export const TRACK_LABELS = { occurredAt: TIMELINE_LABELS.occurredAt, position: TIMELINE_LABELS.position, note: TIMELINE_LABELS.note } as const;

const fields = z.object({
  occurredAt: requiredInstant(TRACK_LABELS.occurredAt),
  position: position(TRACK_LABELS.position),
  note: optionalText(TRACK_LABELS.note, 2_000),
  version: caseVersion,
  isPersonalDataAcknowledged: personalDataAcknowledgement(),
});

export const trackPointInputSchema = fields.transform(({ occurredAt, position, note, version, isPersonalDataAcknowledged }) => ({
  // Minutes are enough, as for the timeline's events.
  occurredAt: new Date(Math.floor(occurredAt.getTime() / 60_000) * 60_000),
  position: position.text,
  latitude: position.latitude,
  longitude: position.longitude,
  note,
  version,
  isPersonalDataAcknowledged,
}));
export type TrackPointFormValues = z.input<typeof trackPointInputSchema>;
export type TrackPointInput = z.output<typeof trackPointInputSchema>;
