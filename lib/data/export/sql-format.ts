import "server-only";

// SQL expressions that format values the way the CSV files promise: ISO 8601 in UTC whatever the
// session's time zone, lists joined with "; ", empty (NULL) for unknown, formula-like text neutralised
// exactly as lib/csv/writer.ts neutraliseFormula does (compatibility forms folded by NFKC, which needs a
// UTF8 database; only text starting with a character beyond ASCII is folded).
export const iso = (expr: string) => `to_char((${expr}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const FORMULA_START = `'^''*[=+@\\t\\r\\u2212-]'`;
export const safe = (expr: string) => `(CASE WHEN (${expr}) ~ ${FORMULA_START}
  OR (ascii(ltrim(${expr}, '''')) > 127 AND normalize(${expr}, NFKC) ~ ${FORMULA_START}) THEN '''' || (${expr}) ELSE (${expr}) END)`;

export const list = (expr: string) => `NULLIF(array_to_string((${expr})::text[], '; '), '')`;

/** A CASE expression mapping stored codes to words, e.g. causes of death to IOM's wording. */
export function caseOf(expr: string, words: Record<string, string>) {
  const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
  return `CASE ${expr} ${Object.entries(words).map(([code, word]) => `WHEN ${quote(code)} THEN ${quote(word)}`).join(" ")} END`;
}

/** A coded column as stored, or in the reader's words when the export asks for labels. */
export const coded = (expr: string, words?: Record<string, string>) => (words ? caseOf(expr, words) : expr);

/** A list of codes as stored, or in the reader's words, in its order. */
export const codedList = (expr: string, words?: Record<string, string>) =>
  words ? `NULLIF(array_to_string(ARRAY(SELECT ${caseOf("u.code", words)} FROM unnest((${expr})::text[]) WITH ORDINALITY u(code, n) ORDER BY u.n), '; '), '')` : list(expr);

/** `expr AS "name"` for each column, in the order of the layout. */
export function selectList<N extends string>(columns: readonly { name: N }[], expressions: Record<N, string>) {
  return columns.map(({ name }) => `${expressions[name]} AS "${name.replaceAll('"', '""')}"`).join(",\n  ");
}
