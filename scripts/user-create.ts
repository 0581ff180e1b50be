// `npm run user:create -- --admin`: the first administrator of a real database (the seed's demo
// accounts are for throwaway databases only). Also reads its answers from piped stdin.
import readline from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { z } from "zod";
import { Prisma, PrismaClient } from "@/generated/prisma/client";
import { Role } from "@/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { UserFacingError } from "@/scripts/lib/user-facing-error";
import { runScript } from "./lib/run-script";

const fields = {
  email: z.string().trim().toLowerCase().max(254).pipe(z.email("That is not an email address, e.g. name@ngo.org.")),
  name: z.string().trim().min(1, "Enter a name.").max(200, "Names are at most 200 characters."),
  role: z.string().toUpperCase().pipe(z.enum(Role, "The role is one of FIELD, COORDINATOR or ADMIN.")),
  shortName: z.string().trim().toUpperCase().regex(/^[A-Z0-9]{2,12}$/, "A short name is 2–12 letters or digits (it starts incident references, e.g. MSF-2016-0042)."),
  organizationName: z.string().trim().min(2, "Enter the organization's full name.").max(200),
  country: z.string().trim().min(2, "Enter the organization's country.").max(100),
  password: z.string().min(12, "The password needs at least 12 characters.").max(200, "Passwords are at most 200 characters."),
};

function createPrompter() {
  const isTerminal = Boolean(process.stdin.isTTY);
  let isMuted = false;
  // Readline echoes typing through its output: muting it hides passwords on a terminal.
  const output = new Writable({ write: (chunk, _encoding, done) => (isMuted || process.stdout.write(chunk), done()) });
  const rl = readline.createInterface({ input: process.stdin, output, terminal: isTerminal });
  const lines = rl[Symbol.asyncIterator]();
  // On a terminal readline takes Ctrl-C for itself; without this it would only pause.
  rl.on("SIGINT", () => process.exit(130));

  async function ask(question: string, isSecret = false) {
    process.stdout.write(question);
    isMuted = isSecret && isTerminal;
    const { value, done } = await lines.next();
    if (isMuted) process.stdout.write("\n");
    isMuted = false;
    if (!isTerminal) process.stdout.write("\n");
    if (done) throw new UserFacingError("The input ended before every question was answered.");
    return value as string;
  }

  /** Asks until the answer is valid on a terminal; piped input gets one chance. */
  async function askValid<T>(schema: z.ZodType<T, string>, question: string, given?: string, isSecret = false): Promise<T> {
    for (;;) {
      const result = schema.safeParse(given ?? (await ask(question, isSecret)));
      if (result.success) return result.data;
      const message = result.error.issues[0].message;
      if (given !== undefined || !isTerminal) throw new UserFacingError(message);
      console.log(message);
    }
  }

  return { ask, askValid, close: () => rl.close() };
}

type Prompter = ReturnType<typeof createPrompter>;

const USAGE = "Usage: npm run user:create -- [--admin | --role FIELD|COORDINATOR|ADMIN] [--email EMAIL] [--name NAME] [--org SHORT_NAME]";

function parseOptions() {
  const options = { admin: { type: "boolean" }, role: { type: "string" }, email: { type: "string" }, name: { type: "string" }, org: { type: "string" } } as const;
  let values: ReturnType<typeof parseArgs<{ options: typeof options }>>["values"];
  try {
    ({ values } = parseArgs({ options }));
  } catch (error) {
    throw new UserFacingError(`${(error as Error).message}. ${USAGE}`);
  }
  const role = fields.role.safeParse(values.role ?? (values.admin ? "ADMIN" : "FIELD"));
  if (!role.success) throw new UserFacingError(role.error.issues[0].message);
  if (values.admin && role.data !== "ADMIN") throw new UserFacingError("--admin and --role disagree: give one of them.");
  return { ...values, role: role.data };
}

type OrganizationChoice = { id: string; shortName: string } | { create: { name: string; shortName: string; country: string } };

async function chooseOrganization(db: PrismaClient, prompter: Prompter, given?: string): Promise<OrganizationChoice> {
  const existing = await db.organization.findMany({ select: { id: true, shortName: true, name: true }, orderBy: { shortName: "asc" } });
  if (given === undefined && existing.length > 0)
    console.log(`Organizations: ${existing.map((o) => `${o.shortName} (${o.name})`).join(", ")}.`);
  const shortName = await prompter.askValid(fields.shortName, "Organization short name (an existing one, or a new one to create): ", given);
  const found = existing.find((o) => o.shortName.toUpperCase() === shortName);
  if (found) return { id: found.id, shortName: found.shortName };
  console.log(`${shortName} is a new organization.`);
  const name = await prompter.askValid(fields.organizationName, "Its full name: ");
  const country = await prompter.askValid(fields.country, "Its country: ");
  if (existing.some((o) => o.name.toLowerCase() === name.toLowerCase()))
    throw new UserFacingError(`An organization named ${name} already exists under another short name.`);
  return { create: { name, shortName, country } };
}

const duplicateEmail = (email: string) =>
  new UserFacingError(`A user with the email ${email} already exists: choose another email (an administrator can reset that account's password).`);

async function createUser(db: PrismaClient, prompter: Prompter) {
  const options = parseOptions();
  const email = await prompter.askValid(fields.email, "Email: ", options.email);
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw duplicateEmail(email);
  const name = await prompter.askValid(fields.name, "Full name: ", options.name);
  const organization = await chooseOrganization(db, prompter, options.org);
  const password = await prompter.askValid(fields.password, "Password (at least 12 characters): ", undefined, true);
  if ((await prompter.ask("Password again: ", true)) !== password) throw new UserFacingError("The two passwords differ: run the command again.");
  const passwordHash = await hashPassword(password);

  try {
    return await db.$transaction(async (tx) => {
      const org = "create" in organization ? await tx.organization.create({ data: organization.create, select: { id: true, shortName: true } }) : organization;
      if ("create" in organization)
        await tx.auditEvent.create({ data: { action: "CREATE", entityType: "Organization", entityId: org.id, organizationId: org.id, changes: organization.create } });
      const user = await tx.user.create({ data: { email, name, role: options.role, passwordHash, organizationId: org.id }, select: { id: true } });
      await tx.auditEvent.create({
        data: { action: "CREATE", entityType: "User", entityId: user.id, organizationId: org.id, changes: { email, name, role: options.role, organization: org.shortName, via: "user:create" } },
      });
      return `Created ${options.role} ${email} (${name}) in ${org.shortName}: they can sign in now.`;
    });
  } catch (error) {
    const isDuplicate = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
    if (isDuplicate && (await db.user.count({ where: { email } }))) throw duplicateEmail(email);
    throw error;
  }
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new UserFacingError("DATABASE_URL is not set: point it at the database to add the user to.");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const prompter = createPrompter();
  try {
    console.log(await createUser(db, prompter));
  } finally {
    prompter.close();
    await db.$disconnect();
  }
}

runScript(main);
