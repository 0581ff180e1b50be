import { getFormatter, getTranslations } from "next-intl/server";
import { TableScroll } from "@/components/ui/table-scroll";
import type { StandOffRow } from "@/lib/data/dashboard/get-stand-off";
import { dashboardFormat } from "./format";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Translate = Awaited<ReturnType<typeof getTranslations<"dashboard">>>;

/** "45 min", "3 h 20 min", and from a day on, days and hours: "4 days 6 hours". */
function duration(ms: number, t: Translate) {
  if (ms >= DAY) {
    const days = Math.floor(ms / DAY);
    const hours = Math.floor((ms - days * DAY) / HOUR);
    return hours ? t("durationDaysHours", { days, hours }) : t("durationDays", { days });
  }
  const minutes = Math.max(0, Math.floor(ms / MINUTE));
  const hours = Math.floor(minutes / 60);
  if (!hours) return t("durationMinutes", { minutes });
  return minutes % 60 ? t("durationHoursMinutes", { hours, minutes: minutes % 60 }) : t("durationHours", { hours });
}

/** Median and 90th percentile of the stand-off per month of the incident, and over the whole period. */
export async function StandOffTable({ data }: { data: Promise<StandOffRow[]> }) {
  const rows = await data;
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  if (rows.length === 0) return <p className="empty card">{t("standOffEmpty")}</p>;
  const f = dashboardFormat(format);
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
              <td className="num">{duration(row.medianMs, t)}</td>
              <td className="num">{duration(row.p90Ms, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
