import "server-only";
import { can } from "@/lib/auth/permissions";
import { messageKey } from "@/lib/i18n/message-key";
import { exportPrivacySchema, type ExportPrivacyChoice } from "@/lib/schemas/export-privacy";

type Choice = { ok: true; choice: ExportPrivacyChoice } | { ok: false; status: 400 | 403; message: string };

/**
 * Shareable unless the export form's body asks for full detail with a reason: a link (GET) always gives
 * the shareable file, so a reason never travels in a URL. Full detail is for reviewers only.
 */
export function exportPrivacyChoice(user: { role: Parameters<typeof can>[0]["role"] }, query: URLSearchParams, form: URLSearchParams | null): Choice {
  if (!form) {
    if (query.get("privacy") === "full") return { ok: false, status: 400, message: messageKey("validation.exportRefusal.fullNeedsForm") };
    return { ok: true, choice: { privacy: "shareable" } };
  }
  const parsed = exportPrivacySchema.safeParse({ privacy: form.get("privacy") ?? "shareable", reason: form.get("reason") ?? "" });
  if (!parsed.success) return { ok: false, status: 400, message: parsed.error.issues[0].message };
  if (parsed.data.privacy === "full" && !can(user, "incident:export-full")) return { ok: false, status: 403, message: messageKey("validation.exportRefusal.fullNotAllowed") };
  return { ok: true, choice: parsed.data };
}
