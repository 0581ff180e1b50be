import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { createOrganization, createUser } from "@/lib/test/factories";
import { saveLanguageSettingAction } from "./account";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const { revalidatePath } = await import("next/cache");

describe("saveLanguageSettingAction", () => {
  beforeEach(() => vi.mocked(revalidatePath).mockClear());

  it("saves the user's choice and refreshes every page, so that the next render speaks it", async () => {
    const { user, sessionUser } = await createUser((await createOrganization()).id);
    session.user = sessionUser;
    expect(await saveLanguageSettingAction({ locale: "fr", timeZone: "Europe/Paris" })).toEqual({ ok: true, data: undefined });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true, timeZone: true } })).toEqual({ locale: "fr", timeZone: "Europe/Paris" });
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");
  });

  it("refuses what the form would refuse, on its field, in words (English outside a request), writing nothing", async () => {
    const { user, sessionUser } = await createUser((await createOrganization()).id);
    session.user = sessionUser;
    expect(await saveLanguageSettingAction({ locale: "pt", timeZone: "Europe/Nowhere" })).toEqual({
      ok: false, code: "invalid", message: "Some fields need attention.",
      fieldErrors: { locale: ["Choose one of the languages listed."], timeZone: ["Choose one of the time zones listed."] },
    });
    expect(await saveLanguageSettingAction({ locale: { $ne: null } })).toMatchObject({ ok: false, code: "invalid" });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true, timeZone: true } })).toEqual({ locale: null, timeZone: null });
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("reports an ended session", async () => {
    session.user = null;
    expect(await saveLanguageSettingAction({ locale: "de", timeZone: "" })).toEqual({ ok: false, code: "forbidden", message: "Your session has ended: sign in again (your input is kept)." });
  });
});
