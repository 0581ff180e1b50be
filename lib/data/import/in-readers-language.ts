import "server-only";
import type { ImportReport } from "@/lib/csv/import-report";
import { translateMessage } from "@/lib/i18n/translate";

/**
 * The report as its reader reads it, problems (and the schema messages inside them), notes and refusal in their
 * language: on screen and in the downloaded problems file alike. Outside a request (scripts, tests) that is English.
 */
export async function inReadersLanguage(report: ImportReport): Promise<ImportReport> {
  const problems = await Promise.all(report.problems.map(async (problem) => ({ ...problem, message: await translateMessage(problem.message) })));
  const notes = await Promise.all(report.notes.map(async (note) => ({ ...note, from: await translateMessage(note.from) })));
  return { ...report, problems, notes, refusal: report.refusal && (await translateMessage(report.refusal)) };
}
