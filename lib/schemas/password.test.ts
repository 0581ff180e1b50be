import { describe, expect, it } from "vitest";
import { passwordChangeSchema } from "./password";

const messages = (input: object) => passwordChangeSchema.safeParse(input).error?.issues.map((i) => [i.path.join("."), i.message]);

describe("passwordChangeSchema", () => {
  it("accepts a long new password typed twice", () => {
    expect(passwordChangeSchema.safeParse({ currentPassword: "old one", newPassword: "twelve chars", confirmPassword: "twelve chars" }).success).toBe(true);
  });

  it("says what is wrong, on the right field", () => {
    expect(messages({ currentPassword: "", newPassword: "short", confirmPassword: "" })).toEqual([
      ["currentPassword", "Enter your current password."],
      ["newPassword", "The new password needs at least 12 characters."],
      ["confirmPassword", "Enter the new password a second time."],
    ]);
    expect(messages({ currentPassword: "x", newPassword: "twelve chars", confirmPassword: "twelve charz" })).toEqual([["confirmPassword", "The two new passwords differ: type the same one twice."]]);
    expect(messages({ currentPassword: "twelve chars", newPassword: "twelve chars", confirmPassword: "twelve chars" })).toEqual([["newPassword", "Choose a password different from the current one."]]);
  });
});
