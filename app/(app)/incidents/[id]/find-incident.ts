import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/lib/app-error";
import { requireUser } from "@/lib/auth/session";
import { getIncident } from "@/lib/data/incidents/get-incident";

/** The incident a page shows, with its reader: read once per request, for the page's title and for its body. */
export const findIncident = cache(async (id: string) => {
  const user = await requireUser();
  try {
    return { user, incident: await getIncident(user, id) };
  } catch (error) {
    if (error instanceof AppError && error.code === "not-found") notFound();
    throw error;
  }
});
