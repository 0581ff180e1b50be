import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/data/users";
import { createIncident, createOrganization, createUser } from "@/lib/test/factories";
import { eventValues } from "@/lib/test/timeline-factories";
import { addTimelineEventAction, removeTimelineEventAction, setPhaseAndOutcomeAction, updateTimelineEventAction } from "./timeline";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const { revalidatePath } = await import("next/cache");

describe("timeline actions", () => {
  beforeEach(() => vi.mocked(revalidatePath).mockClear());

  it("report an ended session instead of redirecting, so the form keeps its input", async () => {
    session.user = null;
    expect(await addTimelineEventAction("x", eventValues(1))).toEqual({ ok: false, code: "forbidden", message: "Your session has ended: sign in again (your input is kept)." });
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("add, edit, set the phase and remove through the data layer, refreshing the pages", async () => {
    const { id: organizationId } = await createOrganization();
    session.user = (await createUser(organizationId)).sessionUser;
    const incident = await createIncident(organizationId, { status: "DRAFT" });
    const added = await addTimelineEventAction(incident.id, eventValues(1));
    expect(added).toMatchObject({ ok: true, data: { reference: incident.reference } });
    const eventId = added.ok ? added.data.id : "";
    expect(await updateTimelineEventAction(incident.id, eventId, eventValues(2, { note: "Dinghy in sight" }))).toMatchObject({ ok: true, data: { id: eventId } });
    expect(await setPhaseAndOutcomeAction(incident.id, { phase: "AUTO", outcome: "UNKNOWN", version: 3 })).toMatchObject({ ok: true });
    expect(await removeTimelineEventAction(incident.id, eventId, 4)).toMatchObject({ ok: true });
    expect(revalidatePath).toHaveBeenCalledWith("/incidents", "layout");
  });

  it("turn invalid input, refused rules, conflicts and unknown ids into results with messages", async () => {
    const { id: organizationId } = await createOrganization();
    session.user = (await createUser(organizationId)).sessionUser;
    const incident = await createIncident(organizationId, { status: "DRAFT" });
    expect(await addTimelineEventAction(incident.id, eventValues(1, { type: "PERSONS_TAKEN_ABOARD", count: "many" }))).toMatchObject({
      ok: false, code: "invalid", fieldErrors: { count: ["People taken aboard must be a number."] },
    });
    expect(await addTimelineEventAction(incident.id, eventValues(1, { type: "RETURNED" }))).toMatchObject({
      ok: false, code: "invalid", fieldErrors: { type: [expect.stringMatching(/has no “called away to another case” before it/)] },
    });
    expect(await addTimelineEventAction(incident.id, eventValues(7))).toMatchObject({ ok: false, code: "conflict" });
    expect(await removeTimelineEventAction(42 as unknown as string, "x", 1)).toMatchObject({ ok: false, code: "not-found" });
    expect(revalidatePath).not.toHaveBeenCalled();
  });
});
