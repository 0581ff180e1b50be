import { beforeEach, describe, expect, it, vi } from "vitest";
import { requestLanguage } from "./request-language";

const request = vi.hoisted(() => ({ setting: null as { locale: string | null; timeZone: string | null } | null, acceptLanguage: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ getLanguageSetting: async () => request.setting }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(request.acceptLanguage ? { "accept-language": request.acceptLanguage } : {}) }));

describe("requestLanguage", () => {
  beforeEach(() => {
    request.setting = null;
    request.acceptLanguage = null;
  });

  it("takes the user's own language and zone before the browser's", async () => {
    request.setting = { locale: "ar", timeZone: "Africa/Tripoli" };
    request.acceptLanguage = "it-IT,it;q=0.9";
    expect(await requestLanguage()).toEqual({ locale: "ar", timeZone: "Africa/Tripoli" });
  });

  it("follows the browser without a setting: signed out, or signed in with none", async () => {
    request.acceptLanguage = "it-IT,it;q=0.9";
    expect(await requestLanguage()).toEqual({ locale: "it", timeZone: null });
    request.setting = { locale: null, timeZone: null };
    expect(await requestLanguage()).toEqual({ locale: "it", timeZone: null });
  });

  it("treats values it does not know as no setting, down to English", async () => {
    request.setting = { locale: "klingon", timeZone: "Mars/Olympus_Mons" };
    request.acceptLanguage = "tlh, pt;q=0.5";
    expect(await requestLanguage()).toEqual({ locale: "en", timeZone: null });
  });
});
