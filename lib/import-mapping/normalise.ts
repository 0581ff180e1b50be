// How headers and values are compared: without case, accents, punctuation or the words that only say
// "number of" ("No. dead", "Number of dead", "N° morti", "عدد الوفيات" all read as the word for dead).
const FILLER = new Set([
  "no", "nr", "n", "number", "num", "numero", "nombre", "anzahl", "of", "the", "de", "du", "des", "la", "le", "l", "di", "del",
  "della", "dei", "degli", "delle", "der", "die", "das", "el", "los", "las", "d", "عدد",
]);

/** The words of a header or a value, lower case, without accents, filler words or Arabic's article. */
export function words(text: string): string[] {
  return text
    .replace(/n[°º]/gi, " ")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .map((word) => (word.length > 3 && word.startsWith("ال") ? word.slice(2) : word))
    .filter((word) => word && !FILLER.has(word));
}

export const normalised = (text: string) => words(text).join(" ");

/**
 * How well a synonym names a text: 100 when their words are the same, else the share of the text's
 * words the synonym covers (below 10) when all its words are in the text, else 0.
 */
export function matchScore(text: readonly string[], synonym: readonly string[]): number {
  if (synonym.length === 0 || text.length === 0) return 0;
  if (text.join(" ") === synonym.join(" ")) return 100;
  return synonym.every((word) => text.includes(word)) ? (10 * synonym.length) / text.length : 0;
}

/** The best of several candidates by score; none when two different ones tie at the top or nothing matched. */
export function bestOf<T>(scored: readonly { value: T; score: number }[]): { value: T; score: number } | null {
  let best: { value: T; score: number } | null = null;
  let tied = false;
  for (const candidate of scored) {
    if (candidate.score <= 0) continue;
    if (!best || candidate.score > best.score) {
      best = candidate;
      tied = false;
    } else if (candidate.score === best.score && candidate.value !== best.value) tied = true;
  }
  return tied ? null : best;
}
