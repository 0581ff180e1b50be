"use client";

import { useFormatter, useLocale } from "next-intl";
import { useWidth } from "@/components/ui/use-width";
import type { MonthPoint } from "@/lib/data/dashboard/get-monthly-series";
import { axisLabels, niceMax } from "./chart-axis";
import { dashboardFormat } from "./format";

// Two panels on one month axis, each with its own scale: dead + missing are often a hundredth of the
// rescued and would vanish on a shared one. The chart is drawn at the width it is shown at, one unit
// per pixel, so that its labels keep their size on a phone instead of shrinking with a fixed drawing.
const SERVER_WIDTH = 720;
const LEFT = 52;
const RIGHT = 8;
const PANEL = 110;
const GAP = 36;
const TOP = 20;
const HEIGHT = TOP + 2 * PANEL + GAP + 34;

// Tenths of a pixel are as sharp as the screen gets, and keep the page's markup short.
const px = (value: number) => Math.round(value * 10) / 10;

type PanelProps = { series: MonthPoint[]; width: number; y0: number; title: string; value: (p: MonthPoint) => number; bars: string[]; className: string };

function Panel({ series, width, y0, title, value, bars, className }: PanelProps) {
  const format = useFormatter();
  const max = niceMax(Math.max(...series.map(value)));
  const step = (width - LEFT - RIGHT) / series.length;
  const barWidth = Math.min(40, Math.max(1, step * 0.8));
  return (
    <g>
      <text x={LEFT} y={y0 - 6} className="chart-title">{title}</text>
      {[0, max / 2, max].map((tick) => {
        const y = y0 + PANEL - (tick / max) * PANEL;
        return (
          <g key={tick}>
            <line x1={LEFT} x2={width - RIGHT} y1={y} y2={y} className="chart-grid" />
            <text x={LEFT - 6} y={y + 4} className="chart-tick" textAnchor="end">{format.number(tick, { notation: "compact", maximumFractionDigits: 2 })}</text>
          </g>
        );
      })}
      {series.map((point, index) => {
        const height = (value(point) / max) * PANEL;
        return (
          <rect key={point.month} x={px(LEFT + index * step + (step - barWidth) / 2)} y={px(y0 + PANEL - height)} width={px(barWidth)} height={px(height)} className={className}>
            <title>{bars[index]}</title>
          </rect>
        );
      })}
    </g>
  );
}

type Props = { series: MonthPoint[]; title: string; description: string; panels: readonly [string, string]; bars: (readonly [string, string])[] };

export function MonthlyChartSvg({ series, title, description, panels, bars }: Props) {
  const [ref, width] = useWidth<SVGSVGElement>(SERVER_WIDTH);
  const f = dashboardFormat(useLocale());
  const step = (width - LEFT - RIGHT) / series.length;
  return (
    // Laid out left to right in every language: months run left to right and each label keeps its anchor.
    <svg ref={ref} viewBox={`0 0 ${width} ${HEIGHT}`} direction="ltr" role="img" aria-labelledby="monthly-title monthly-desc">
      <title id="monthly-title">{title}</title>
      <desc id="monthly-desc">{description}</desc>
      <Panel series={series} width={width} y0={TOP} title={panels[0]} value={(p) => p.rescued} bars={bars.map((b) => b[0])} className="chart-bar-rescued" />
      <Panel series={series} width={width} y0={TOP + PANEL + GAP} title={panels[1]} value={(p) => p.deadMissing} bars={bars.map((b) => b[1])} className="chart-bar-lost" />
      {axisLabels(series, step, f).map(({ index, text }) => (
        <text key={index} x={px(LEFT + index * step + step / 2)} y={TOP + 2 * PANEL + GAP + 20} className="chart-tick" textAnchor="middle">{text}</text>
      ))}
    </svg>
  );
}
