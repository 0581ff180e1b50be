import type { ColumnFacts, FileFacts } from "./facts";
import { type ColumnTarget, IGNORE, kindOf } from "./fields";
import { proposeColumns } from "./propose-columns";
import type { ImportMapping } from "./schema";
import { isVocabularyField, proposeValues, type VocabularyField } from "./vocabularies";

/** What the import page shows for a file in no layout of ours: its facts and a mapping, proposed or saved. */
export type MappingOffer = { facts: FileFacts; proposal: ImportMapping; isSaved: boolean };

/** The values of a column as a field reads them: each item for a list field, each cell else. */
export const valuesOf = (field: VocabularyField, column: ColumnFacts) => (kindOf(field) === "choices" ? column.items : column.distinct);

/** The value maps, dates and decimals that follow from a field for each column. */
export function withColumns(facts: FileFacts, targets: readonly ColumnTarget[], base?: ImportMapping): ImportMapping {
  const values: ImportMapping["values"] = {};
  targets.forEach((field, i) => {
    if (field !== IGNORE && isVocabularyField(field)) values[field] = { ...proposeValues(field, valuesOf(field, facts.columns[i])), ...base?.values[field] };
  });
  const mapped = (kind: string) => facts.columns.filter((_, i) => {
    const target = targets[i];
    return target !== IGNORE && kindOf(target) === kind;
  });
  const dates = mapped("date").map((c) => c.dates);
  const shown = dates.some((d) => d.dayFirst.count > 0) ? "dmy" : dates.some((d) => d.monthFirst.count > 0) ? "mdy" : null;
  const coordinates = mapped("coordinate").map((c) => c.numbers);
  const hasComma = coordinates.some((n) => n.comma.count > 0) && !coordinates.some((n) => n.point.count > 0);
  return {
    columns: facts.header.map((header, i) => ({ header, field: targets[i] })),
    values,
    dateOrder: base?.dateOrder ?? shown,
    timeZone: base?.timeZone ?? "UTC",
    decimal: base?.decimal ?? (hasComma ? "comma" : "point"),
  };
}

/** What the screen proposes for a file seen for the first time. */
export const proposeMapping = (facts: FileFacts) => withColumns(facts, proposeColumns(facts.header));

const key = (header: string) => header.trim().toLowerCase();

/** A saved mapping laid over a file with the same headers in any order; null when the headers differ. */
export function alignMapping(saved: ImportMapping, facts: FileFacts): ImportMapping | null {
  const fields = new Map(saved.columns.map((c) => [key(c.header), c.field]));
  if (fields.size !== facts.header.length || facts.header.some((h) => !fields.has(key(h)))) return null;
  return { ...saved, columns: facts.header.map((header) => ({ header, field: fields.get(key(header))! })) };
}
