import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { MapData, MapPoint } from "@/lib/data/dashboard/get-map-points";
import { CENTRAL_MEDITERRANEAN_BACKGROUND, CENTRAL_MEDITERRANEAN_VIEW as VIEW } from "@/lib/geo/central-mediterranean";
import { project } from "@/lib/geo/map-view";
import { dashboardFormat, type DashboardFormat } from "./format";
import { MapLegend, lossLevel } from "./map-legend";
import { MapPoints, type MapPointRow } from "./map-points";

/** Circle area ∝ people involved: radius ∝ its square root (a boat of 400 ≈ 14 px). */
const RADIUS_PER_ROOT = 0.7;
const MIN_RADIUS = 2.5;

const radius = (people: number) => Math.round(Math.max(MIN_RADIUS, Math.sqrt(people) * RADIUS_PER_ROOT) * 10) / 10;

type Translate = Awaited<ReturnType<typeof getTranslations<"dashboard">>>;

function toRow(point: MapPoint, t: Translate, f: DashboardFormat): MapPointRow {
  const [x, y] = project(VIEW, point.longitude, point.latitude);
  const figure = (value: number | null) => (value === null ? t("unknown") : f.number(value));
  const label = t("pointLabel", {
    reference: point.reference, when: f.dayTime(point.occurredAt), rescued: figure(point.rescued), dead: figure(point.dead), missing: figure(point.missing),
  });
  return [point.id, label, x, y, radius(point.people), lossLevel(point.deadMissing)];
}

function summary(map: MapData, t: Translate, list: (items: string[]) => string) {
  const notDrawn = [
    map.incidents - map.positioned > 0 && t("mapNoPosition", { count: map.incidents - map.positioned }),
    map.positioned - map.inView > 0 && t("mapOutside", { count: map.positioned - map.inView }),
  ].filter((part): part is string => Boolean(part));
  const shown = map.points.length < map.inView
    ? t("mapShowingSome", { shown: map.points.length, inView: map.inView })
    : t("mapShowingAll", { shown: map.points.length, total: map.incidents });
  return notDrawn.length ? t("mapSummaryNotDrawn", { shown, notDrawn: list(notDrawn) }) : t("mapSummary", { shown });
}

/** Incident positions on the bundled coastline; each circle is a link to its incident, reachable with Tab. */
export async function IncidentMap({ data }: { data: Promise<MapData> }) {
  const map = await data;
  const t = await getTranslations("dashboard");
  const [format, locale] = await Promise.all([getFormatter(), getLocale()]);
  const f = dashboardFormat(locale);
  return (
    <figure className="incident-map">
      <p role="status">{summary(map, t, (items) => format.list(items, { type: "unit" }))}</p>
      {/* Outside the drawing, whose text would shrink with it on a phone. */}
      {map.points.length === 0 && <p className="muted">{t("mapEmpty")}</p>}
      <a className="skip-inline" href="#after-map">{t("skipMap", { count: map.points.length })}</a>
      <svg viewBox={`0 0 ${VIEW.width} ${VIEW.height}`} aria-label={t("mapLabel")}>
        <image href={CENTRAL_MEDITERRANEAN_BACKGROUND} width={VIEW.width} height={VIEW.height} aria-hidden="true" />
        <MapPoints rows={map.points.map((point) => toRow(point, t, f))} />
      </svg>
      <figcaption id="after-map" tabIndex={-1}>
        <MapLegend />
        <span className="muted">{t("mapCredit")}</span>
      </figcaption>
    </figure>
  );
}
