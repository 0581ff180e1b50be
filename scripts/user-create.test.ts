import { spawn } from "node:child_process";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { verifyPassword } from "@/lib/auth/password";
import { deployMigrations } from "@/lib/migrate";
import { type TestServer, testServer } from "@/lib/test/postgres-server";

const ROOT = path.resolve(__dirname, "..");

let server: TestServer;
let url: string;
let db: PrismaClient;

function userCreate(args: string[], answers: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/user-create.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url },
    });
    let [stdout, stderr] = ["", ""];
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(answers.map((answer) => `${answer}\n`).join(""));
  });
}

beforeAll(async () => {
  server = await testServer();
  url = await server.createDatabase("user_create");
  await deployMigrations(url);
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
});

afterAll(async () => {
  await db?.$disconnect();
  await server?.stop();
});

describe("user:create", () => {
  it("creates the first administrator and their organization from piped answers, with audit events", async () => {
    const run = await userCreate(["--admin"], ["First@Ngo.example", "Ada Admin", "rl", "Rescue Ledger NGO", "Italy", "a long passphrase", "a long passphrase"]);
    expect(run.stderr).not.toMatch(/Error/);
    expect(run).toMatchObject({ code: 0 });
    expect(run.stdout).toMatch(/Created ADMIN first@ngo\.example \(Ada Admin\) in RL/);

    const user = await db.user.findUniqueOrThrow({ where: { email: "first@ngo.example" }, include: { organization: true } });
    expect(user).toMatchObject({ name: "Ada Admin", role: "ADMIN", isActive: true });
    expect(user.organization).toMatchObject({ shortName: "RL", name: "Rescue Ledger NGO", country: "Italy" });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, "a long passphrase")).toBe(true);

    const events = await db.auditEvent.findMany({ where: { action: "CREATE" }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.entityType, e.entityId])).toEqual([["Organization", user.organizationId], ["User", user.id]]);
    expect(JSON.stringify(events.map((e) => e.changes))).not.toContain("passphrase");
  });

  it("adds a field user to an existing organization named by flag", async () => {
    const run = await userCreate(["--email", "field@ngo.example", "--name", "Fay Field", "--org", "rl"], ["another passphrase", "another passphrase"]);
    expect(run.code).toBe(0);
    const user = await db.user.findUniqueOrThrow({ where: { email: "field@ngo.example" }, include: { organization: true } });
    expect([user.role, user.organization.shortName]).toEqual(["FIELD", "RL"]);
    expect(await db.organization.count()).toBe(1);
  });

  it("refuses a duplicate email with a clear sentence", async () => {
    const run = await userCreate(["--admin"], ["first@ngo.example", "Someone Else", "RL", "a long passphrase", "a long passphrase"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/A user with the email first@ngo\.example already exists/);
    expect(await db.user.count()).toBe(2);
  });

  it("refuses a short password, differing passwords and a bad role", async () => {
    const short = await userCreate(["--role", "coordinator"], ["c@ngo.example", "Cy", "RL", "too short", "too short"]);
    expect([short.code, short.stderr]).toEqual([1, expect.stringMatching(/at least 12 characters/)]);
    const differ = await userCreate([], ["d@ngo.example", "Di", "RL", "a long passphrase", "a long passphrase!"]);
    expect([differ.code, differ.stderr]).toEqual([1, expect.stringMatching(/The two passwords differ/)]);
    const role = await userCreate(["--role", "captain"], []);
    expect([role.code, role.stderr]).toEqual([1, expect.stringMatching(/FIELD, COORDINATOR or ADMIN/)]);
    expect(await db.user.count()).toBe(2);
  });
});
