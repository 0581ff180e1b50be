import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/app-error";
import { canOnIncident } from "@/lib/auth/permissions";
import { decodeCsvBytes } from "@/lib/csv/decode";
import { type ImportReport, PROBLEMS_SHOWN } from "@/lib/csv/import-report";
import { CsvError, readCsv } from "@/lib/csv/reader";
import type { Problem } from "@/lib/csv/row-context";
import { detectStoryTable, mapStoryRow, type StoryHeader, type StoryRow } from "@/lib/csv/story-rows";
import { recordAudit } from "@/lib/data/audit";
import { addEventIn } from "@/lib/data/timeline/add-timeline-event";
import { addPointIn } from "@/lib/data/track/add-track-point";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { timelineEventInputSchema } from "@/lib/schemas/timeline";
import { trackPointInputSchema } from "@/lib/schemas/track";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_ROWS } from "./read-upload";
import { existingKeys, parsedKey } from "./story-existing";
import { messageKey } from "@/lib/i18n/message-key";

// Importing the events or track points files back: each row is added to its case (one of the importer's
// organization's, which the importer may edit) through the same code as the case page, under the same
// rules; a row equal to one already on the case is unchanged. Nothing is ever removed.
type Options = { fileName: string; fileHash: string; commit: boolean; allOrNothing: boolean };
type Row = { row: number; mapped: StoryRow; problems: Problem[]; action: "create" | "unchanged" | "invalid"; incidentId?: string; input?: Record<string, unknown> };

const COLUMN_OF: Record<string, string> = {
  occurredAt: "event_time", type: "event_type", alertSource: "alert_source", position: "position_text", latitude: "position_text", longitude: "position_text",
  linkedReference: "linked_case", authority: "who", vesselId: "who", organizationId: "who", whoKind: "who_kind", version: "reference", form: "",
};
const columnOf = (header: StoryHeader, field: string) => (header.table === "track" && field === "occurredAt" ? "point_time" : (COLUMN_OF[field] ?? field));

class DryRun extends Error {}

/** The report of an events or track points file, or null when the file is neither (an incident layout). */
export async function importStoryFile(user: SessionUser, bytes: Uint8Array, options: Options): Promise<ImportReport | null> {
  // Files the incident import refuses (too big, not UTF-8, no header) are left to it, with its messages.
  const decoded = bytes.length <= MAX_UPLOAD_BYTES ? decodeCsvBytes(bytes) : null;
  if (!decoded?.ok) return null;
  const header = headerOf(decoded.text);
  if (!header) return null;
  const records = allRecords(decoded.text);
  const started = performance.now();
  const rows = await planRows(user, header, records.slice(1).map((r, i) => ({ row: i + 2, fields: r.fields })));
  const applied = await applyRows(user, header, rows, options).catch((error) => {
    if (error instanceof DryRun) return false;
    throw error;
  });
  const problems = rows.flatMap((r) => r.problems);
  const count = (action: Row["action"]) => rows.filter((r) => r.action === action).length;
  const report: ImportReport = {
    fileName: options.fileName, fileHash: options.fileHash, layout: header.table, rowsRead: rows.length,
    create: count("create"), update: 0, unchanged: count("unchanged"), skipped: count("invalid"), warnings: 0,
    problems: problems.slice(0, PROBLEMS_SHOWN), problemCount: problems.length, notes: [], ignoredColumns: header.ignored,
    newVessels: [], newOrganizations: [], committed: applied, durationMs: 0,
  };
  if (options.commit && !applied) report.refusal = messageKey("validation.import.refusedAllOrNothing", { count: report.skipped });
  const { fileName, fileHash, layout, rowsRead, create, unchanged, skipped } = report;
  if (!applied) {
    await db.$transaction((tx) => recordAudit(tx, {
      actor: user, action: "IMPORT", entityType: "Import", changes: { fileName, fileHash, layout, rowsRead, create, unchanged, skipped, allOrNothing: options.allOrNothing, commit: options.commit, committed: false },
    }));
  }
  report.durationMs = Math.round(performance.now() - started);
  return report;
}

function headerOf(text: string) {
  try {
    const first = readCsv(text).next();
    return first.done ? null : detectStoryTable(first.value.fields);
  } catch (error) {
    if (error instanceof CsvError) return null;
    throw error;
  }
}

function allRecords(text: string) {
  try {
    const records = [...readCsv(text)];
    if (records.length > MAX_UPLOAD_ROWS + 1) throw new AppError("invalid", messageKey("validation.import.tooManyRows", { max: MAX_UPLOAD_ROWS }));
    return records;
  } catch (error) {
    if (error instanceof CsvError) throw new AppError("invalid", messageKey("validation.import.nothingImported", { problem: error.message }));
    throw error;
  }
}

async function planRows(user: SessionUser, header: StoryHeader, records: { row: number; fields: string[] }[]): Promise<Row[]> {
  const rows: Row[] = records.map(({ row, fields }) => ({ row, mapped: mapStoryRow(header.table, (c) => fields[header.index.get(c) ?? -1] ?? ""), problems: [], action: "create" }));
  const references = [...new Set(rows.map((r) => r.mapped.reference).filter(Boolean))];
  const cases = await db.incident.findMany({ where: { organizationId: user.organizationId, deletedAt: null, reference: { in: references } }, select: { id: true, reference: true, status: true } });
  const caseOf = new Map(cases.map((c) => [c.reference, c]));
  const names = await whoNames(rows);
  const existing = await existingKeys(header.table, cases.map((c) => c.id));
  const firstRowOf = new Map<string, number>();
  for (const row of rows) {
    const error = (field: string, message: string, value = "") => row.problems.push({ row: row.row, column: columnOf(header, field), value, message, severity: "error" });
    const found = caseOf.get(row.mapped.reference);
    if (!found) error("reference", messageKey("validation.import.noCase", { reference: row.mapped.reference, shortName: user.organizationShortName }), row.mapped.reference);
    else if (!canOnIncident(user, "edit", "own", found.status)) error("reference", messageKey("validation.import.storyLocked", { reference: found.reference }), found.reference);
    const who = row.mapped.who;
    const whoId = who ? names.get(`${who.kind}\u0000${who.name.toLowerCase()}`) : undefined;
    if (who && !whoId) error("who", messageKey("validation.import.whoUnknown", { kind: who.kind, name: who.name }), who.name);
    const values = { ...row.mapped.values, ...(who && { whoKind: who.kind.toLowerCase(), [who.kind === "VESSEL" ? "vesselId" : "organizationId"]: whoId ?? "" }), version: 1 };
    const parsed = (header.table === "track" ? trackPointInputSchema : timelineEventInputSchema).safeParse(values);
    if (!parsed.success) addIssues(parsed.error, error, values);
    if (row.problems.length || !parsed.success || !found) {
      row.action = "invalid";
      continue;
    }
    const key = parsedKey(header.table, found.id, parsed.data, who?.name ?? null);
    const earlier = firstRowOf.get(key);
    if (earlier) error("reference", messageKey("validation.import.sameStoryRow", { table: header.table, row: earlier }), row.mapped.reference);
    firstRowOf.set(key, row.row);
    row.action = row.problems.length ? "invalid" : existing.has(key) ? "unchanged" : "create";
    Object.assign(row, { incidentId: found.id, input: parsed.data });
  }
  return rows;
}

async function whoNames(rows: Row[]) {
  const wanted = (kind: string) => [...new Set(rows.flatMap((r) => (r.mapped.who?.kind === kind ? [r.mapped.who.name] : [])))];
  const [vessels, organizations] = await Promise.all([
    db.vessel.findMany({ where: { isActive: true, name: { in: wanted("VESSEL"), mode: "insensitive" } }, select: { id: true, name: true }, orderBy: { id: "asc" } }),
    db.organization.findMany({ where: { shortName: { in: wanted("ORGANIZATION"), mode: "insensitive" } }, select: { id: true, shortName: true } }),
  ]);
  return new Map<string, string>([
    ...vessels.reverse().map((v) => [`VESSEL\u0000${v.name.toLowerCase()}`, v.id] as const),
    ...organizations.map((o) => [`ORGANIZATION\u0000${o.shortName.toLowerCase()}`, o.id] as const),
  ]);
}

function addIssues(error: z.ZodError, add: (field: string, message: string, value?: string) => void, values: Record<string, unknown>) {
  const seen = new Set<string>();
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (seen.has(field)) continue;
    seen.add(field);
    add(field, issue.message, typeof values[field] === "string" ? (values[field] as string) : "");
  }
}

/**
 * Adds every new row in one transaction, each behind a savepoint so that a row the rules between events
 * refuse is reported and the others go on; a dry run, or all-or-nothing with a refused row, rolls it all back.
 */
async function applyRows(user: SessionUser, header: StoryHeader, rows: Row[], options: Options) {
  return db.$transaction(async (tx) => {
    for (const row of rows.filter((r) => r.action === "create")) {
      const incidentId = row.incidentId!;
      await tx.$executeRawUnsafe("SAVEPOINT story_row");
      try {
        const { version } = await tx.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { version: true } });
        const input = { ...row.input!, version } as never;
        const reason = `Imported from ${options.fileName}`;
        await (header.table === "track" ? addPointIn(tx, user, incidentId, input, { reason }) : addEventIn(tx, user, incidentId, input, { reason }));
        await tx.$executeRawUnsafe("RELEASE SAVEPOINT story_row");
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT story_row");
        row.action = "invalid";
        const errors = Object.entries(error.fieldErrors ?? { form: [error.message] });
        for (const [field, messages] of errors) row.problems.push({ row: row.row, column: columnOf(header, field), value: "", message: messages.join(" "), severity: "error" });
      }
    }
    const skipped = rows.filter((r) => r.action === "invalid").length;
    if (!options.commit || (options.allOrNothing && skipped > 0)) throw new DryRun();
    const created = rows.filter((r) => r.action === "create").length;
    await recordAudit(tx, {
      actor: user, action: "IMPORT", entityType: "Import",
      changes: { fileName: options.fileName, fileHash: options.fileHash, layout: header.table, rowsRead: rows.length, create: created, unchanged: rows.length - created - skipped, skipped, committed: true },
    });
    return true;
  }, { maxWait: 10_000, timeout: 180_000 });
}
