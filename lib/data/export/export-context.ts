import type { ExportLabels } from "./export-labels";
import type { Redaction } from "./privacy-sql";

/**
 * What every export SELECT is built with: the reader's organization (what rows may point to, which rows
 * are its own), the reader's words for coded columns when asked for, and how much the cells hide.
 */
export type ExportContext = { reader: { organizationId: string }; labels: ExportLabels | null; redact: Redaction };
