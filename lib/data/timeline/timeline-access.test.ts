import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users";
import { expectedOnIncident, RELATIONS, ROLES, STATUSES } from "@/lib/test/access-rules";
import { type AccessWorld, createAccessWorld, createIncidentIn, missingId, outcomeOf } from "@/lib/test/access-world";
import { eventValues, timelineState } from "@/lib/test/timeline-factories";
import { addTimelineEvent } from "./add-timeline-event";
import { listTimelineEvents } from "./list-timeline-events";
import { removeTimelineEvent } from "./remove-timeline-event";
import { setPhaseAndOutcome } from "./set-phase-outcome";
import { getTimelineRevisions } from "./timeline-revisions";
import { updateTimelineEvent } from "./update-timeline-event";

// The timeline follows the incident's own rules (lib/test/access-rules.ts states them independently of
// lib/auth/permissions.ts): whoever may view the case reads its timeline, whoever may edit it changes
// the timeline; partners read only; another organization's case does not exist.
let world: AccessWorld;
beforeAll(async () => {
  world = await createAccessWorld();
});

const ACTIONS = {
  read: { rule: "view", run: (user: SessionUser, id: string) => listTimelineEvents(user, id) },
  "read history": { rule: "view", run: (user: SessionUser, id: string) => getTimelineRevisions(user, id) },
  add: { rule: "edit", run: (user: SessionUser, id: string) => addTimelineEvent(user, id, eventValues(1, { type: "RESCUE_STARTED" })) },
  edit: { rule: "edit", run: (user: SessionUser, id: string, eventId: string) => updateTimelineEvent(user, id, eventId, eventValues(1, { note: "edited" })) },
  remove: { rule: "edit", run: (user: SessionUser, id: string, eventId: string) => removeTimelineEvent(user, id, eventId, 1) },
  "set phase": { rule: "edit", run: (user: SessionUser, id: string) => setPhaseAndOutcome(user, id, { phase: "CLOSED", outcome: "UNKNOWN", version: 1 }) },
} as const;
type Action = keyof typeof ACTIONS;

const matrix = ROLES.flatMap((role) => (Object.keys(ACTIONS) as Action[]).flatMap((action) => RELATIONS.flatMap((relation) => STATUSES.map((status) => ({
  role, action, relation, status, expected: expectedOnIncident(role, ACTIONS[action].rule, relation, status),
})))));

describe("timeline: role × action × relation × status", () => {
  for (const { role, action, relation, status, expected } of matrix) {
    it(`${role} ${action}, ${relation} case, ${status}: ${expected}`, async () => {
      const incident = await createIncidentIn(world, relation, status);
      const event = await db.timelineEvent.create({ data: { incidentId: incident.id, type: "ON_SCENE", occurredAt: new Date("2016-10-25T06:20:00Z") } });
      const before = await timelineState(incident.id);
      const user = world.users[role];
      const result = await outcomeOf(() => ACTIONS[action].run(user, incident.id, event.id));
      expect(result.outcome).toBe(expected);
      if (expected === "not-found") {
        expect(result.refusal).toEqual((await outcomeOf(() => ACTIONS[action].run(user, missingId(), event.id))).refusal);
      }
      const after = await timelineState(incident.id);
      if (expected !== "allowed" || ACTIONS[action].rule === "view") return expect(after).toEqual(before);
      expect(after.incident.version).toBe(2);
      if (action === "add") expect(after.events).toHaveLength(2);
      if (action === "edit") expect(after.events[0].note).toBe("edited");
      if (action === "remove") expect(after.events).toHaveLength(0);
      if (action === "set phase") expect(after.incident).toMatchObject({ phase: "CLOSED", phaseSetByHand: true, outcome: "UNKNOWN" });
    });
  }
});
