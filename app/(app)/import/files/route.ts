import { runAction } from "@/lib/actions/result";
import { startImport } from "@/lib/data/import/jobs/import-jobs";
import { IMPORT_FILE_LIMIT } from "@/lib/data/import/jobs/import-files";
import { checkUpload, tooLarge } from "@/lib/http/upload-request";

// POST /import/files?allOrNothing=1&createUnknown=1&sheet=…, body: the file's bytes, streamed to disk (with
// X-Import-Mapping, as for ../upload/route.ts); answers 202 with the job that checks it (a dry run), which the page
// then follows at /import/jobs/<id>.
export async function POST(request: Request) {
  const checked = await checkUpload(request, IMPORT_FILE_LIMIT);
  if (checked instanceof Response) return checked;
  const params = new URL(request.url).searchParams;
  const options = {
    commit: false, allOrNothing: params.get("allOrNothing") === "1", createUnknown: params.get("createUnknown") === "1",
    sheet: params.get("sheet") ?? undefined, mapping: checked.mapping,
  };
  const result = await runAction(() => startImport(checked.user, request.body ?? new Blob().stream(), checked.fileName, options));
  if (result.ok && !result.data) return tooLarge(IMPORT_FILE_LIMIT);
  return Response.json(result, { status: result.ok ? 202 : result.code === "unexpected" ? 500 : 422 });
}
