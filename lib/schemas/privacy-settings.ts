import { z } from "zod";
import { messageKey } from "@/lib/i18n/message-key";

// The bounds also stand as CHECK constraints in the database (migration privacy_settings).
export const RESTORE_DAYS = { min: 7, max: 365 } as const;
export const SUPPRESSION_THRESHOLD = { min: 3, max: 20 } as const;
/** 0.1° is about 6 nautical miles; 1° about 60. */
export const POSITION_ROUNDINGS = [0.01, 0.05, 0.1, 0.25, 0.5, 1] as const;

/** What an organization that never saved its settings gets. */
export const PRIVACY_DEFAULTS = { restoreDays: 30, suppressionThreshold: 5, positionRoundingDegrees: 0.1 } as const;

/** A whole number between min and max, typed in a form (a string) or sent as a number; `message` names the bounds. */
function wholeNumberBetween(bounds: { min: number; max: number }, message: string) {
  return z.union([z.number(), z.string().trim().regex(/^\d{1,6}$/, message).transform(Number)], message)
    .pipe(z.number().int(message).min(bounds.min, message).max(bounds.max, message));
}

export const privacySettingsInputSchema = z.object({
  restoreDays: wholeNumberBetween(RESTORE_DAYS, messageKey("validation.privacy.restoreDays", RESTORE_DAYS)),
  suppressionThreshold: wholeNumberBetween(SUPPRESSION_THRESHOLD, messageKey("validation.privacy.suppressionThreshold", SUPPRESSION_THRESHOLD)),
  positionRoundingDegrees: z.union([z.number(), z.string().trim().transform(Number)])
    .refine((value) => (POSITION_ROUNDINGS as readonly number[]).includes(value), messageKey("validation.privacy.positionRounding")),
});

export type PrivacySettingsFormInput = z.input<typeof privacySettingsInputSchema>;
export type PrivacySettings = z.output<typeof privacySettingsInputSchema>;
