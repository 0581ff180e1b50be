import { z } from "zod";

const MAX_WORDS = 8;

/** The words a search matches, each anywhere in a case (all of them must match); lower case, no repeats. */
export function searchWords(text: string): string[] {
  return [...new Set(text.toLowerCase().split(/\s+/).filter(Boolean))].slice(0, MAX_WORDS);
}

// Trigrams index three characters: a search without a word that long would read every case.
export const searchTextSchema = z
  .string()
  .trim()
  .max(200, "Shorten the search to 200 characters at most.")
  .refine((text) => text === "" || searchWords(text).some((word) => word.length >= 3), {
    message: "Type at least one word of three characters or more, e.g. a vessel's name, a port or part of a reference.",
  });

export const searchFormSchema = z.object({ text: searchTextSchema });
export type SearchFormValues = z.input<typeof searchFormSchema>;
