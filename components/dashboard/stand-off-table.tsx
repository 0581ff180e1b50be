import { getLocale, getTranslations } from "next-intl/server";
import { Duration } from "@/components/ui/duration";
import { TableScroll } from "@/components/ui/table-scroll";
import type { StandOffRow } from "@/lib/data/dashboard/get-stand-off";
import { dashboardFormat } from "./format";

/** Median and 90th percentile of the stand-off per month of the incident, and over the whole period. */
export async function StandOffTable({ data }: { data: Promise<StandOffRow[]> }) {
  const rows = await data;
  const t = await getTranslations("dashboard");
  const locale = await getLocale();
  if (rows.length === 0) return <p className="empty card">{t("standOffEmpty")}</p>;
  const f = dashboardFormat(locale);
  return (
    <TableScroll label={t("standOffLabel")}>
      <table>
        <caption className="table-caption">{t("standOffCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("monthOfIncident")}</th>
            <th scope="col" className="num">{t("cases")}</th>
            <th scope="col" className="num">{t("median")}</th>
            <th scope="col" className="num">{t("p90")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.month ?? "all"} className={row.month ? undefined : "table-total"}>
              <th scope="row">{row.month ? f.month(row.month) : t("wholePeriod")}</th>
              <td className="num">{f.number(row.cases)}</td>
              <td className="num"><Duration ms={row.medianMs} /></td>
              <td className="num"><Duration ms={row.p90Ms} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
