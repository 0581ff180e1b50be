import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runMigrations, runOnce } from "graphile-worker";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users";
import { taskList } from "@/lib/jobs/tasks";
import { createOrganization, createUser } from "@/lib/test/factories";
import { useOwnDatabase } from "@/lib/test/own-database";
import { file, IOM_HEADER, iomRow } from "../import-test-files";
import { importJobView } from "./import-job-view";
import { saveImportFile } from "./import-files";
import { purgeImportFiles } from "./purge-import-files";
import { cancelImport, commitImport, startImport } from "./import-jobs";

// A database of this file's own: graphile-worker runs every job it finds there.
let dropDatabase: () => Promise<void>;
let coordinator: SessionUser;
let otherCoordinator: SessionUser;
let field: SessionUser;
const DRY_RUN = { commit: false, allOrNothing: true, createUnknown: false };
const runWorker = () => runOnce({ connectionString: process.env.DATABASE_URL!, taskList: taskList(), noHandleSignals: true });
const streamOf = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>]).stream();
async function upload(user: SessionUser, rows = 3) {
  const started = await startImport(user, streamOf(file(IOM_HEADER, ...Array.from({ length: rows }, () => iomRow({})))), "iom.csv", DRY_RUN);
  return started!;
}
const queuedJobs = async () => (await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) FROM graphile_worker.jobs`)[0].count;
const fileExists = (id: string) => existsSync(path.join(process.env.IMPORT_DIR!, id));

beforeAll(async () => {
  process.env.IMPORT_DIR = mkdtempSync(path.join(tmpdir(), "imports-"));
  dropDatabase = await useOwnDatabase("import_jobs");
  await runMigrations({ connectionString: process.env.DATABASE_URL! });
  const organization = await createOrganization();
  coordinator = (await createUser(organization.id, "COORDINATOR")).sessionUser;
  field = (await createUser(organization.id, "FIELD")).sessionUser;
  otherCoordinator = (await createUser((await createOrganization()).id, "COORDINATOR")).sessionUser;
});

afterAll(async () => {
  await dropDatabase?.();
});

describe("imports as background jobs", () => {
  it("saves the upload, runs the dry run in the worker, then the import the user asks for, and deletes the file", async () => {
    const { id } = await upload(coordinator);
    expect(fileExists(id)).toBe(true);
    expect(await importJobView(coordinator, id)).toMatchObject({ status: "QUEUED", isCommit: false, report: null });

    await runWorker();
    const dryRun = await importJobView(coordinator, id);
    expect(dryRun).toMatchObject({ status: "SUCCEEDED", fraction: 1, rowsDone: 3, report: expect.objectContaining({ rowsRead: 3, create: 3, committed: false }) });
    expect(await db.incident.count({ where: { organizationId: coordinator.organizationId } })).toBe(0);

    await commitImport(coordinator, id);
    await runWorker();
    expect(await importJobView(coordinator, id)).toMatchObject({ status: "SUCCEEDED", isCommit: true, report: expect.objectContaining({ create: 3, committed: true }) });
    expect(await db.incident.count({ where: { organizationId: coordinator.organizationId } })).toBe(3);
    expect(fileExists(id)).toBe(false);
    expect(await queuedJobs()).toBe(0n);
    // Committed once: the same job cannot be imported again.
    await expect(commitImport(coordinator, id)).rejects.toMatchObject({ code: "conflict" });
  });

  it("shows a job to its organization's importers only", async () => {
    const { id } = await upload(coordinator);
    await expect(importJobView(otherCoordinator, id)).rejects.toMatchObject({ code: "not-found" });
    await expect(cancelImport(otherCoordinator, id)).rejects.toMatchObject({ code: "not-found" });
    await expect(commitImport(otherCoordinator, id)).rejects.toMatchObject({ code: "not-found" });
    await expect(importJobView(field, id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(upload(field)).rejects.toBeInstanceOf(AppError);
    await expect(importJobView(coordinator, "not-a-uuid")).rejects.toMatchObject({ code: "not-found" });
    await cancelImport(coordinator, id);
  });

  it("cancels a queued job at once: its file and its queued run are gone", async () => {
    const { id } = await upload(coordinator);
    await cancelImport(coordinator, id);
    expect(await importJobView(coordinator, id)).toMatchObject({ status: "CANCELLED" });
    expect(fileExists(id)).toBe(false);
    expect(await queuedJobs()).toBe(0n);
  });

  it("stops a running import at its next progress report, writing nothing", async () => {
    const { id } = await upload(coordinator, 5);
    await runWorker();
    await commitImport(coordinator, id);
    const before = await db.incident.count();
    // The user presses Cancel just as the worker starts the run.
    await db.$executeRawUnsafe(`CREATE FUNCTION test_cancel() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.status = 'RUNNING' THEN NEW."cancelRequested" := true; END IF; RETURN NEW; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER test_cancel BEFORE UPDATE ON "ImportJob" FOR EACH ROW EXECUTE FUNCTION test_cancel()`);
    try {
      await runWorker();
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER test_cancel ON "ImportJob"`);
      await db.$executeRawUnsafe(`DROP FUNCTION test_cancel()`);
    }
    expect(await importJobView(coordinator, id)).toMatchObject({ status: "CANCELLED", report: null });
    expect(await db.incident.count()).toBe(before);
    expect(fileExists(id)).toBe(false);
  });

  it("fails the run, with a reason, when its user may no longer import", async () => {
    const { id } = await upload(coordinator);
    await db.user.update({ where: { id: coordinator.id }, data: { role: "FIELD" } });
    try {
      await runWorker();
    } finally {
      await db.user.update({ where: { id: coordinator.id }, data: { role: "COORDINATOR" } });
    }
    expect(await importJobView(coordinator, id)).toMatchObject({ status: "FAILED", error: expect.stringMatching(/^Only coordinators and administrators may import/) });
  });

  it("streams an upload to disk and keeps nothing of one past the limit", async () => {
    const bytes = new Uint8Array(64 * 1024).fill(65);
    const id = crypto.randomUUID();
    expect(await saveImportFile(id, streamOf(bytes), 64 * 1024)).toMatchObject({ sizeBytes: 65_536, fileHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const tooLarge = crypto.randomUUID();
    expect(await saveImportFile(tooLarge, streamOf(bytes), 64 * 1024 - 1)).toBeNull();
    expect(fileExists(tooLarge) || existsSync(path.join(process.env.IMPORT_DIR!, `${tooLarge}.part`))).toBe(false);
  });

  it("deletes a dry run's file a day after the run, and files without a job", async () => {
    const { id } = await upload(coordinator);
    await runWorker();
    const orphan = crypto.randomUUID();
    await saveImportFile(orphan, streamOf(new Uint8Array(10)));
    expect(await purgeImportFiles(new Date())).toEqual({ deleted: 0 });
    expect(fileExists(id) && fileExists(orphan)).toBe(true);
    await purgeImportFiles(new Date(Date.now() + 25 * 60 * 60 * 1000));
    expect(fileExists(id) || fileExists(orphan)).toBe(false);
    await expect(commitImport(coordinator, id)).rejects.toMatchObject({ code: "conflict" });
  });
});
