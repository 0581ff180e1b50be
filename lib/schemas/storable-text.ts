import { z } from "zod";

// PostgreSQL text and jsonb cannot hold NUL, and a lone surrogate half (a cut emoji) would be stored as U+FFFD:
// neither is visible to the user, so dropping or replacing them here beats a field error they cannot act on.
export const storable = (text: string) => text.replace(/\u0000/g, "").toWellFormed();

/** Text as PostgreSQL can store it (and as the audit trail's JSON can hold it), trimmed. */
export const storableText = (params?: Parameters<typeof z.string>[0]) => z.string(params).overwrite(storable).trim();
