import { runAction } from "@/lib/actions/result";
import { importIncidents } from "@/lib/data/import/import-incidents";
import { readBody } from "@/lib/data/import/read-body";
import { MAX_UPLOAD_BYTES } from "@/lib/data/import/read-upload";
import { checkUpload, tooLarge } from "@/lib/http/upload-request";

// POST /import/upload?commit=1&allOrNothing=1&createUnknown=1&hash=…&sheet=…, body: the CSV or .xlsx file's
// bytes (with X-Import-Mapping for a file in none of our layouts: lib/http/upload-request.ts); answers with the
// report. The import run at once, for scripts and files up to 10 MB; the import page runs its files as
// background jobs instead (../files/route.ts).
export async function POST(request: Request) {
  const checked = await checkUpload(request, MAX_UPLOAD_BYTES);
  if (checked instanceof Response) return checked;
  const bytes = await readBody(request, MAX_UPLOAD_BYTES);
  if (!bytes) return tooLarge(MAX_UPLOAD_BYTES);
  const params = new URL(request.url).searchParams;
  const result = await runAction(() =>
    importIncidents(checked.user, bytes, {
      fileName: checked.fileName,
      commit: params.get("commit") === "1",
      allOrNothing: params.get("allOrNothing") === "1",
      createUnknown: params.get("createUnknown") === "1",
      expectedHash: params.get("hash") ?? undefined,
      sheet: params.get("sheet") ?? undefined,
      mapping: checked.mapping,
    }),
  );
  return Response.json(result, { status: result.ok ? 200 : result.code === "unexpected" ? 500 : 422 });
}
