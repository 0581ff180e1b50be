type Month = { month: string };
/** How the axis writes a month ("Oct 2016") and its name alone ("Oct"), in the reader's language. */
export type MonthNames = { month: (month: string) => string; monthName: (month: string) => string };

/** Room a month label needs on the axis, in pixels of 11 px text ("Sept 2016" and the space beside it). */
export const MONTH_LABEL_ROOM = 60;
/** Room a year label ("2016") or a lone month name ("Feb") needs. */
export const SHORT_LABEL_ROOM = 40;

/** The smallest round number (1, 1.2, 1.6, 2, 3, 4, 5, 6, 8 × 10ⁿ) at or above the value, for round axis labels. */
export function niceMax(value: number) {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return [1, 1.2, 1.6, 2, 3, 4, 5, 6, 8, 10].map((m) => m * magnitude).find((m) => m >= value)!;
}

/**
 * Which months get a label under the chart, for bars `step` pixels apart: as many as fit without
 * crowding. A year or so of months names them; a longer series names its years.
 */
export function axisLabels(series: Month[], step: number, names: MonthNames) {
  if (series.length <= 18) {
    if (step >= SHORT_LABEL_ROOM) {
      return series.map((point, index) => ({ index, text: index === 0 || point.month.endsWith("-01") ? names.month(point.month) : names.monthName(point.month) }));
    }
    const every = [2, 3, 4, 6, 12].find((k) => k * step >= MONTH_LABEL_ROOM) ?? series.length;
    return series.flatMap((point, index) => (index % every === 0 ? [{ index, text: names.month(point.month) }] : []));
  }
  const yearStep = [1, 2, 5, 10, 20, 50].find((k) => k * 12 * step >= SHORT_LABEL_ROOM) ?? 100;
  const isLabelledJanuary = ({ month }: Month) => month.endsWith("-01") && Number(month.slice(0, 4)) % yearStep === 0;
  const next = series.findIndex((point, index) => index > 0 && isLabelledJanuary(point));
  // The first month is labelled too, unless the next label would crowd it.
  const isFirstLabelled = isLabelledJanuary(series[0]) || next === -1 || next * step >= SHORT_LABEL_ROOM;
  return series.flatMap((point, index) =>
    (index === 0 ? isFirstLabelled : isLabelledJanuary(point)) ? [{ index, text: point.month.slice(0, 4) }] : [],
  );
}
