import { z } from "zod";
import { messageKey } from "@/lib/i18n/message-key";
import { storableText } from "./storable-text";

export const EXPORT_REASON_MAX = 500;

/**
 * The export form: shareable (the default), or full with the reason that goes into the audit event. A
 * shareable export keeps no reason. The export route parses the form's body with this same schema.
 */
export const exportPrivacySchema = z.discriminatedUnion("privacy", [
  z.object({ privacy: z.literal("shareable") }),
  z.object({
    privacy: z.literal("full"),
    reason: storableText()
      .min(1, messageKey("validation.export.reasonRequired"))
      .max(EXPORT_REASON_MAX, messageKey("validation.export.reasonTooLong", { max: EXPORT_REASON_MAX })),
  }),
], { error: messageKey("validation.export.unknownPrivacy") });

export type ExportPrivacyInput = z.input<typeof exportPrivacySchema>;
export type ExportPrivacyChoice = z.output<typeof exportPrivacySchema>;
