import "server-only";
import { AppError } from "@/lib/app-error";
import { searchSpan, type SearchSpan } from "@/lib/data/incidents/search-span";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import type { IncidentFilters } from "@/lib/schemas/incident-filters";
import { searchTextSchema } from "@/lib/schemas/incident-search";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The filters with the text of the user's search, when `search` names one of theirs, and its span. */
export type SearchedFilters = IncidentFilters & { searchText?: string; searchSpan?: SearchSpan };

/**
 * Keeps a search text on the server and returns the id the list's URL carries instead of it. Yesterday's
 * unnamed searches (anyone's) are deleted on the way: they were only ever the searches of the moment.
 */
export async function saveSearchText(user: SessionUser, rawText: unknown): Promise<string | undefined> {
  const parsed = searchTextSchema.safeParse(rawText);
  if (!parsed.success) throw new AppError("invalid", parsed.error.issues[0].message, { text: parsed.error.issues.map((i) => i.message) });
  await db.savedFilter.deleteMany({ where: { name: null, createdAt: { lt: new Date(Date.now() - DAY_MS) } } });
  if (!parsed.data) return undefined;
  const { id } = await db.savedFilter.create({ data: { userId: user.id, params: { text: parsed.data } }, select: { id: true } });
  return id;
}

/** Resolves `search` for its owner only: another user's id, or a pruned one, is no search at all. */
export async function withSearchText(user: SessionUser, filters: IncidentFilters): Promise<SearchedFilters> {
  if (!filters.search) return filters;
  const row = await db.savedFilter.findFirst({ where: { id: filters.search, userId: user.id }, select: { params: true } });
  const text = (row?.params as { text?: unknown } | null)?.text;
  if (typeof text !== "string" || !text) return { ...filters, search: undefined };
  return { ...filters, searchText: text, searchSpan: await searchSpan(text) };
}
