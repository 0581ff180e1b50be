import { describe, expect, it } from "vitest";
import { messageKey } from "@/lib/i18n/message-key";
import { EXPORT_REASON_MAX, exportPrivacySchema } from "./export-privacy";

const errorOf = (input: unknown) => exportPrivacySchema.safeParse(input).error?.issues[0]?.message;

describe("export privacy schema", () => {
  it("takes a shareable export without a reason, dropping one given", () => {
    expect(exportPrivacySchema.parse({ privacy: "shareable", reason: "ignored" })).toEqual({ privacy: "shareable" });
  });

  it("takes a full export with a reason, trimmed", () => {
    expect(exportPrivacySchema.parse({ privacy: "full", reason: "  Report to the donor  " })).toEqual({ privacy: "full", reason: "Report to the donor" });
  });

  it("refuses a full export without a reason, with blanks only or with one too long", () => {
    expect(errorOf({ privacy: "full" })).toBeDefined();
    expect(errorOf({ privacy: "full", reason: "   " })).toBe(messageKey("validation.export.reasonRequired"));
    expect(errorOf({ privacy: "full", reason: "x".repeat(EXPORT_REASON_MAX + 1) })).toBe(messageKey("validation.export.reasonTooLong", { max: EXPORT_REASON_MAX }));
    expect(errorOf({ privacy: "full", reason: "x".repeat(EXPORT_REASON_MAX) })).toBeUndefined();
  });

  it("refuses an unknown privacy level", () => {
    expect(errorOf({ privacy: "everything" })).toBe(messageKey("validation.export.unknownPrivacy"));
  });
});
