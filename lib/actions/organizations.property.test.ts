import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { createAdmin, createOrganization } from "@/lib/test/factories";
import { asStored, brokenForm, hasErrorOn, hostileValue, likeLookalike, nastyText, notText, textLongerThan, typedText } from "@/lib/test/hostile-input";
import { everyRow, useOwnDatabase } from "@/lib/test/own-database";
import { createOrganizationAction, updateOrganizationAction } from "./organizations";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user, requireUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const RUNS = 1_000;
let serial = 0;
const validOrganization = () => ({ name: `Sea Rescue ${++serial}`, shortName: `SR${serial}`, country: "Germany" });

const INVALID = {
  name: fc.oneof(textLongerThan(200), fc.constantFrom("", "  ", "a", "\u0000a", " \t\n"), notText),
  shortName: fc.oneof(
    fc.constantFrom("", "A", "ABCDEFGHI", "MSF-1", "M F", "ÄÖÜ", "<b>", "=1+1", "ＭＳＦ", "MSF\u0000", "12345678\n9"),
    nastyText.filter((text) => !/^[A-Z0-9]{2,8}$/.test(text.trim().toUpperCase())),
    notText,
  ),
  country: fc.oneof(textLongerThan(100), fc.constantFrom("", " ", "x"), notText),
};

// Room for the number that makes a name unique.
const typedName = (max: number) => typedText(["Sea-Watch", "Ärzte", "Open Arms", "SOS"], max - 8);

describe("organization actions against hostile input (property, real database)", () => {
  let dropDatabase: () => Promise<void>;
  let organizationId: string;

  beforeAll(async () => {
    dropDatabase = await useOwnDatabase("organizations_property");
    session.user = (await createAdmin({ isPlatformOperator: true })).sessionUser;
    organizationId = (await createOrganization()).id;
    vi.spyOn(console, "error");
  });
  afterAll(() => dropDatabase());

  afterEach(() => {
    // runAction logs unexpected errors: hostile input must never get that far.
    expect(console.error).not.toHaveBeenCalled();
  });

  it(`refuse ${RUNS.toLocaleString("en")} broken forms, on create and on edit, with an error on each broken field, writing nothing`, async () => {
    const before = await everyRow();
    await fc.assert(fc.asyncProperty(brokenForm(validOrganization, INVALID), async ({ broken, form }) => {
      for (const result of [await createOrganizationAction(form), await updateOrganizationAction(organizationId, form)]) {
        expect(result).toMatchObject({ ok: false, code: "invalid" });
        for (const field of broken) expect(hasErrorOn(result.ok ? {} : result.fieldErrors, field)).toBe(true);
      }
    }), { numRuns: RUNS });
    expect(await everyRow()).toEqual(before);
  });

  it(`refuse ${RUNS.toLocaleString("en")} times anything at all as the input or the id, never an unexpected error, writing nothing`, async () => {
    const before = await everyRow();
    await fc.assert(fc.asyncProperty(hostileValue, fc.oneof(hostileValue, fc.constant(organizationId)), async (input, id) => {
      expect(await createOrganizationAction(input)).toMatchObject({ ok: false, code: "invalid" });
      expect(await updateOrganizationAction(id, input)).toMatchObject({ ok: false, code: "invalid" });
    }), { numRuns: RUNS });
    expect(await everyRow()).toEqual(before);
  });

  it("refuse organizations that do not exist, writing nothing", async () => {
    const before = await everyRow();
    await fc.assert(fc.asyncProperty(fc.uuid(), async (missing) => {
      expect(await updateOrganizationAction(missing, validOrganization())).toMatchObject({ ok: false, code: "not-found" });
    }), { numRuns: 50 });
    expect(await everyRow()).toEqual(before);
  });

  it("store names with markup, formulas and odd Unicode as typed (trimmed, without NUL or cut surrogates)", async () => {
    const form = fc.record({ name: typedName(200), shortName: fc.constantFrom("", " ", "\t"), country: typedName(100), isPlatformOperator: fc.constant(true) });
    await fc.assert(fc.asyncProperty(form, form, async (first, second) => {
      const shortName = `q${(++serial).toString(36)}`;
      const created = await createOrganizationAction({ ...first, name: `${first.name} ${serial}`, shortName: `${first.shortName}${shortName}` });
      expect(created).toMatchObject({ ok: true });
      if (!created.ok) return;
      const stored = await db.organization.findUniqueOrThrow({ where: { id: created.data.id } });
      expect(stored).toMatchObject({ name: asStored(`${first.name} ${serial}`), shortName: shortName.toUpperCase(), country: asStored(first.country), isPlatformOperator: false });

      const edited = await updateOrganizationAction(created.data.id, { ...second, name: `${second.name} ${serial}`, shortName });
      expect(edited).toMatchObject({ ok: true });
      expect(await db.organization.findUniqueOrThrow({ where: { id: created.data.id } })).toMatchObject({ name: asStored(`${second.name} ${serial}`), country: asStored(second.country) });
    }), { numRuns: 20 });
  });

  it("tell names apart that SQL LIKE would confuse (% and _ are plain characters), whatever their case", async () => {
    await fc.assert(fc.asyncProperty(likeLookalike, async ({ name, lookalike }) => {
      const number = ++serial;
      const create = (text: string, shortName: string) => createOrganizationAction({ name: `${text} ${number}`, shortName, country: "Italy" });
      expect(await create(name, `A${number}`)).toMatchObject({ ok: true });
      expect(await create(lookalike, `B${number}`)).toMatchObject({ ok: true });
      const duplicate = await create(lookalike.toUpperCase(), `C${number}`);
      expect(duplicate).toMatchObject({ ok: false, code: "invalid", fieldErrors: { name: [expect.stringContaining(`named ${lookalike} ${number} `)] } });
    }), { numRuns: 20 });
  });
});
