import { type ColumnTarget, FIELD_CATALOGUE, IGNORE, MAPPABLE_FIELDS, type MappableField } from "./fields";
import { bestOf, matchScore, words } from "./normalise";

/** Below this, a synonym covers too little of a long header to propose anything. */
const LEAST_SCORE = 3;

const SYNONYMS = MAPPABLE_FIELDS.map((field) => ({
  field,
  synonyms: [field.replace(/_/g, " "), ...FIELD_CATALOGUE[field].synonyms].map(words),
}));

/** The field a header names best, with how well; null when none does, or two fields do equally. */
export function proposeField(header: string): { field: MappableField; score: number } | null {
  const heard = words(header);
  const scored = SYNONYMS.map(({ field, synonyms }) => ({ value: field, score: Math.max(...synonyms.map((s) => matchScore(heard, s))) }));
  const best = bestOf(scored.filter((s) => s.score >= LEAST_SCORE));
  return best && { field: best.value, score: best.score };
}

/** A field for each column; a field two columns name goes to the one that names it best, the other is ignored. */
export function proposeColumns(header: readonly string[]): ColumnTarget[] {
  const proposals = header.map(proposeField);
  return proposals.map((proposal, i) => {
    if (!proposal) return IGNORE;
    const better = proposals.some((other, j) => other?.field === proposal.field && (other.score > proposal.score || (other.score === proposal.score && j < i)));
    return better ? IGNORE : proposal.field;
  });
}
