import { describe, expect, it } from "vitest";
import { messageKey } from "@/lib/i18n/message-key";
import { erasureFormSchema } from "./erasure";

const messagesOf = (text: unknown) => {
  const result = erasureFormSchema.safeParse({ text });
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe("erasureFormSchema", () => {
  it("trims the text and takes 3 to 200 characters", () => {
    expect(erasureFormSchema.parse({ text: "  Amadou  " })).toEqual({ text: "Amadou" });
    expect(messagesOf("abc")).toEqual([]);
    expect(messagesOf("x".repeat(200))).toEqual([]);
    expect(messagesOf(" ab ")).toEqual([messageKey("validation.erasure.textTooShort", { min: 3 })]);
    expect(messagesOf("x".repeat(201))).toEqual([messageKey("validation.erasure.textTooLong", { max: 200 })]);
  });

  it("refuses a part of the marker that replaces erased text", () => {
    expect(messagesOf("erased")).toEqual([messageKey("validation.erasure.textInMarker")]);
  });
});
