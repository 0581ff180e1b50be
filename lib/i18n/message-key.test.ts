import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import it_ from "@/messages/it.json";
import { compileMessages } from "./message-check";
import { messageKey, messageText } from "./message-key";

const text = (locale: string, messages: typeof en, message: string) =>
  messageText(createTranslator({ locale, messages: compileMessages(messages) as unknown as typeof en }) as unknown as Parameters<typeof messageText>[0], message);

describe("message keys", () => {
  it("carry a key and its arguments to the language of the reader", () => {
    const tooShort = messageKey("validation.password.tooShort", { min: 12 });
    expect(text("en-GB", en, tooShort)).toBe("The new password needs at least 12 characters.");
    expect(text("it", it_, tooShort)).toBe("La nuova password deve avere almeno 12 caratteri.");
  });

  it("translate a label argument that is a key too (a field's name)", () => {
    const negative = messageKey("validation.input.negative", { label: "validation.incidentField.dead" });
    expect(text("en-GB", en, negative)).toBe("Dead cannot be negative.");
    expect(text("it", it_, negative)).toBe("Morti: non può essere negativo.");
    expect(text("it", it_, messageKey("validation.input.negative", { label: "Time" }))).toBe("Time: non può essere negativo.");
  });

  it("translate a problem argument that is a message too, and show any other argument as data", () => {
    const refusal = messageKey("validation.import.nothingImported", {
      problem: messageKey("validation.import.csvLine", { line: 2, problem: messageKey("validation.import.csvUnclosedQuote") }),
    });
    expect(text("it", it_, refusal)).toBe("Riga 2: il campo tra virgolette aperto qui non viene mai chiuso: manca una virgoletta di chiusura (\"). Non è stato importato nulla.");
    expect(text("en-GB", en, messageKey("validation.import.headerTwice", { name: "validation.incidentField.dead" })))
      .toBe('The column "validation.incidentField.dead" appears twice in the header: keep one.');
  });

  it("leave a sentence that is not a key as it is", () => {
    expect(text("en-GB", en, "common [1]")).toBe("common [1]");
    expect(text("it", it_, "Persons rescued must be a whole number.")).toBe("Persons rescued must be a whole number.");
    expect(text("it", it_, "validation.nothing.here")).toBe("validation.nothing.here");
  });
});
