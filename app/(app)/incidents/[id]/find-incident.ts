import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/auth/session";
import { getIncident } from "@/lib/data/incidents/get-incident";
import { orNotFound } from "@/lib/http/or-not-found";

/** The incident a page shows, with its reader: read once per request, for the page's title and for its body. */
export const findIncident = cache(async (id: string) => {
  const user = await requireUser();
  return { user, incident: await orNotFound(getIncident(user, id)) };
});
