import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { compileMessages } from "@/lib/i18n/message-check";
import en from "@/messages/en.json";
import it_ from "@/messages/it.json";
import { IOM_REGIONS, IOM_ROUTES, vocabCase } from "./incident-vocabulary";

const translator = (locale: string, messages: typeof en) => createTranslator({ locale, namespace: "vocab", messages: compileMessages(messages) as unknown as typeof en });

describe("IOM regions and routes in the vocabulary", () => {
  it("read in English exactly as stored, each by a case of its own", () => {
    const t = translator("en", en);
    expect(IOM_REGIONS.map((region) => t("region", { region: vocabCase(region) }))).toEqual([...IOM_REGIONS]);
    expect(IOM_ROUTES.map((route) => t("route", { route: vocabCase(route) }))).toEqual([...IOM_ROUTES]);
  });

  it("are translated, none falling back to the unknown word", () => {
    const t = translator("it", it_);
    expect(t("route", { route: vocabCase("Central Mediterranean") })).toBe("Mediterraneo centrale");
    expect(IOM_REGIONS.map((region) => t("region", { region: vocabCase(region) }))).not.toContain("Sconosciuta");
    expect(IOM_ROUTES.map((route) => t("route", { route: vocabCase(route) }))).not.toContain("Sconosciuta");
  });
});
