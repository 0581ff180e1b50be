import { z } from "zod";
import { messageKey } from "@/lib/i18n/message-key";

const MAX_WORDS = 8;
const MAX_LENGTH = 200;

/** The words a search matches, each anywhere in a case (all of them must match); lower case, no repeats. */
export function searchWords(text: string): string[] {
  return [...new Set(text.toLowerCase().split(/\s+/).filter(Boolean))].slice(0, MAX_WORDS);
}

// Trigrams index three characters: a search without a word that long would read every case.
export const searchTextSchema = z
  .string()
  .trim()
  .max(MAX_LENGTH, messageKey("validation.filters.searchTooLong", { max: MAX_LENGTH }))
  .refine((text) => text === "" || searchWords(text).some((word) => word.length >= 3), {
    message: messageKey("validation.filters.searchTooShort"),
  });

export const searchFormSchema = z.object({ text: searchTextSchema });
export type SearchFormValues = z.input<typeof searchFormSchema>;
