import { countryOptions } from "@/lib/countries";
import { KNOWN_PHRASES, KNOWN_WORDS, NAME_PARTICLES, SENTENCE_STARTERS, TITLES } from "./known-words";
import type { PersonalDataFinding } from "./personal-data";

// What looks like a person's full name: two or more capitalised words in a row ("Mohamed Abdi"), or a
// title before one ("Captain Haddad", "Sig. Rossi"), once the words that are not people are taken out:
// the stop list (./known-words.ts), the country list, the registry's names, words the same text also
// writes in lower case ("Medical Evacuation" beside "the evacuation"), and a common word starting a
// sentence. Arabic script has no capitals: Arabic prose is never read as a name; a Latin-script name
// inside it still is.

type Token = { start: number; end: number; text: string; lower: string };

const WORD = /[\p{L}\p{M}](?:[\p{L}\p{M}'’-]*[\p{L}\p{M}])?/gu;
const CAPITALISED = /^(?:(?:al|el|ad|as|ash|az|d|de|di|\p{Lu})['’-])?\p{Lu}\p{M}*[\p{Ll}\p{M}]/u;
const ALL_CAPITALS = /^[\p{Lu}\p{M}'’-]{3,}$/u;
const VOWEL = /[AEIOUYÀ-ÖØ-Ý]/u;
// German writes every noun with a capital: long words with a noun ending are nouns, not names.
const GERMAN_NOUN = /.{3,}(?:ung|ungen|heit|keit|schaft|ion|ionen|tät|nis|isse|ment)$/u;

export function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], lower: m[0].toLowerCase() }));
}

/** Known names (vessels, organizations, places) compiled for lookup: single words, and phrases by their first word. */
export type KnownNames = { words: ReadonlySet<string>; phrases: ReadonlyMap<string, readonly string[][]> };

export function compileKnownNames(names: Iterable<string>, base?: KnownNames): KnownNames {
  const words = new Set(base?.words);
  const phrases = new Map(base?.phrases);
  for (const name of names) {
    const tokens = tokenize(name).map((token) => token.lower);
    if (tokens.length === 1) words.add(tokens[0]);
    else if (tokens.length > 1) phrases.set(tokens[0], [...(phrases.get(tokens[0]) ?? []), tokens]);
  }
  return { words, phrases };
}

export const BUILT_IN_NAMES = compileKnownNames([...KNOWN_PHRASES, ...KNOWN_WORDS, ...countryOptions().map((c) => c.name)]);

const STARTERS = new Set<string>(SENTENCE_STARTERS);
const TITLE_WORDS = new Set<string>(TITLES);
const PARTICLES = new Set<string>(NAME_PARTICLES);

/** Indexes of the tokens inside a known phrase, or known words themselves. */
function knownTokens(tokens: readonly Token[], known: KnownNames) {
  const isKnown = new Array<boolean>(tokens.length).fill(false);
  tokens.forEach((token, i) => {
    if (known.words.has(token.lower)) isKnown[i] = true;
    for (const phrase of known.phrases.get(token.lower) ?? []) {
      if (phrase.every((word, k) => tokens[i + k]?.lower === word)) for (let k = 0; k < phrase.length; k++) isKnown[i + k] = true;
    }
  });
  return isKnown;
}

type Part = "name" | "capitals" | "particle" | "title" | "other";

export function findNames(text: string, known: KnownNames): PersonalDataFinding[] {
  const tokens = tokenize(text);
  const isKnown = knownTokens(tokens, known);
  const lowerElsewhere = new Set(tokens.filter((t) => t.text === t.lower).map((t) => t.lower));
  const gapBefore = (i: number) => text.slice(i === 0 ? 0 : tokens[i - 1].end, tokens[i].start);
  const startsSentence = (i: number) => i === 0 || (/[.!?…:;\n\r"“«()[\]•*]|^\s*-/.test(gapBefore(i)) && !isTitle(i - 1));
  const isTitle = (i: number) => i >= 0 && TITLE_WORDS.has(tokens[i].lower) && /^\.?\s{1,2}$/.test(gapBefore(i + 1) ?? "");
  // Within a name the words stand a space apart (a title may keep its full stop).
  const joined = (i: number) => /^ {1,2}$/.test(gapBefore(i)) || isTitle(i - 1);

  const parts: Part[] = tokens.map((token, i) => {
    if (isTitle(i)) return "title";
    if (token.text === token.lower) return PARTICLES.has(token.lower) ? "particle" : "other";
    if (isKnown[i] || lowerElsewhere.has(token.lower)) return "other";
    if (startsSentence(i) && STARTERS.has(token.lower)) return "other";
    if (CAPITALISED.test(token.text)) return GERMAN_NOUN.test(token.lower) ? "other" : "name";
    return ALL_CAPITALS.test(token.text) && VOWEL.test(token.text) ? "capitals" : "other";
  });

  const found: PersonalDataFinding[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (parts[i] === "other" || parts[i] === "particle") {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < tokens.length && parts[end + 1] !== "other" && parts[end + 1] !== "title" && joined(end + 1)) end++;
    while (end > i && parts[end] === "particle") end--;
    const run = parts.slice(i, end + 1);
    const names = run.filter((part) => part === "name").length;
    const words = names + run.filter((part) => part === "capitals").length;
    const isFullName = names >= 1 && (words >= 2 || (run[0] === "title" && words >= 1));
    if (isFullName) found.push({ kind: "fullName", start: tokens[i].start, end: tokens[end].end });
    i = end + 1;
  }
  return found;
}
