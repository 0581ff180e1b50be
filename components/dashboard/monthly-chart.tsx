import type { MonthPoint } from "@/lib/data/dashboard/get-monthly-series";
import { EmptyState } from "./empty-state";
import { formatMonth, formatNumber } from "./format";
import { MonthlyChartSvg } from "./monthly-chart-svg";
import { MonthlyTable } from "./monthly-table";

function peak(series: MonthPoint[], value: (p: MonthPoint) => number) {
  const top = series.reduce((best, point) => (value(point) > value(best) ? point : best));
  return `${formatNumber(value(top))} in ${formatMonth(top.month)}`;
}

export async function MonthlyChart({ data }: { data: Promise<MonthPoint[]> }) {
  const series = await data;
  if (series.every((p) => p.incidents === 0)) return <EmptyState />;
  const range = `${formatMonth(series[0].month)} – ${formatMonth(series.at(-1)!.month)}`;
  return (
    <figure className="chart">
      <MonthlyChartSvg
        series={series}
        title={`Persons rescued and dead + missing per month, ${range}`}
        description={`Most rescued: ${peak(series, (p) => p.rescued)}. Most dead + missing: ${peak(series, (p) => p.deadMissing)}. Every month is in the table below.`}
      />
      <figcaption className="muted">Per calendar month (UTC); months without incidents show 0.</figcaption>
      <MonthlyTable series={series} />
    </figure>
  );
}
