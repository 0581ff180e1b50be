import { z } from "zod";
import { messageKey } from "@/lib/i18n/message-key";
import { storableText } from "@/lib/schemas/storable-text";
import { isPartOfMarker } from "@/lib/privacy/erasure/text-match";

export const ERASURE_TEXT_MIN = 3;
export const ERASURE_TEXT_MAX = 200;

// Three characters at least: a shorter text is in most cases and names no one.
export const erasureTextSchema = storableText()
  .min(ERASURE_TEXT_MIN, messageKey("validation.erasure.textTooShort", { min: ERASURE_TEXT_MIN }))
  .max(ERASURE_TEXT_MAX, messageKey("validation.erasure.textTooLong", { max: ERASURE_TEXT_MAX }))
  .refine((text) => !isPartOfMarker(text), { message: messageKey("validation.erasure.textInMarker") });

/** The erasure screen's one field, for its search and its confirmation alike. */
export const erasureFormSchema = z.object({ text: erasureTextSchema });
export type ErasureFormValues = z.input<typeof erasureFormSchema>;
