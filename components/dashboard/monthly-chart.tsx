import type { MonthPoint } from "@/lib/data/dashboard/get-monthly-series";
import { EmptyState } from "./empty-state";
import { formatMonth, formatNumber } from "./format";
import { MonthlyTable } from "./monthly-table";

// Two panels on one month axis, each with its own scale: dead + missing are often a hundredth of the
// rescued and would vanish on a shared one.
const WIDTH = 720;
const LEFT = 52;
const PANEL = 110;
const GAP = 36;
const TOP = 20;
const PLOT_WIDTH = WIDTH - LEFT - 8;
const HEIGHT = TOP + 2 * PANEL + GAP + 34;

// Tenths of a pixel are as sharp as the screen gets, and keep the page's markup short.
const px = (value: number) => Math.round(value * 10) / 10;

const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 2 });

/** The smallest round number (1, 1.2, 1.6, 2, 3, 4, 5, 6, 8 × 10ⁿ) at or above the value, for round axis labels. */
function niceMax(value: number) {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return [1, 1.2, 1.6, 2, 3, 4, 5, 6, 8, 10].map((m) => m * magnitude).find((m) => m >= value)!;
}

function axisLabels(series: MonthPoint[]) {
  const yearStep = Math.max(1, Math.ceil(series.length / 12 / 12));
  return series.flatMap((point, index) => {
    const [year, month] = point.month.split("-").map(Number);
    const isJanuary = month === 1;
    if (series.length <= 18) return [{ index, text: isJanuary || index === 0 ? formatMonth(point.month) : formatMonth(point.month).slice(0, 3) }];
    const isFirstWithRoom = index === 0 && month <= 10; // not crowding the next January's label
    return (isJanuary && year % yearStep === 0) || isFirstWithRoom ? [{ index, text: String(year) }] : [];
  });
}

function Panel({ series, y0, title, value, className }: { series: MonthPoint[]; y0: number; title: string; value: (p: MonthPoint) => number; className: string }) {
  const max = niceMax(Math.max(...series.map(value)));
  const step = PLOT_WIDTH / series.length;
  const barWidth = Math.min(40, Math.max(1, step * 0.8));
  return (
    <g>
      <text x={LEFT} y={y0 - 6} className="chart-title">{title}</text>
      {[0, max / 2, max].map((tick) => {
        const y = y0 + PANEL - (tick / max) * PANEL;
        return (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH - 8} y1={y} y2={y} className="chart-grid" />
            <text x={LEFT - 6} y={y + 4} className="chart-tick" textAnchor="end">{compact.format(tick)}</text>
          </g>
        );
      })}
      {series.map((point, index) => {
        const height = (value(point) / max) * PANEL;
        return (
          <rect key={point.month} x={px(LEFT + index * step + (step - barWidth) / 2)} y={px(y0 + PANEL - height)} width={px(barWidth)} height={px(height)} className={className}>
            <title>{`${formatMonth(point.month)}: ${formatNumber(value(point))} ${title.toLowerCase()}`}</title>
          </rect>
        );
      })}
    </g>
  );
}

function peak(series: MonthPoint[], value: (p: MonthPoint) => number) {
  const top = series.reduce((best, point) => (value(point) > value(best) ? point : best));
  return `${formatNumber(value(top))} in ${formatMonth(top.month)}`;
}

export async function MonthlyChart({ data }: { data: Promise<MonthPoint[]> }) {
  const series = await data;
  if (series.every((p) => p.incidents === 0)) return <EmptyState />;
  const step = PLOT_WIDTH / series.length;
  const range = `${formatMonth(series[0].month)} – ${formatMonth(series.at(-1)!.month)}`;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="monthly-title monthly-desc">
        <title id="monthly-title">{`Persons rescued and dead + missing per month, ${range}`}</title>
        <desc id="monthly-desc">
          {`Most rescued: ${peak(series, (p) => p.rescued)}. Most dead + missing: ${peak(series, (p) => p.deadMissing)}. Every month is in the table below.`}
        </desc>
        <Panel series={series} y0={TOP} title="Rescued" value={(p) => p.rescued} className="chart-bar-rescued" />
        <Panel series={series} y0={TOP + PANEL + GAP} title="Dead + missing" value={(p) => p.deadMissing} className="chart-bar-lost" />
        {axisLabels(series).map(({ index, text }) => (
          <text key={index} x={px(LEFT + index * step + step / 2)} y={TOP + 2 * PANEL + GAP + 16} className="chart-tick" textAnchor="middle">{text}</text>
        ))}
      </svg>
      <figcaption className="muted">Per calendar month (UTC); months without incidents show 0.</figcaption>
      <MonthlyTable series={series} />
    </figure>
  );
}
