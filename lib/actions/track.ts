"use server";

import { revalidatePath } from "next/cache";
import { type ActionResult, idOf, runAsUser } from "@/lib/actions/result";
import { addTrackPoint } from "@/lib/data/track/add-track-point";
import { removeTrackPoint } from "@/lib/data/track/remove-track-point";
import { updateTrackPoint } from "@/lib/data/track/update-track-point";
import type { SessionUser } from "@/lib/data/users";
import type { TrackPointFormValues } from "@/lib/schemas/track";

type Saved = ActionResult<{ id: string; reference: string }>;

function asUser(body: (user: SessionUser) => Promise<{ id: string; reference: string }>): Promise<Saved> {
  return runAsUser(body, () => revalidatePath("/incidents", "layout"));
}

export async function addTrackPointAction(incidentId: string, input: TrackPointFormValues): Promise<Saved> {
  return asUser((user) => addTrackPoint(user, idOf(incidentId), input));
}

export async function updateTrackPointAction(incidentId: string, pointId: string, input: TrackPointFormValues): Promise<Saved> {
  return asUser((user) => updateTrackPoint(user, idOf(incidentId), idOf(pointId), input));
}

export async function removeTrackPointAction(incidentId: string, pointId: string, version: number): Promise<Saved> {
  return asUser((user) => removeTrackPoint(user, idOf(incidentId), idOf(pointId), version));
}
