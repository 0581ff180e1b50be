import "server-only";
import { db } from "@/lib/db";

/** Organizations and vessels to choose from in the incident filters (names only; not sensitive). */
export async function getFilterOptions() {
  const [organizations, vessels] = await Promise.all([
    db.organization.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.vessel.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { organizations, vessels };
}

export type FilterOptions = Awaited<ReturnType<typeof getFilterOptions>>;
