import { splitCauses } from "@/lib/csv/iom-vocabulary";
import { readList } from "@/lib/csv/values";
import { type DateStyle, orderShown, readDateCell } from "./dates";

// What the mapping screen and the mapping's schema need to know of a file, read from all its rows:
// each column's values (for the value maps), how its dates and numbers are written, the first rows.
// Row numbers are a spreadsheet's (the header is row 1); lists of rows hold the first few.
export type RowList = { rows: number[]; count: number };
export type DateFacts = { styles: Partial<Record<DateStyle, RowList>>; dayFirst: RowList; monthFirst: RowList; notDates: RowList; withTime: number; numeric: number };
export type NumberFacts = { comma: RowList; point: RowList; grouped: RowList };
export type ColumnFacts = { distinct: string[]; items: string[]; isCut: boolean; dates: DateFacts; numbers: NumberFacts };
export type FileFacts = { header: string[]; columns: ColumnFacts[]; rowCount: number; sample: string[][] };

export const ROWS_NAMED = 5;
export const VALUES_LISTED = 60;
export const SAMPLE_ROWS = 3;
const VALUE_LENGTH = 200;

const rowList = (): RowList => ({ rows: [], count: 0 });
function add(list: RowList, row: number) {
  if (list.rows.length < ROWS_NAMED) list.rows.push(row);
  list.count++;
}

/** The items of a cell of a list column: "A; B" or "A, B (c, d)". */
export const cellItems = (cell: string) => readList(cell).flatMap(splitCauses);

const COMMA_DECIMAL = /^[+-]?\d+,\d+$/;
const POINT_DECIMAL = /^[+-]?\d+\.\d+$/;
const GROUPED = /^\d{1,3}([.,]\d{3})+$/;

function columnFacts(cells: readonly string[]): ColumnFacts {
  const distinct = new Set<string>();
  const items = new Set<string>();
  let isCut = false;
  const dates: DateFacts = { styles: {}, dayFirst: rowList(), monthFirst: rowList(), notDates: rowList(), withTime: 0, numeric: 0 };
  const numbers: NumberFacts = { comma: rowList(), point: rowList(), grouped: rowList() };
  cells.forEach((raw, index) => {
    const cell = raw.trim();
    if (!cell) return;
    const row = index + 2;
    const keep = (set: Set<string>, value: string) => (set.size < VALUES_LISTED ? set.add(value.slice(0, VALUE_LENGTH)) : set.has(value) || (isCut = true));
    keep(distinct, cell);
    for (const item of cellItems(cell)) keep(items, item);
    if (GROUPED.test(cell)) add(numbers.grouped, row);
    else if (COMMA_DECIMAL.test(cell)) add(numbers.comma, row);
    else if (POINT_DECIMAL.test(cell)) add(numbers.point, row);
    const date = readDateCell(cell);
    if (!date) return add(dates.notDates, row);
    add((dates.styles[date.style] ??= rowList()), row);
    if (date.time && !date.offset) dates.withTime++;
    if (date.style === "numeric") dates.numeric++;
    const order = orderShown(date);
    if (order === "dmy") add(dates.dayFirst, row);
    if (order === "mdy") add(dates.monthFirst, row);
    if (order === "both") add(dates.notDates, row);
  });
  return { distinct: [...distinct], items: [...items], isCut, dates, numbers };
}

/** The facts of every column of a file, from its header and records (each a list of cells). */
export function fileFacts(header: readonly string[], records: readonly (readonly string[])[]): FileFacts {
  return {
    header: [...header],
    columns: header.map((_, i) => columnFacts(records.map((record) => record[i] ?? ""))),
    rowCount: records.length,
    sample: records.slice(0, SAMPLE_ROWS).map((record) => header.map((_, i) => record[i] ?? "")),
  };
}
