import { describe, expect, it } from "vitest";
import { messageKey } from "@/lib/i18n/message-key";
import { passwordChangeSchema } from "./password";

const messages = (input: object) => passwordChangeSchema.safeParse(input).error?.issues.map((i) => [i.path.join("."), i.message]);

describe("passwordChangeSchema", () => {
  it("accepts a long new password typed twice", () => {
    expect(passwordChangeSchema.safeParse({ currentPassword: "old one", newPassword: "twelve chars", confirmPassword: "twelve chars" }).success).toBe(true);
  });

  it("says what is wrong, on the right field, as message keys with their figures", () => {
    expect(messages({ currentPassword: "", newPassword: "short", confirmPassword: "" })).toEqual([
      ["currentPassword", messageKey("validation.password.currentRequired")],
      ["newPassword", messageKey("validation.password.tooShort", { min: 12 })],
      ["confirmPassword", messageKey("validation.password.confirmRequired")],
    ]);
    expect(messages({ currentPassword: "x", newPassword: "twelve chars", confirmPassword: "twelve charz" })).toEqual([["confirmPassword", messageKey("validation.password.mismatch")]]);
    expect(messages({ currentPassword: "twelve chars", newPassword: "twelve chars", confirmPassword: "twelve chars" })).toEqual([["newPassword", messageKey("validation.password.sameAsCurrent")]]);
  });
});
