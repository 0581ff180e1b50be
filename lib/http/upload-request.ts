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
 * X-File-Name header (which a cross-site form cannot send), a declared size within the limit, and a readable
 * X-Import-Mapping when one is sent. A file in none of our layouts comes with its column mapping there (base64
 * of its JSON): in a header, not the URL, which is logged, and beside the raw body, which keeps the upload one
 * stream. The import checks the mapping with its schema.
 */
export async function checkUpload(request: Request, maxBytes: number): Promise<{ user: SessionUser; fileName: string; mapping: unknown } | Response> {
  const user = await getCurrentUser();
  if (!user) return textResponse(messageKey("validation.import.sessionEnded"), 401);
  if (!can(user, "incident:import")) return textResponse(messageKey("validation.import.notAllowed"), 403);
  const fileName = request.headers.get("x-file-name");
  if (!fileName) return textResponse(messageKey("validation.import.fromImportPage"), 400);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return tooLarge(maxBytes);
  const mapping = readMappingHeader(request.headers.get("x-import-mapping"));
  if (mapping === INVALID) return textResponse(messageKey("validation.importMapping.unreadable"), 400);
  return { user, fileName: decodeName(fileName), mapping };
}

const INVALID = Symbol("invalid mapping");

function readMappingHeader(header: string | null): unknown {
  if (header === null) return undefined;
  try {
    return JSON.parse(Buffer.from(header, "base64").toString("utf8"));
  } catch {
    return INVALID;
  }
}

export const tooLarge = (maxBytes: number) => textResponse(messageKey("validation.import.tooLarge", { mb: maxBytes / 1024 / 1024 }), 413);

function decodeName(header: string) {
  try {
    return decodeURIComponent(header).slice(0, 200);
  } catch {
    return header.slice(0, 200);
  }
}
