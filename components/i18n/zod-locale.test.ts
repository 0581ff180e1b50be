import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { applyZodLocale } from "./zod-locale";

const builtIn = () => z.object({ count: z.number() }).safeParse({ count: "x" }).error?.issues[0].message;

describe("zod's own messages", () => {
  afterAll(() => applyZodLocale("en-GB"));

  it("follow the page's language, while the schemas' own messages stay theirs", async () => {
    expect(builtIn()).toMatch(/expected number/);
    await applyZodLocale("it-IT");
    expect(builtIn()).toMatch(/^Input non valido: atteso numero/);
    await applyZodLocale("ar");
    expect(builtIn()).not.toMatch(/expected|atteso/);
    expect(z.number({ error: "validation.input.number" }).safeParse("x").error?.issues[0].message).toBe("validation.input.number");
    await applyZodLocale("en-GB");
    expect(builtIn()).toMatch(/expected number/);
  });
});
