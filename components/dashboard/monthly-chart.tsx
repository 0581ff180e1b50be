import { getLocale, getTranslations } from "next-intl/server";
import type { MonthPoint } from "@/lib/data/dashboard/get-monthly-series";
import { EmptyState } from "./empty-state";
import { dashboardFormat } from "./format";
import { MonthlyChartSvg } from "./monthly-chart-svg";
import { MonthlyTable } from "./monthly-table";

const peak = (series: MonthPoint[], value: (p: MonthPoint) => number) => series.reduce((best, point) => (value(point) > value(best) ? point : best));

export async function MonthlyChart({ data }: { data: Promise<MonthPoint[]> }) {
  const series = await data;
  const t = await getTranslations("dashboard");
  const locale = await getLocale();
  if (series.every((p) => p.incidents === 0)) return <EmptyState />;
  const f = dashboardFormat(locale);
  const mostRescued = peak(series, (p) => p.rescued);
  const mostLost = peak(series, (p) => p.deadMissing);
  // The bars' tooltips, in the reader's language: the chart draws in the browser, which has no dashboard messages.
  const bars = series.map((p) => {
    const month = f.month(p.month);
    return [t("barRescued", { month, value: f.number(p.rescued) }), t("barLost", { month, value: f.number(p.deadMissing) })] as const;
  });
  return (
    <figure className="chart">
      <MonthlyChartSvg
        series={series}
        title={t("chartTitle", { first: f.month(series[0].month), last: f.month(series.at(-1)!.month) })}
        description={t("chartDescription", {
          rescued: f.number(mostRescued.rescued), rescuedMonth: f.month(mostRescued.month), lost: f.number(mostLost.deadMissing), lostMonth: f.month(mostLost.month),
        })}
        panels={[t("rescued"), t("deadMissing")]}
        bars={bars}
      />
      <figcaption className="muted">{t("chartCaption")}</figcaption>
      <MonthlyTable series={series} />
    </figure>
  );
}
