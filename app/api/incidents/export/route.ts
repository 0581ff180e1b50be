import { getCurrentUser } from "@/lib/auth/session";
import { exportIncidents } from "@/lib/data/export/export-incidents";
import { readBody } from "@/lib/data/import/read-body";
import { messageKey } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate";

// GET /api/incidents/export?<list filters>&layout=ledger|iom&table=incidents|injuries|evacuations|nationalities|revisions|events|track&format=csv|xlsx&bom=0
// gives the shareable file; POST to the same URL with the export form's body (privacy=shareable|full,
// reason=…, format=csv|xlsx) chooses, so the reason for a full export never travels in a URL.
// Reads the request (its URL and session cookie), so it is never prerendered.
const FORM_BYTES = 8 * 1024;
const refuse = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return refuse("Sign in to export incidents.", 401);
  return exportIncidents(user, new URL(request.url).searchParams);
}

export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return refuse("Sign in to export incidents.", 401);
  // The session cookie is SameSite=Lax, so another site's form arrives signed out; browsers that say so are refused outright.
  if (["cross-site", "same-site"].includes(request.headers.get("sec-fetch-site") ?? "")) return refuse(await translateMessage(messageKey("validation.exportRefusal.crossSite")), 403);
  const body = await readBody(request, FORM_BYTES);
  if (!body) return refuse(await translateMessage(messageKey("validation.exportRefusal.formTooLarge")), 413);
  return exportIncidents(user, new URL(request.url).searchParams, new URLSearchParams(new TextDecoder().decode(body)));
}
