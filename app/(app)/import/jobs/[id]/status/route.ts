import { runAction } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { importJobView } from "@/lib/data/import/jobs/import-job-view";
import { messageKey } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate";

const STATUS = { "not-found": 404, forbidden: 403, conflict: 409, invalid: 422, "personal-data": 422, unexpected: 500 } as const;

// GET /import/jobs/<id>/status: an import job's progress and report, as the job page polls it (JSON, never cached).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const headers = { "Cache-Control": "no-store" };
  const user = await getCurrentUser();
  if (!user) return Response.json({ ok: false, code: "forbidden", message: await translateMessage(messageKey("errors.sessionEnded")) }, { status: 401, headers });
  const { id } = await params;
  const result = await runAction(() => importJobView(user, id));
  return Response.json(result, { status: result.ok ? 200 : STATUS[result.code], headers });
}
