import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/app-error";
import { withSearchText } from "@/lib/data/saved-filters/search-text";
import type { SessionUser } from "@/lib/data/users";
import { messageKey } from "@/lib/i18n/message-key";
import { db } from "@/lib/db";
import { filtersToSearchParams, type IncidentFilters, parseIncidentFilters } from "@/lib/schemas/incident-filters";

const MAX_NAME = 80;

export const savedFilterNameSchema = z.string().trim().min(1, messageKey("validation.filters.nameRequired")).max(MAX_NAME, messageKey("validation.filters.nameTooLong", { max: MAX_NAME }));

const MAX_SAVED = 50;

/** The user's own named filters, by name; nobody else's are ever read. */
export async function findSavedFilters(user: SessionUser) {
  const rows = await db.savedFilter.findMany({
    where: { userId: user.id, name: { not: null } }, orderBy: { name: "asc" }, take: MAX_SAVED, select: { id: true, name: true, params: true },
  });
  return rows.map(({ id, name, params }) => {
    const { filters = "", text } = params as { filters?: string; text?: string };
    // A saved search is its own search id: the list resolves it for its owner like any other.
    const query = new URLSearchParams(filters);
    if (text) query.set("search", id);
    return { id, name: name!, href: `/incidents?${query}` };
  });
}

/** Saves the current filters (and search text, kept here, never in the link) under a name unique to the user. */
export async function saveFilter(user: SessionUser, rawName: unknown, filters: IncidentFilters) {
  const name = savedFilterNameSchema.safeParse(rawName);
  if (!name.success) throw new AppError("invalid", name.error.issues[0].message, { name: [name.error.issues[0].message] });
  const { searchText } = await withSearchText(user, filters);
  const query = filtersToSearchParams({ ...filters, page: 1, search: undefined }).toString();
  try {
    await db.savedFilter.create({ data: { userId: user.id, name: name.data, params: { filters: query, ...(searchText ? { text: searchText } : {}) } } });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const message = messageKey("validation.filters.nameTaken", { name: name.data });
    throw new AppError("invalid", message, { name: [message] });
  }
}

export async function deleteSavedFilter(user: SessionUser, id: unknown) {
  const parsed = z.uuid().safeParse(id);
  if (!parsed.success) throw new AppError("not-found");
  const { count } = await db.savedFilter.deleteMany({ where: { id: parsed.data, userId: user.id, name: { not: null } } });
  if (count === 0) throw new AppError("not-found");
}

/** The list's query string as a form carries it, parsed with the list's own schema. */
export function filtersFromQuery(query: unknown): IncidentFilters {
  const grouped: Record<string, string[]> = Object.create(null);
  for (const [key, value] of new URLSearchParams(typeof query === "string" ? query : "")) (grouped[key] ??= []).push(value);
  return parseIncidentFilters(grouped);
}
