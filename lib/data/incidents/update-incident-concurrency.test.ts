import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { createOrganization, createUser, incidentFormValues } from "@/lib/test/factories";
import { createIncident } from "./create-incident";
import { updateIncident } from "./update-incident";

const EDITS = 100;

// Edit i sets every figure to a value of its own, so the saved case shows whose edit it is.
const editValues = (i: number, version: number) => incidentFormValues({
  version, dead: String(100 + i), rescued: String(1_000 + i), missing: String(i),
  injuries: [{ type: "FUEL_BURN", severity: "SERIOUS", count: String(i + 1) }], reason: `edit ${i} on version ${version}`,
});

describe("updateIncident under 100 concurrent conflicting edits", () => {
  it("applies each edit on the version it read or refuses it as a conflict, losing none", async () => {
    const organization = await createOrganization();
    const { sessionUser: user } = await createUser(organization.id, "COORDINATOR");
    const { id } = await createIncident(user, incidentFormValues());

    const started = performance.now();
    const edit = async (i: number) => {
      // Each client reads the case as the edit page would, then saves on the version it saw.
      const { version } = await db.incident.findUniqueOrThrow({ where: { id }, select: { version: true } });
      const saved = await updateIncident(user, id, editValues(i, version)).then(() => true, (error: unknown) => {
        if (error instanceof AppError && error.code === "conflict") return false;
        throw error;
      });
      return { i, version, saved };
    };
    // Half the clients at once, all on version 1; the other half once that burst is decided, 20 ms
    // apart, overlapping each other, so that several edits get through, each on the version before it.
    const burst = Array.from({ length: EDITS / 2 }, (_, i) => edit(i));
    const wave = Array.from({ length: EDITS / 2 }, async (_, k) => {
      await Promise.allSettled(burst);
      await new Promise((resolve) => setTimeout(resolve, k * 20));
      return edit(EDITS / 2 + k);
    });
    const outcomes = await Promise.all([...burst, ...wave]);
    const elapsed = Math.round(performance.now() - started);
    const accepted = outcomes.filter((o) => o.saved).sort((a, b) => a.version - b.version);

    expect(accepted.length).toBeGreaterThan(1);
    expect(accepted.length).toBeLessThan(EDITS);
    // Versions 1, 2, 3 … each taken by exactly one edit: none was applied on a version it did not read.
    expect(accepted.map((o) => o.version)).toEqual(accepted.map((_, k) => k + 1));
    const events = await db.auditEvent.findMany({ where: { incidentId: id, action: "UPDATE" }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.reason)).toEqual(accepted.map((o) => `edit ${o.i} on version ${o.version}`));
    // Each accepted edit starts from the figures of the one before: no update was lost in between.
    const deadChain = events.map((e) => (e.changes as { dead: { from: number; to: number } }).dead);
    expect(deadChain.map((d) => d.from)).toEqual([29, ...deadChain.slice(0, -1).map((d) => d.to)]);

    const last = accepted.at(-1)!;
    const final = await db.incident.findUniqueOrThrow({ where: { id }, include: { injuries: true } });
    expect(final).toMatchObject({ version: 1 + accepted.length, dead: 100 + last.i, rescued: 1_000 + last.i, missing: last.i });
    expect(final.injuries).toMatchObject([{ type: "FUEL_BURN", severity: "SERIOUS", count: last.i + 1 }]);
    console.info(`${EDITS} concurrent edits: ${accepted.length} applied, ${EDITS - accepted.length} refused as conflicts, ${elapsed} ms`);
  });
});
