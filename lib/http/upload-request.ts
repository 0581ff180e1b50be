import "server-only";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/data/users";
import { messageKey } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate";

export const textResponse = async (message: string, status: number) =>
  new Response(await translateMessage(message), { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * The checks every import upload passes before its body is read: a signed-in user who may import, the
 * X-File-Name header (which a cross-site form cannot send), and a declared size within the limit.
 */
export async function checkUpload(request: Request, maxBytes: number): Promise<{ user: SessionUser; fileName: string } | Response> {
  const user = await getCurrentUser();
  if (!user) return textResponse(messageKey("validation.import.sessionEnded"), 401);
  if (!can(user, "incident:import")) return textResponse(messageKey("validation.import.notAllowed"), 403);
  const fileName = request.headers.get("x-file-name");
  if (!fileName) return textResponse(messageKey("validation.import.fromImportPage"), 400);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return tooLarge(maxBytes);
  return { user, fileName: decodeName(fileName) };
}

export const tooLarge = (maxBytes: number) => textResponse(messageKey("validation.import.tooLarge", { mb: maxBytes / 1024 / 1024 }), 413);

function decodeName(header: string) {
  try {
    return decodeURIComponent(header).slice(0, 200);
  } catch {
    return header.slice(0, 200);
  }
}
