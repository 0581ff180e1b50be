import { z } from "zod";
import { AlertSource, IncidentOutcome, IncidentPhase, TimelineEventType } from "@/generated/prisma/enums";
import { parsePosition } from "@/lib/geo/parse-position";
import { messageKey } from "@/lib/i18n/message-key";
import { COUNT_LABEL, COUNT_LABELS, EVENT_FIELDS } from "@/lib/timeline/event-fields";
import { count, optionalChoice, optionalId, optionalText, personalDataAcknowledgement, requiredInstant } from "./incident-fields";

// The timeline event form's one schema: the form validates with it and the server actions parse again
// with it. Each field accepts its own output, so parsed values re-parse unchanged. Rules that need the
// case's other events (issue 13, "Bad input") run in the data layer, inside the transaction.
// Field names are message keys (validation.timeline.field), as the incident form's are (incident-labels.ts).
export const TIMELINE_LABELS = {
  type: "validation.timeline.field.type", occurredAt: "validation.timeline.field.occurredAt",
  alertSource: "validation.timeline.field.alertSource", port: "validation.timeline.field.port",
  position: "validation.timeline.field.position", whoKind: "validation.timeline.field.whoKind",
  vesselId: "validation.timeline.field.vesselId", organizationId: "validation.timeline.field.organizationId",
  authority: "validation.timeline.field.authority", linkedReference: "validation.timeline.field.linkedReference",
  evacuationId: "validation.timeline.field.evacuationId", note: "validation.timeline.field.note",
} as const;
const L = TIMELINE_LABELS;

export const WHO_KINDS = ["vessel", "organization", "authority"] as const;

const VERSION_MISSING = messageKey("validation.timeline.versionMissing");
export const caseVersion = z.coerce.number({ error: VERSION_MISSING }).int(VERSION_MISSING).min(1, VERSION_MISSING);

/** Optional position in any format the incident's position takes, read by the same parser. */
function optionalPosition(label: string) {
  return z
    .string({ error: messageKey("validation.input.notText", { label }) })
    .trim()
    .nullish()
    .transform((text, ctx) => {
      if (!text) return { text: null, latitude: null, longitude: null };
      const parsed = parsePosition(text);
      if (parsed.ok) return { text, latitude: parsed.latitude, longitude: parsed.longitude };
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    });
}

const fields = z.object({
  type: z.enum(TimelineEventType, { error: messageKey("validation.timeline.chooseType") }),
  occurredAt: requiredInstant(L.occurredAt),
  alertSource: optionalChoice(z.enum(AlertSource), L.alertSource),
  // Checked against the event's type below, whose label it takes in messages.
  count: z.union([z.number(), z.nan(), z.string(), z.null()], { error: messageKey("validation.input.notNumber", { label: COUNT_LABEL }) }).optional(),
  port: optionalText(L.port, 200),
  position: z.union([z.string(), z.null()]).optional(),
  whoKind: optionalChoice(z.enum(WHO_KINDS), L.whoKind),
  vesselId: optionalId(L.vesselId),
  organizationId: optionalId(L.organizationId),
  authority: optionalText(L.authority, 200),
  linkedReference: optionalText(L.linkedReference, 60),
  evacuationId: optionalId(L.evacuationId),
  note: optionalText(L.note, 2_000),
  version: caseVersion,
  isPersonalDataAcknowledged: personalDataAcknowledgement(),
});

type Raw = z.output<typeof fields>;
type Ctx = Pick<z.RefinementCtx, "addIssue" | "issues">;

const countOf = (type: TimelineEventType) => count(COUNT_LABELS[type] ?? COUNT_LABEL, { min: 1 });
const positionField = optionalPosition(L.position);
const REQUIRED = {
  alertSource: messageKey("validation.timeline.alertSourceRequired"), port: messageKey("validation.timeline.portRequired"),
  note: messageKey("validation.timeline.noteRequired"),
} as const;
const WHO_REQUIRED = {
  vessel: ["vesselId", messageKey("validation.timeline.vesselRequired")],
  organization: ["organizationId", messageKey("validation.timeline.organizationRequired")],
  authority: ["authority", messageKey("validation.timeline.authorityRequired")],
} as const;

// Runs even when other fields failed, so the form shows every problem at once; reads values defensively.
function checkByType(input: unknown, ctx: Ctx) {
  if (!input || typeof input !== "object") return;
  const values = input as Record<string, unknown>;
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message, input: values[path] });
  const failed = new Set(ctx.issues.map((i) => i.path?.[0]));
  const position = positionField.safeParse(values.position);
  if (!position.success) issue("position", position.error.issues[0].message);
  if (failed.has("type") || typeof values.type !== "string" || !(values.type in EVENT_FIELDS)) return;
  const type = values.type as TimelineEventType;
  const needs = EVENT_FIELDS[type];
  if (needs.count) {
    const parsed = countOf(type).safeParse(values.count);
    if (!parsed.success) issue("count", parsed.error.issues[0].message);
    else if (parsed.data === null && needs.count === "required") issue("count", messageKey("validation.input.required", { label: COUNT_LABELS[type] ?? COUNT_LABEL }));
  }
  for (const field of ["alertSource", "port", "note"] as const) {
    if (needs[field] === "required" && !failed.has(field) && !(typeof values[field] === "string" && values[field].trim())) issue(field, REQUIRED[field]);
  }
  const kind = values.whoKind;
  if (typeof kind === "string" && kind in WHO_REQUIRED) {
    const [field, message] = WHO_REQUIRED[kind as keyof typeof WHO_REQUIRED];
    if (!failed.has(field) && !(typeof values[field] === "string" && values[field].trim())) issue(field, message);
  }
}

// Keeps what the event's type takes and the one "who" chosen: what the form hides is dropped, not refused.
function finish(raw: Raw) {
  const needs = EVENT_FIELDS[raw.type];
  const occurredAt = new Date(Math.floor(raw.occurredAt.getTime() / 60_000) * 60_000);
  const position = positionField.parse(raw.position);
  const count = needs.count ? countOf(raw.type).parse(raw.count) : null;
  return {
    type: raw.type,
    occurredAt,
    alertSource: needs.alertSource ? raw.alertSource : null,
    count,
    port: needs.port ? raw.port : null,
    position: position.text,
    latitude: position.latitude,
    longitude: position.longitude,
    whoKind: raw.whoKind,
    vesselId: raw.whoKind === "vessel" ? raw.vesselId : null,
    organizationId: raw.whoKind === "organization" ? raw.organizationId : null,
    authority: raw.whoKind === "authority" ? raw.authority : null,
    linkedReference: needs.linkedCase ? raw.linkedReference : null,
    evacuationId: needs.evacuation ? raw.evacuationId : null,
    note: raw.note,
    version: raw.version,
    isPersonalDataAcknowledged: raw.isPersonalDataAcknowledged,
  };
}

const ALWAYS = { when: () => true };

/** One event as the form holds it (z.input) and as the data layer takes it (z.output, also a valid input). */
export const timelineEventInputSchema = fields.superRefine(checkByType, ALWAYS).transform(finish);
export type TimelineEventFormValues = z.input<typeof timelineEventInputSchema>;
export type TimelineEventInput = z.output<typeof timelineEventInputSchema>;

/** "AUTO": the phase follows the timeline again. */
export const PHASE_AUTO = "AUTO";
export const phaseOutcomeInputSchema = z.object({
  phase: z.union([z.enum(IncidentPhase), z.literal(PHASE_AUTO)], { error: messageKey("validation.timeline.choosePhase") }),
  outcome: optionalChoice(z.enum(IncidentOutcome), "validation.timeline.field.outcome"),
  version: caseVersion,
});
export type PhaseOutcomeFormValues = z.input<typeof phaseOutcomeInputSchema>;
export type PhaseOutcomeInput = z.output<typeof phaseOutcomeInputSchema>;
