import { EVENT_COLUMNS, TRACK_COLUMNS } from "./columns";
import { unneutraliseFormula } from "./writer";

// Reading back the long-format files of the case as it unfolded (timeline events, track points), told
// apart from the incident layouts by their time columns.
export type StoryTable = "events" | "track";
const COLUMNS = { events: EVENT_COLUMNS, track: TRACK_COLUMNS } as const;
const key = (name: string) => name.trim().toLowerCase();

export type StoryHeader = { table: StoryTable; index: Map<string, number>; ignored: string[] };

/** Events: reference, event_time and event_type; track: reference, point_time and a position. Otherwise null. */
export function detectStoryTable(header: readonly string[]): StoryHeader | null {
  const seen = new Map(header.map((name, i) => [key(name), i]));
  const has = (name: string) => seen.has(name);
  const table: StoryTable | null = !has("reference") ? null
    : has("event_time") && has("event_type") ? "events"
    : has("point_time") && (has("position_text") || (has("latitude") && has("longitude"))) ? "track" : null;
  if (!table) return null;
  const names = COLUMNS[table].map((c) => c.name as string);
  return {
    table,
    index: new Map(names.filter(has).map((name) => [name, seen.get(name)!])),
    ignored: header.filter((name) => name.trim() !== "" && !names.includes(key(name))),
  };
}

/** One row as the track point or timeline event form holds it, the case's reference beside. */
export type StoryRow = { reference: string; values: Record<string, string>; who: { kind: string; name: string } | null };

export function mapStoryRow(table: StoryTable, cell: (column: string) => string): StoryRow {
  const text = (column: string) => unneutraliseFormula(cell(column) ?? "").trim();
  const position = text("position_text") || [text("latitude"), text("longitude")].filter(Boolean).join(", ");
  if (table === "track") return { reference: text("reference"), values: { occurredAt: text("point_time"), position, note: text("note") }, who: null };
  const kind = text("who_kind").toUpperCase();
  return {
    reference: text("reference"),
    values: {
      type: text("event_type").toUpperCase(), occurredAt: text("event_time"), alertSource: text("alert_source").toUpperCase(), count: text("count"),
      port: text("port"), position, linkedReference: text("linked_case"), note: text("note"),
      whoKind: kind === "AUTHORITY" || (!kind && text("who")) ? "authority" : "", authority: text("who"),
    },
    who: kind === "VESSEL" || kind === "ORGANIZATION" ? { kind, name: text("who") } : null,
  };
}
