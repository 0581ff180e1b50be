import { describe, expect, it } from "vitest";
import { axisLabels as axisLabelsIn, MONTH_LABEL_ROOM, niceMax, SHORT_LABEL_ROOM } from "./chart-axis";
import { dashboardFormat } from "./format";

const inLanguage = (locale: string) => dashboardFormat(locale);
const axisLabels = (series: { month: string }[], step: number) => axisLabelsIn(series, step, inLanguage("en-GB"));

const months = (from: string, count: number) => {
  const [year, month] = from.split("-").map(Number);
  return Array.from({ length: count }, (_, i) => {
    const index = month - 1 + i;
    return { month: `${year + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}` };
  });
};

const gaps = (labels: { index: number }[], step: number) => labels.slice(1).map((label, i) => (label.index - labels[i].index) * step);

describe("axisLabels", () => {
  it("names every month of a year on a wide chart, the first and January with their year", () => {
    const labels = axisLabels(months("2016-10", 12), 55);
    expect(labels.map((l) => l.text)).toEqual(["Oct 2016", "Nov", "Dec", "Jan 2017", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept"]);
  });

  it("names the months in the reader's language", () => {
    const labels = axisLabelsIn(months("2016-11", 3), 55, inLanguage("it"));
    expect(labels.map((l) => l.text)).toEqual(["nov 2016", "dic", "gen 2017"]);
  });

  it("names fewer months on a phone, each far enough from the next", () => {
    const step = 268 / 12; // a 360 px screen
    const labels = axisLabels(months("2016-01", 12), step);
    expect(labels.map((l) => l.text)).toEqual(["Jan 2016", "Apr 2016", "Jul 2016", "Oct 2016"]);
    for (const gap of gaps(labels, step)) expect(gap).toBeGreaterThanOrEqual(MONTH_LABEL_ROOM);
  });

  it("names years on a long series, thinning them out as the chart narrows", () => {
    const series = months("2014-03", 12 * 12);
    expect(axisLabels(series, 660 / series.length).map((l) => l.text)).toEqual(["2014", ...Array.from({ length: 12 }, (_, i) => String(2015 + i))]);
    const step = 268 / series.length;
    const labels = axisLabels(series, step);
    expect(labels.map((l) => l.text)).toEqual(["2014", "2016", "2018", "2020", "2022", "2024", "2026"]);
    for (const gap of gaps(labels, step)) expect(gap).toBeGreaterThanOrEqual(SHORT_LABEL_ROOM);
  });

  it("leaves the first month unlabelled when the next January would crowd it", () => {
    expect(axisLabels(months("2016-12", 36), 20).map((l) => l.text)).toEqual(["2017", "2018", "2019"]);
  });
});

describe("niceMax", () => {
  it("rounds up to a round number", () => {
    expect([0, 7, 107, 139, 2900].map(niceMax)).toEqual([1, 8, 120, 160, 3000]);
  });
});
