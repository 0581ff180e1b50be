import path from "node:path";
import { describe, expect, it } from "vitest";
import ar from "@/messages/ar.json";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import it_ from "@/messages/it.json";
import { argumentsOf, flattenMessages, type MessageTree, translationProblem, withEnglishFallback } from "./message-check";
import { keysInSource } from "@/lib/test/source-keys";

const ENGLISH = flattenMessages(en);
const TRANSLATIONS: Record<string, MessageTree> = { it: it_, fr, de, ar };

describe("the message files", () => {
  it("parse as ICU messages, English first", () => {
    for (const [key, message] of ENGLISH) expect(() => argumentsOf(message), key).not.toThrow();
  });

  it.each(Object.keys(TRANSLATIONS))("%s has every English key and no other", (locale) => {
    expect([...flattenMessages(TRANSLATIONS[locale]).keys()].sort()).toEqual([...ENGLISH.keys()].sort());
  });

  it.each(Object.keys(TRANSLATIONS))("%s keeps every placeholder, select case and tag of the English message, and adds none", (locale) => {
    const problems = [...flattenMessages(TRANSLATIONS[locale])].flatMap(([key, message]) => {
      const problem = ENGLISH.has(key) ? translationProblem(ENGLISH.get(key)!, message) : null;
      return problem ? [`${key}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it("hold no key the source does not use, and the source names no key they lack", () => {
    const used = keysInSource(path.resolve(import.meta.dirname, "../.."));
    expect([...ENGLISH.keys()].filter((key) => !used.has(key))).toEqual([]);
    expect([...used].filter((key) => !ENGLISH.has(key))).toEqual([]);
  });
});

describe("a broken translation", () => {
  it("is found by the check", () => {
    expect(translationProblem("{count, plural, one {# case} other {# cases}}", "{count, plural, one {# caso} other {# casi}}")).toBeNull();
    expect(translationProblem("Rescued {rescued} of {aboard}", "Salvati {rescued} di {abord}")).toBe("lacks aboard; has unknown abord");
    expect(translationProblem("Rescued {rescued}", "Salvati {rescued")).toMatch(/^does not parse/);
    expect(translationProblem("{role, select, FIELD {Field} other {Other}}", "{role, select, FIELDS {Campo} other {Altro}}")).toBe("lacks role=FIELD; has unknown role=FIELDS");
    expect(translationProblem("<b>{n}</b> cases", "{n} casi")).toBe("lacks <b>");
  });

  it("gives way to the English message at run time, and is reported", () => {
    const reported: string[] = [];
    const merged = withEnglishFallback({ a: { b: "{n} cases", c: "Hello" } }, { a: { b: "{m} casi" } }, (key, problem) => reported.push(`${key} ${problem}`));
    expect(merged).toEqual({ a: { b: "{n} cases", c: "Hello" } });
    expect(reported).toEqual(["a.b lacks n; has unknown m", "a.c is missing"]);
  });
});
