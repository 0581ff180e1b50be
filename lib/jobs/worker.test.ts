import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeWorkerUtils, parseCrontab, runOnce, type WorkerUtils } from "graphile-worker";
import { db } from "@/lib/db";
import { findDrift } from "@/lib/migrate";
import type { SessionUser } from "@/lib/data/users";
import { childRows, fullCaseDeleted } from "@/lib/data/retention/test-cases";
import { createOrganization, createUser } from "@/lib/test/factories";
import { useOwnDatabase } from "@/lib/test/own-database";
import { CRONTAB, IMPORT_FILES_TASK, PURGE_TASK, taskList } from "./tasks";

// A database of this file's own: the worker purges every case past its period and runs every job it finds.
let dropDatabase: () => Promise<void>;
let utils: WorkerUtils;
let field: SessionUser;
let partnerId: string;
const url = () => process.env.DATABASE_URL!;
// The worker's clock, 31 days ahead: a case deleted now is past the default 30-day restore period.
const clock = () => new Date(Date.now() + 31 * 24 * 60 * 60 * 1000);
const runWorkerOnce = () => runOnce({ connectionString: url(), taskList: taskList(clock), noHandleSignals: true });
const jobs = () => utils.withPgClient(async (client) => (await client.query(`SELECT attempts, max_attempts, last_error, run_at FROM graphile_worker.jobs WHERE task_identifier = $1`, [PURGE_TASK])).rows);
// As the hourly crontab line adds it.
const addPurgeJob = () => utils.addJob(PURGE_TASK, {}, { queueName: "retention", jobKey: PURGE_TASK, maxAttempts: 5 });

beforeAll(async () => {
  dropDatabase = await useOwnDatabase("worker");
  utils = await makeWorkerUtils({ connectionString: url() });
  await utils.migrate();
  const organization = await createOrganization();
  partnerId = (await createOrganization()).id;
  field = (await createUser(organization.id, "FIELD")).sessionUser;
});

afterAll(async () => {
  await utils?.release();
  await dropDatabase?.();
});

describe("the background worker", () => {
  it("runs the purges every hour, one run at a time, retrying a failed one", () => {
    expect(parseCrontab(CRONTAB)).toEqual([expect.objectContaining({
      task: PURGE_TASK, match: expect.any(Function),
      options: expect.objectContaining({ backfillPeriod: 60 * 60 * 1000, maxAttempts: 5, queueName: "retention", jobKey: PURGE_TASK }),
    }), expect.objectContaining({
      task: IMPORT_FILES_TASK, options: expect.objectContaining({ backfillPeriod: 60 * 60 * 1000, maxAttempts: 5, jobKey: IMPORT_FILES_TASK }),
    })]);
  });

  it("purges a case past its restore period when graphile-worker runs the job", async () => {
    const { id } = await fullCaseDeleted(field, partnerId, crypto.randomUUID());
    await addPurgeJob();
    await runWorkerOnce();
    expect(await db.incident.findUnique({ where: { id } })).toBeNull();
    expect(await childRows(id)).toMatchObject({ injuries: 0, timelineEvents: 0 });
    expect(await db.auditEvent.count({ where: { action: "PURGE", entityId: id, actorId: null } })).toBe(1);
    expect(await jobs()).toEqual([]);
  });

  it("fails the job when a case could not be purged, and the retry purges it", async () => {
    const { id } = await fullCaseDeleted(field, partnerId, crypto.randomUUID());
    await db.$executeRawUnsafe(`CREATE FUNCTION test_refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'connection lost'; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER test_refuse_delete BEFORE DELETE ON "Incident" FOR EACH ROW EXECUTE FUNCTION test_refuse_delete()`);
    try {
      await addPurgeJob();
      await runWorkerOnce();
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER test_refuse_delete ON "Incident"`);
      await db.$executeRawUnsafe(`DROP FUNCTION test_refuse_delete()`);
    }
    expect(await db.incident.count({ where: { id } })).toBe(1);
    const [failed] = await jobs();
    expect(failed).toMatchObject({ attempts: 1, max_attempts: 5, last_error: expect.stringContaining("could not be purged") });
    expect(failed.run_at.getTime()).toBeGreaterThan(Date.now());

    // The retry, brought forward instead of waiting for graphile-worker's backoff.
    await utils.withPgClient((client) => client.query(`UPDATE graphile_worker._private_jobs SET run_at = now()`));
    await runWorkerOnce();
    expect(await db.incident.count({ where: { id } })).toBe(0);
    expect(await jobs()).toEqual([]);
  });

  it("leaves our schema without drift: graphile-worker's own schema is not ours to check", async () => {
    expect(await findDrift(url())).toBeNull();
  });
});
