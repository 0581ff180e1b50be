import { type MappedRow, type Problem, rowContext } from "./row-context";
import { unneutraliseFormula } from "./writer";

type Line = { row: number; cell: (column: string) => string; problem?: Problem | null };

/**
 * The long nationalities file, one incident per reference: its rows become that incident's nationalities
 * (the first row's number stands for the group). Countries stay as written: the schema reads codes and names.
 */
export function mapNationalityRows(lines: Line[]): MappedRow[] {
  const groups = new Map<string, MappedRow>();
  const orphans: MappedRow[] = [];
  for (const { row, cell: raw, problem } of lines) {
    const cell = (column: string) => unneutraliseFormula(raw(column) ?? "").trim();
    const ctx = rowContext(row, cell);
    const reference = cell("reference");
    if (!reference) ctx.error("reference", "Name the incident: the nationalities file changes existing incidents only.");
    const group = groups.get(reference) ?? {
      row, reference: reference || null, externalId: null, sourceDataset: null, status: "SUBMITTED", values: { nationalities: [] },
      vesselName: null, partnerNames: [], problems: [], translations: [],
    };
    group.problems.push(...(problem ? [problem] : []), ...ctx.problems);
    (group.values.nationalities as { country: string; count: string }[]).push({ country: cell("country"), count: cell("count") });
    if (reference) groups.set(reference, group);
    else orphans.push(group);
  }
  return [...groups.values(), ...orphans].sort((a, b) => a.row - b.row);
}
