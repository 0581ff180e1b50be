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

  it("leave a sentence that is not a key as it is", () => {
    expect(text("it", it_, "Persons rescued must be a whole number.")).toBe("Persons rescued must be a whole number.");
    expect(text("it", it_, "validation.nothing.here")).toBe("validation.nothing.here");
  });
});
