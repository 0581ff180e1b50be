import "server-only";

/**
 * Prisma runs `mode: "insensitive"` filters (equals and contains alike) as ILIKE with the value as the
 * pattern, unescaped (prisma/prisma#10810): escaping it makes % and _ in a name or a search plain characters.
 */
export const likeLiteral = (text: string) => text.replace(/[\\%_]/g, "\\$&");

/** A LIKE pattern that finds the text anywhere, its % and _ plain characters. */
export const containsPattern = (text: string) => `%${likeLiteral(text)}%`;
