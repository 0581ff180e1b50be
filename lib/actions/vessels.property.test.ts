import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { VesselKind } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { createAdmin, createOrganization, createVessel } from "@/lib/test/factories";
import { asStored, brokenForm, hasErrorOn, hostileValue, likeLookalike, nastyText, notText, textLongerThan, typedText } from "@/lib/test/hostile-input";
import { everyRow, useOwnDatabase } from "@/lib/test/own-database";
import { createVesselAction, setVesselActiveAction, updateVesselAction } from "./vessels";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user, requireUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const RUNS = 1_000;
const KINDS = Object.values(VesselKind);
let serial = 0;

/** A 7-digit IMO number from six digits and the check digit the IMO defines (weights 7…2, sum modulo 10). */
const imoOf = (six: number) => `${six}${[...String(six)].reduce((sum, digit, i) => sum + Number(digit) * (7 - i), 0) % 10}`;
const validVessel = () => ({ name: `Aurora ${++serial}`, kind: "RESCUE_SHIP", flagState: "", imo: "", mmsi: "", callSign: "", organizationId: "" });

const digits = (length: number) => fc.stringMatching(new RegExp(`^[0-9]{${length}}$`));
const INVALID = {
  name: fc.oneof(textLongerThan(100), fc.constantFrom("", "  ", "a", "\u0000a"), notText),
  kind: fc.oneof(nastyText.filter((text) => !(KINDS as string[]).includes(text)), fc.constantFrom("rescue_ship", "SUBMARINE", " RHIB"), fc.integer(), fc.constant(null)),
  flagState: fc.oneof(textLongerThan(100), notText),
  imo: fc.oneof(
    fc.integer({ min: 100_000, max: 999_999 }).chain((six) => fc.integer({ min: 1, max: 9 }).map((k) => `${six}${(Number(imoOf(six).at(-1)) + k) % 10}`)),
    fc.oneof(digits(6), digits(8), fc.constantFrom("IMO 123456", "９０７４７２９", "٩٠٧٤٧٢٩", "9074729.0", "+9074729", "907 4729", "=9074729")),
    nastyText.filter((text) => !/^(IMO\s*)?(\d{7})?$/i.test(text.trim())), notText,
  ),
  mmsi: fc.oneof(digits(8), digits(10), fc.constantFrom("25312300０", "253 123 000", "-25312300", "2.5312e8", "<b>253123000</b>"), notText),
  callSign: fc.oneof(
    fc.constantFrom("A", "AB", "ABCDEFGHI", "LX-AG", "LX AG", "ÄBC", "=1+1", "<b>"),
    nastyText.filter((text) => text.trim() !== "" && !/^[A-Z0-9]{3,8}$/.test(text.trim().toUpperCase())), notText,
  ),
  organizationId: fc.oneof(nastyText.filter((text) => text !== ""), fc.constant("0b6f3e1a-2c4d-4e5f-8a9b-0c1d2e3f4a5z"), notText, fc.constant(null)),
};

describe("vessel actions against hostile input (property, real database)", () => {
  let dropDatabase: () => Promise<void>;
  let operatorIds: string[];
  let vesselId: string;

  beforeAll(async () => {
    dropDatabase = await useOwnDatabase("vessels_property");
    const { sessionUser, organization } = await createAdmin({ isPlatformOperator: true });
    session.user = sessionUser;
    operatorIds = [organization.id, (await createOrganization()).id];
    vesselId = (await createVessel(organization.id)).id;
    vi.spyOn(console, "error");
  });
  afterAll(() => dropDatabase());

  afterEach(() => {
    // runAction logs unexpected errors: hostile input must never get that far.
    expect(console.error).not.toHaveBeenCalled();
  });

  it(`refuse ${RUNS.toLocaleString("en")} broken forms, on create and on edit, with an error on each broken field, writing nothing`, async () => {
    const before = await everyRow();
    await fc.assert(fc.asyncProperty(brokenForm(validVessel, INVALID), async ({ broken, form }) => {
      for (const result of [await createVesselAction(form), await updateVesselAction(vesselId, form)]) {
        expect(result).toMatchObject({ ok: false, code: "invalid" });
        for (const field of broken) expect(hasErrorOn(result.ok ? {} : result.fieldErrors, field)).toBe(true);
      }
    }), { numRuns: RUNS });
    expect(await everyRow()).toEqual(before);
  });

  it(`refuse ${RUNS.toLocaleString("en")} times anything at all as the input or the id, never an unexpected error, writing nothing`, async () => {
    const before = await everyRow();
    await fc.assert(fc.asyncProperty(hostileValue, fc.oneof(hostileValue, fc.constant(vesselId)), async (input, id) => {
      expect(await createVesselAction(input)).toMatchObject({ ok: false, code: "invalid" });
      expect(await updateVesselAction(id, input)).toMatchObject({ ok: false, code: "invalid" });
      expect(await setVesselActiveAction(input)).toMatchObject({ ok: false, code: "invalid" });
    }), { numRuns: RUNS });
    expect(await everyRow()).toEqual(before);
  });

  it("refuse vessels and operators that do not exist, writing nothing", async () => {
    const before = await everyRow();
    await fc.assert(fc.asyncProperty(fc.uuid(), fc.uuid(), fc.boolean(), async (missing, organizationId, isActive) => {
      expect(await createVesselAction({ ...validVessel(), organizationId })).toMatchObject({ ok: false, code: "invalid", fieldErrors: { organizationId: expect.any(Array) } });
      expect(await updateVesselAction(missing, validVessel())).toMatchObject({ ok: false, code: "not-found" });
      expect(await setVesselActiveAction({ vesselId: missing, isActive })).toMatchObject({ ok: false, code: "not-found" });
    }), { numRuns: 50 });
    expect(await everyRow()).toEqual(before);
  });

  it("store vessels as typed: text trimmed without NUL, IMO without its prefix, call sign in capitals, the chosen operator", async () => {
    const typed = (max: number) => typedText(["Aurora", "Ocean Viking", "Sea-Eye 4"], max - 8);
    const form = fc.record({
      name: typed(100), kind: fc.constantFrom(...KINDS), flagState: fc.oneof(fc.constant(""), typed(100)),
      imoPrefix: fc.constantFrom(null, "", "IMO", "imo ", " IMO  "), hasMmsi: fc.boolean(),
      callSign: fc.oneof(fc.constant(""), fc.stringMatching(/^[A-Za-z0-9]{3,8}$/).map((sign) => ` ${sign} `)),
      operator: fc.nat(2),
    });
    await fc.assert(fc.asyncProperty(form, async ({ name, kind, flagState, imoPrefix, hasMmsi, callSign, operator }) => {
      const number = ++serial;
      const imo = imoPrefix === null ? "" : `${imoPrefix}${imoOf(100_000 + number)}`;
      const mmsi = hasMmsi ? String(200_000_000 + number) : "";
      const organizationId = operatorIds[operator] ?? "";
      const created = await createVesselAction({ name: `${name} ${number}`, kind, flagState, imo, mmsi, callSign, organizationId, isActive: false });
      expect(created).toMatchObject({ ok: true });
      if (!created.ok) return;
      expect(await db.vessel.findUniqueOrThrow({ where: { id: created.data.id } })).toMatchObject({
        name: asStored(`${name} ${number}`), kind, flagState: asStored(flagState), imo: imo ? imoOf(100_000 + number) : null, mmsi: mmsi || null,
        callSign: callSign.trim().toUpperCase() || null, organizationId: organizationId || null, isActive: true,
      });
      expect(await setVesselActiveAction({ vesselId: created.data.id, isActive: false })).toMatchObject({ ok: true });
    }), { numRuns: 20 });
  });

  it("tell names apart that SQL LIKE would confuse (% and _ are plain characters), whatever their case", async () => {
    await fc.assert(fc.asyncProperty(likeLookalike, async ({ name, lookalike }) => {
      const number = ++serial;
      const create = (text: string) => createVesselAction({ ...validVessel(), name: `${text} ${number}`, organizationId: operatorIds[0] });
      expect(await create(name)).toMatchObject({ ok: true });
      expect(await create(lookalike)).toMatchObject({ ok: true });
      const duplicate = await create(lookalike.toUpperCase());
      expect(duplicate).toMatchObject({ ok: false, code: "invalid", fieldErrors: { name: [expect.stringContaining(`named ${lookalike} ${number}.`)] } });
    }), { numRuns: 20 });
  });
});
