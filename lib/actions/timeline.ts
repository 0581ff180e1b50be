"use server";

import { revalidatePath } from "next/cache";
import { type ActionResult, idOf, runAsUser } from "@/lib/actions/result";
import { addTimelineEvent } from "@/lib/data/timeline/add-timeline-event";
import { removeTimelineEvent } from "@/lib/data/timeline/remove-timeline-event";
import { setPhaseAndOutcome } from "@/lib/data/timeline/set-phase-outcome";
import { updateTimelineEvent } from "@/lib/data/timeline/update-timeline-event";
import type { SessionUser } from "@/lib/data/users";
import type { PhaseOutcomeFormValues, TimelineEventFormValues } from "@/lib/schemas/timeline";

type Saved = ActionResult<{ id: string; reference: string }>;

function asUser(body: (user: SessionUser) => Promise<{ id: string; reference: string }>): Promise<Saved> {
  return runAsUser(body, () => revalidatePath("/incidents", "layout"));
}

export async function addTimelineEventAction(incidentId: string, input: TimelineEventFormValues): Promise<Saved> {
  return asUser((user) => addTimelineEvent(user, idOf(incidentId), input));
}

export async function updateTimelineEventAction(incidentId: string, eventId: string, input: TimelineEventFormValues): Promise<Saved> {
  return asUser((user) => updateTimelineEvent(user, idOf(incidentId), idOf(eventId), input));
}

export async function removeTimelineEventAction(incidentId: string, eventId: string, version: number): Promise<Saved> {
  return asUser((user) => removeTimelineEvent(user, idOf(incidentId), idOf(eventId), version));
}

export async function setPhaseAndOutcomeAction(incidentId: string, input: PhaseOutcomeFormValues): Promise<Saved> {
  return asUser((user) => setPhaseAndOutcome(user, idOf(incidentId), input));
}
