"use server";

import { revalidatePath } from "next/cache";
import { type ActionResult, runAction } from "@/lib/actions/result";
import { AppError } from "@/lib/app-error";
import { getCurrentUser } from "@/lib/auth/session";
import { changeIncidentStatus } from "@/lib/data/incidents/change-incident-status";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { deleteIncident } from "@/lib/data/incidents/delete-incident";
import { updateIncident } from "@/lib/data/incidents/update-incident";
import type { SessionUser } from "@/lib/data/users";
import type { IncidentFormValues, StatusAction } from "@/lib/schemas/incident";

type Saved = ActionResult<{ id: string; reference: string }>;

// The form stays on screen with its input, so an ended session is reported rather than redirected.
const SESSION_ENDED: Saved = { ok: false, code: "forbidden", message: "Your session has ended: sign in again (your input is kept)." };

function idOf(id: unknown) {
  if (typeof id !== "string") throw new AppError("not-found");
  return id;
}

async function asUser(body: (user: SessionUser) => Promise<{ id: string; reference: string }>): Promise<Saved> {
  const user = await getCurrentUser();
  if (!user) return SESSION_ENDED;
  const result = await runAction(() => body(user));
  if (result.ok) {
    revalidatePath("/incidents", "layout");
    revalidatePath("/dashboard");
  }
  return result;
}

export async function createIncidentAction(input: IncidentFormValues): Promise<Saved> {
  return asUser((user) => createIncident(user, input));
}

export async function updateIncidentAction(id: string, input: IncidentFormValues): Promise<Saved> {
  return asUser((user) => updateIncident(user, idOf(id), input));
}

export async function changeIncidentStatusAction(id: string, action: StatusAction, version?: number): Promise<Saved> {
  return asUser((user) => changeIncidentStatus(user, idOf(id), action, typeof version === "number" ? version : undefined));
}

export async function deleteIncidentAction(id: string, version?: number): Promise<Saved> {
  return asUser((user) => deleteIncident(user, idOf(id), typeof version === "number" ? version : undefined));
}
