import "server-only";
import { createHash } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/app-error";
import { can } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit";
import { type ImportReport, PROBLEMS_SHOWN } from "@/lib/csv/import-report";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { storable } from "@/lib/schemas/storable-text";
import { ConcurrentChange, applyImport } from "./apply-import";
import { type Plan, planImport } from "./plan-import";
import { importStoryFile } from "./import-story";
import { readUpload, type Upload } from "./read-upload";
import { offerMapping, saveImportMapping } from "./import-mappings";
import { emptyReport, inFileColumns } from "./mapped-report";
import { messageKey } from "@/lib/i18n/message-key";

/**
 * sheet: the sheet of an Excel workbook to read (its first when not given); `mapping`: the column mapping for a
 * file in none of our layouts, as the import page sends it (parsed here).
 */
export type ImportOptions = { fileName: string; commit: boolean; allOrNothing: boolean; createUnknown: boolean; expectedHash?: string; sheet?: string; mapping?: unknown };

/**
 * Told the rows read so far and the bytes behind them; it may throw to stop the run (a cancel, a shutdown). Its
 * last call (`isLast`) comes before the import's transaction commits, and is never skipped.
 */
export type ImportProgress = (rowsDone: number, bytesDone: number, isLast?: boolean) => Promise<void>;
const NO_PROGRESS: ImportProgress = async () => {};

/**
 * A dry run (commit: false) reads and checks the file and writes only its IMPORT audit event; a commit
 * checks it again — it must be the same file as the dry run's, by hash — and writes every valid row in
 * one transaction, or nothing but its audit event when all-or-nothing is asked and a row has an error.
 * The report's messages stay message keys: a background run's report is read later, by each reader in their
 * language (./in-readers-language.ts).
 */
export async function runImport(user: SessionUser, bytes: Uint8Array, given: ImportOptions, progress = NO_PROGRESS): Promise<ImportReport> {
  if (!can(user, "incident:import")) throw new AppError("forbidden", messageKey("validation.import.notAllowed"));
  // The file name goes into the audit trail, which cannot hold every string a browser can send.
  const options = { ...given, fileName: storable(given.fileName) };
  const started = performance.now();
  const fileHash = createHash("sha256").update(bytes).digest("hex");
  if (options.commit && options.expectedHash && options.expectedHash !== fileHash) {
    throw new AppError("conflict", messageKey("validation.import.notTheCheckedFile"));
  }
  const story = await importStoryFile(user, bytes, { ...options, fileHash });
  if (story) return story;
  const read = await readUpload(bytes, { sheet: options.sheet, mapping: options.mapping });
  if (!read.ok && read.facts) return { ...emptyReport(options.fileName, fileHash), mappingOffer: await offerMapping(user, read.facts) };
  if (!read.ok) throw new AppError("invalid", read.message);
  const { mapping } = read.upload;
  await progress(read.upload.rows.length, bytes.length);
  const plan = await planImport(user, read.upload, options);
  await progress(read.upload.rows.length, bytes.length);
  if (mapping) inFileColumns(plan, mapping.headerOf);
  const report = summarize(options.fileName, fileHash, read.upload, plan);
  const { fileName, layout, rowsRead, create, update, unchanged, skipped, warnings } = report;
  const summary = { fileName, fileHash, layout, rowsRead, create, update, unchanged, skipped, warnings, allOrNothing: options.allOrNothing, commit: options.commit, ...(mapping && { mapping: mapping.value }) };
  if (options.commit && options.allOrNothing && skipped > 0) {
    report.refusal = messageKey("validation.import.refusedAllOrNothing", { count: skipped });
  } else if (options.commit) {
    try {
      const saveMapping = mapping && ((tx: Prisma.TransactionClient) => saveImportMapping(tx, user, mapping.header, mapping.value));
      await applyImport(user, plan, options.fileName, { ...summary, committed: true }, {
        alsoWrite: saveMapping || undefined, beforeCommit: () => progress(rowsRead, bytes.length, true),
      });
    } catch (error) {
      if (error instanceof ConcurrentChange || isUniqueViolation(error)) {
        throw new AppError("conflict", messageKey("validation.import.changedMeanwhile"));
      }
      throw error;
    }
    report.committed = true;
  }
  // A dry run shows the stored incidents' figures as a commit would: it is audited like one.
  if (!report.committed) await db.$transaction((tx) => recordAudit(tx, { actor: user, action: "IMPORT", entityType: "Import", changes: { ...summary, committed: false } }));
  report.durationMs = Math.round(performance.now() - started);
  return report;
}

function summarize(fileName: string, fileHash: string, upload: Upload, plan: Plan): ImportReport {
  const count = (action: string) => plan.rows.filter((r) => r.action === action).length;
  const problems = plan.rows.flatMap((r) => r.mapped.problems);
  const notes = new Map<string, ImportReport["notes"][number]>();
  for (const { translations } of upload.rows) {
    for (const t of translations) {
      const key = `${t.column}\u0000${t.from}\u0000${t.to}`;
      const note = notes.get(key) ?? { ...t, rows: 0 };
      note.rows++;
      notes.set(key, note);
    }
  }
  return {
    fileName, fileHash, layout: upload.mapping ? "mapped" : upload.layout, rowsRead: upload.rows.length,
    create: count("create"), update: count("update"), unchanged: count("unchanged"), skipped: count("invalid"),
    warnings: problems.filter((p) => p.severity === "warning").length,
    problems: problems.slice(0, PROBLEMS_SHOWN), problemCount: problems.length,
    notes: [...notes.values()].sort((a, b) => b.rows - a.rows),
    ignoredColumns: upload.ignoredColumns,
    newVessels: [...plan.created.vessels.values()].map((v) => v.name),
    newOrganizations: [...plan.created.organizations.values()].map((o) => o.name),
    committed: false, durationMs: 0,
  };
}

/** A unique key taken meanwhile: P2002 from model queries, P2010 with PostgreSQL's 23505 from the bulk inserts. */
function isUniqueViolation(error: unknown) {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  const cause = (error.meta?.driverAdapterError as { cause?: { originalCode?: string } } | undefined)?.cause;
  return error.code === "P2002" || cause?.originalCode === "23505";
}
