import "server-only";
import { can } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit";
import { incidentOrderSql, incidentWhereSql } from "@/lib/data/incidents/filter-sql";
import { withSearchText } from "@/lib/data/saved-filters/search-text";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { messageKey } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate";
import { getSharingSettings } from "@/lib/data/privacy-settings";
import { filtersToSearchParams } from "@/lib/schemas/incident-filters";
import { copyToWebStream } from "./copy-stream";
import { exportFilename } from "./export-filename";
import { exportLabels } from "./export-labels";
import { parseExportRequest } from "./export-request";
import { exportKind } from "./export-tables";
import { exportPool } from "./pg-pool";
import { exportPrivacyChoice } from "./privacy-choice";
import { redaction } from "./privacy-sql";
import { inlineSql, pgQuery } from "./sql-literal";
import { copyToXlsxStream } from "./xlsx-stream";

const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
const CONTENT_TYPES = { csv: "text/csv; charset=utf-8", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } as const;
const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * The CSV or Excel download of the incidents the list shows for the same URL filters (all pages), or of one
 * of their long-format tables: shareable, or full when the export form's body (`form`) asks with a reason
 * (the form may also choose the format). Streamed by COPY inside a read-only repeatable-read transaction,
 * so the row count in the audit event and the rows sent come from one snapshot.
 */
export async function exportIncidents(user: SessionUser, params: URLSearchParams, form: URLSearchParams | null = null): Promise<Response> {
  if (!can(user, "incident:export")) return text(await translateMessage(messageKey("validation.exportRefusal.notAllowed")), 403);
  const privacy = exportPrivacyChoice(user, params, form);
  if (!privacy.ok) return text(await translateMessage(privacy.message), privacy.status);
  const query = new URLSearchParams(params);
  if (form?.has("format")) query.set("format", form.get("format")!);
  const parsed = parseExportRequest(query);
  if (!parsed.ok) return text(parsed.message, 400);
  const { choice } = privacy;
  const { table, layout, format, bom, labels } = parsed.request;
  const filters = await withSearchText(user, parsed.request.filters);
  const kind = exportKind(table, layout);
  const where = incidentWhereSql(user, filters);
  const redact = redaction({ level: choice.privacy, settings: await getSharingSettings(user) }, user);
  const select = kind.select(where, incidentOrderSql(filters), { reader: user, labels: labels ? await exportLabels() : null, redact });
  const filename = exportFilename(table, layout, filters, choice.privacy, format);

  const client = await exportPool().connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    // Shows in pg_stat_activity who holds a connection with a long download, until the transaction ends.
    await client.query("SELECT set_config('application_name', $1, true)", [`rescue-ledger export by ${user.id}`]);
    const count = pgQuery(kind.count(where));
    const rows: number = (await client.query(count.text, count.values)).rows[0].rows;
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actor: user, action: "EXPORT", entityType: "Export",
        changes: { filters: filtersToSearchParams({ ...filters, page: 1 }).toString(), rows, layout: table === "incidents" ? layout : table, filename, privacy: choice.privacy, format },
        reason: choice.privacy === "full" ? choice.reason : undefined,
      }),
    );
    const body = format === "xlsx"
      ? await copyToXlsxStream(client, inlineSql(select), table)
      : copyToWebStream(client, `COPY (${inlineSql(select)}) TO STDOUT WITH (FORMAT csv, HEADER true)`, bom ? UTF8_BOM : undefined);
    return new Response(body, {
      headers: {
        "Content-Type": CONTENT_TYPES[format],
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "no-store",
        "X-Row-Count": String(rows),
      },
    });
  } catch (error) {
    client.release(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
}
