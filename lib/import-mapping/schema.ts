import { z } from "zod";
import { messageKey } from "@/lib/i18n/message-key";
import { isTimeZone } from "@/lib/i18n/time-zones";
import type { FileFacts, RowList } from "./facts";
import { FIELD_LABEL } from "./field-labels";
import { IGNORE, kindOf, MAPPABLE_FIELDS, type MappableField } from "./fields";
import { VOCABULARIES, VOCABULARY_FIELDS } from "./vocabularies";

// A mapping as the screen sends it: a field per column (in the file's order), codes for the values of
// vocabulary columns, the order of numeric dates, the zone of clock times without one, the decimal mark.
// `mappingSchemaFor` adds the rules that need the file: the screen and the server parse with it alike.
const MAX_COLUMNS = 500;
const MAX_TEXT = 200;

export const importMappingShape = z.object({
  columns: z.array(z.object({ header: z.string().max(MAX_TEXT), field: z.enum([...MAPPABLE_FIELDS, IGNORE]) })).min(1).max(MAX_COLUMNS),
  values: z.partialRecord(z.enum(VOCABULARY_FIELDS), z.record(z.string().max(MAX_TEXT), z.string().max(60))),
  dateOrder: z.enum(["dmy", "mdy"]).nullable(),
  timeZone: z.string().refine(isTimeZone, messageKey("validation.importMapping.unknownZone")),
  decimal: z.enum(["point", "comma"]),
});
export type ImportMapping = z.infer<typeof importMappingShape>;

const headerKey = (header: string) => header.trim().toLowerCase();
const rowsText = (list: RowList) => list.rows.join(", ") + (list.count > list.rows.length ? ", …" : "");

/** The mapping's schema for one file: its shape, then every rule the mapping must keep before anything is read. */
export function mappingSchemaFor(facts: FileFacts) {
  return importMappingShape.superRefine((mapping, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    const headers = mapping.columns.map((c) => headerKey(c.header));
    if (headers.length !== facts.header.length || facts.header.some((h, i) => headerKey(h) !== headers[i])) {
      return issue(["columns"], messageKey("validation.importMapping.headersDiffer"));
    }
    const columnsOf = (field: MappableField) => mapping.columns.flatMap((c, i) => (c.field === field ? [i] : []));
    for (const field of MAPPABLE_FIELDS) {
      const [first, ...others] = columnsOf(field);
      for (const i of others) {
        issue(["columns", i, "field"], messageKey("validation.importMapping.fieldTwice", { label: FIELD_LABEL[field], column: mapping.columns[i].header, first: mapping.columns[first].header }));
      }
    }
    const has = (field: MappableField) => columnsOf(field).length > 0;
    if (!has("occurred_at")) issue(["columns"], messageKey("validation.importMapping.dateUnmapped", { label: FIELD_LABEL.occurred_at }));
    if (!has("position_text") && !(has("latitude") && has("longitude"))) issue(["columns"], messageKey("validation.importMapping.positionUnmapped"));
    for (const field of VOCABULARY_FIELDS) {
      for (const [value, code] of Object.entries(mapping.values[field] ?? {})) {
        if (!VOCABULARIES[field].includes(code)) issue(["values", field, value], messageKey("validation.importMapping.notInVocabulary", { value, code, label: FIELD_LABEL[field] }));
      }
    }
    mapping.columns.forEach(({ header: column, field }, i) => {
      if (field === IGNORE) return;
      const { dates, numbers } = facts.columns[i];
      if (kindOf(field) === "date") {
        const styles = Object.entries(dates.styles);
        if (styles.length > 1) {
          const [[first, firstRows], [second, secondRows]] = styles;
          issue(["columns", i, "field"], messageKey("validation.importMapping.dateStylesMixed", { column, first, firstRows: rowsText(firstRows!), second, secondRows: rowsText(secondRows!) }));
        } else if (dates.dayFirst.count > 0 && dates.monthFirst.count > 0) {
          issue(["columns", i, "field"], messageKey("validation.importMapping.dateOrdersMixed", { column, dayRows: rowsText(dates.dayFirst), monthRows: rowsText(dates.monthFirst) }));
        } else if (mapping.dateOrder === null && dates.numeric > 0) {
          issue(["dateOrder"], messageKey("validation.importMapping.dateOrderNeeded", { column }));
        } else if (mapping.dateOrder === "mdy" && dates.dayFirst.count > 0) {
          issue(["dateOrder"], messageKey("validation.importMapping.dateOrderWrong", { column, order: "dmy", rows: rowsText(dates.dayFirst) }));
        } else if (mapping.dateOrder === "dmy" && dates.monthFirst.count > 0) {
          issue(["dateOrder"], messageKey("validation.importMapping.dateOrderWrong", { column, order: "mdy", rows: rowsText(dates.monthFirst) }));
        }
      }
      if (kindOf(field) === "coordinate") {
        if (numbers.comma.count > 0 && numbers.point.count > 0) {
          issue(["columns", i, "field"], messageKey("validation.importMapping.decimalsMixed", { column, commaRows: rowsText(numbers.comma), pointRows: rowsText(numbers.point) }));
        } else if (mapping.decimal === "point" && numbers.comma.count > 0) {
          issue(["decimal"], messageKey("validation.importMapping.decimalWrong", { column, decimal: "comma", rows: rowsText(numbers.comma) }));
        } else if (mapping.decimal === "comma" && numbers.point.count > 0) {
          issue(["decimal"], messageKey("validation.importMapping.decimalWrong", { column, decimal: "point", rows: rowsText(numbers.point) }));
        }
      }
    });
  });
}
