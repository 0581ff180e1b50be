"use server";

import { revalidatePath } from "next/cache";
import { type ActionResult, idOf, runAsUser } from "@/lib/actions/result";
import { changeIncidentStatus } from "@/lib/data/incidents/change-incident-status";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { deleteIncident } from "@/lib/data/incidents/delete-incident";
import { updateIncident } from "@/lib/data/incidents/update-incident";
import type { SessionUser } from "@/lib/data/users";
import type { IncidentFormValues, StatusAction } from "@/lib/schemas/incident";

type Saved = ActionResult<{ id: string; reference: string }>;

function asUser(body: (user: SessionUser) => Promise<{ id: string; reference: string }>): Promise<Saved> {
  return runAsUser(body, () => {
    revalidatePath("/incidents", "layout");
    revalidatePath("/dashboard");
  });
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
