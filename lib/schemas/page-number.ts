import { z } from "zod";

/** A list's page number from the URL: the first of repeated values; anything else is page 1, never an error. */
export const pageNumberSchema = z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.coerce.number().int().min(1).max(1_000_000)).catch(1);
