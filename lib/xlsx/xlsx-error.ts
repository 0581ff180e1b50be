/** A workbook the reader refuses; its message is a message key (messageKey("validation.import.…")). */
export class XlsxError extends Error {}
