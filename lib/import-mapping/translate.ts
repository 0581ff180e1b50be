import type { Translation } from "@/lib/csv/row-context";
import { ledgerDate, readDateCell } from "./dates";
import { cellItems } from "./facts";
import { IGNORE, kindOf, type MappableField } from "./fields";
import type { ImportMapping } from "./schema";
import { isVocabularyField, VOCABULARIES } from "./vocabularies";

// One record of a mapped file as the ledger layout's cells (ISO dates, plain numbers, our codes), for
// the ledger's row reader: its limits, checks and problems then apply as to our own files.
export type CellIssue = { column: string; field: MappableField; value: string; kind: "notDate" | "unmapped" };
export type TranslatedRecord = { cells: Partial<Record<MappableField, string>>; issues: CellIssue[]; translations: Translation[] };

const SPACED_THOUSANDS = /(\d)[\s\u00a0\u202f](?=\d{3}(?!\d))/g;

export function ledgerNumber(text: string, decimal: ImportMapping["decimal"], isCoordinate: boolean): string {
  const t = text.trim().replace(SPACED_THOUSANDS, "$1");
  if (isCoordinate) return decimal === "comma" ? t.replace(",", ".") : t;
  if (decimal === "point" && /^\d{1,3}(,\d{3})+$/.test(t)) return t.replaceAll(",", "");
  if (decimal === "comma" && /^\d{1,3}(\.\d{3})+$/.test(t)) return t.replaceAll(".", "");
  return decimal === "comma" ? t.replace(",", ".") : t;
}

export function translateRecord(mapping: ImportMapping, record: readonly string[]): TranslatedRecord {
  const cells: TranslatedRecord["cells"] = {};
  const issues: CellIssue[] = [];
  const translations: Translation[] = [];
  mapping.columns.forEach(({ header: column, field }, i) => {
    const value = (record[i] ?? "").trim();
    if (field === IGNORE) return;
    if (!value) return void (cells[field] = "");
    const kind = kindOf(field);
    if (kind === "date") {
      const date = readDateCell(value);
      const iso = date && ledgerDate(date, mapping.dateOrder ?? "dmy", mapping.timeZone);
      if (!iso) issues.push({ column, field, value, kind: "notDate" });
      cells[field] = iso ?? value;
    } else if (kind === "count" || kind === "coordinate") {
      cells[field] = ledgerNumber(value, mapping.decimal, kind === "coordinate");
    } else if (isVocabularyField(field)) {
      const codes = (kind === "choices" ? cellItems(value) : [value]).map((item) => {
        const code = mapping.values[field]?.[item];
        if (code && code !== item) translations.push({ column, from: item, to: code });
        if (!code && !VOCABULARIES[field].some((known) => known.toLowerCase() === item.toLowerCase())) issues.push({ column, field, value: item, kind: "unmapped" });
        return code ?? item;
      });
      cells[field] = codes.join("; ");
    } else cells[field] = value;
  });
  return { cells, issues, translations };
}
