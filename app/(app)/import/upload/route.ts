import { runAction } from "@/lib/actions/result";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { importIncidents } from "@/lib/data/import/import-incidents";
import { readBody } from "@/lib/data/import/read-body";
import { MAX_UPLOAD_BYTES } from "@/lib/data/import/read-upload";
import { messageKey } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate";

// POST /import/upload?commit=1&allOrNothing=1&createUnknown=1&hash=…&sheet=…, body: the CSV or .xlsx file's bytes.
// A route handler rather than a server action: uploads go up to 10 MB (actions stop at 1 MB) and the
// page shows upload progress. The X-File-Name header, which a cross-site form cannot send, is required.
// A file in none of our layouts comes with its column mapping in X-Import-Mapping (base64 of its JSON):
// in a header, not the URL, which is logged, and beside the raw body, which keeps the upload one stream.
const text = async (message: string, status: number) => new Response(await translateMessage(message), { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return text(messageKey("validation.import.sessionEnded"), 401);
  if (!can(user, "incident:import")) return text(messageKey("validation.import.notAllowed"), 403);
  const fileName = request.headers.get("x-file-name");
  if (!fileName) return text(messageKey("validation.import.fromImportPage"), 400);
  const bytes = await readBody(request, MAX_UPLOAD_BYTES);
  if (!bytes) return text(messageKey("validation.import.tooLarge", { mb: MAX_UPLOAD_BYTES / 1024 / 1024 }), 413);
  const mapping = readMappingHeader(request.headers.get("x-import-mapping"));
  if (mapping === INVALID) return text(messageKey("validation.importMapping.unreadable"), 400);
  const params = new URL(request.url).searchParams;
  const result = await runAction(() =>
    importIncidents(user, bytes, {
      fileName: decodeName(fileName),
      commit: params.get("commit") === "1",
      allOrNothing: params.get("allOrNothing") === "1",
      createUnknown: params.get("createUnknown") === "1",
      expectedHash: params.get("hash") ?? undefined,
      sheet: params.get("sheet") ?? undefined,
      mapping,
    }),
  );
  return Response.json(result, { status: result.ok ? 200 : result.code === "unexpected" ? 500 : 422 });
}

const INVALID = Symbol("invalid mapping");

/** The mapping's JSON as sent (the import checks it with its schema), undefined without one. */
function readMappingHeader(header: string | null): unknown {
  if (header === null) return undefined;
  try {
    return JSON.parse(Buffer.from(header, "base64").toString("utf8"));
  } catch {
    return INVALID;
  }
}

function decodeName(header: string) {
  try {
    return decodeURIComponent(header).slice(0, 200);
  } catch {
    return header.slice(0, 200);
  }
}
