import "server-only";
import type { ImportReport } from "@/lib/csv/import-report";
import { type MessageKey, messageKey, readMessageKey } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate";

/** A problem's message in the reader's language; a schema's message inside it (why a new name is refused) first. */
async function problemText(message: string) {
  const { key, values } = readMessageKey(message);
  if (typeof values?.problem !== "string") return translateMessage(message);
  return translateMessage(messageKey(key as MessageKey, { ...values, problem: await translateMessage(values.problem) }));
}

/**
 * The report as its reader reads it, problems and refusal in their language: on screen and in the
 * downloaded problems file alike. Outside a request (scripts, tests) that is English.
 */
export async function inReadersLanguage(report: ImportReport): Promise<ImportReport> {
  const problems = await Promise.all(report.problems.map(async (problem) => ({ ...problem, message: await problemText(problem.message) })));
  return { ...report, problems, refusal: report.refusal && (await translateMessage(report.refusal)) };
}
