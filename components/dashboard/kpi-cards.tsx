import { getLocale, getTranslations } from "next-intl/server";
import type { Figure, ShownDashboardKpis, ShownKpis } from "@/lib/privacy/partner-figures";
import type { Kpis } from "@/lib/data/dashboard/get-kpis";
import type { DateRange } from "@/lib/data/dashboard/scope";
import { EmptyState } from "./empty-state";
import { dashboardFormat, type DashboardFormat } from "./format";

type Shown = Kpis | ShownKpis;
type Card = { label: string; value: (k: Shown) => Figure | null; unknown?: (k: Shown) => number; digits?: number; note?: string };
type Translate = Awaited<ReturnType<typeof getTranslations<"dashboard">>>;

function KpiCard({ card, current, previous, t, f }: { card: Card; current: Shown; previous: Shown | null; t: Translate; f: DashboardFormat }) {
  const value = card.value(current);
  const before = previous && card.value(previous);
  const unknown = card.unknown?.(current) ?? 0;
  // No change beside a suppressed figure: with the other it would give it back.
  const change = typeof value === "number" && typeof before === "number" ? f.change(value, before, card.digits) : null;
  return (
    <li className="kpi card">
      <h3 className="kpi-label">{card.label}</h3>
      <p className="kpi-value">{value === null ? "—" : f.number(value, card.digits)}</p>
      {previous && (
        <p className="kpi-compare">
          {change && before !== null ? (
            <>
              {/* Signed figures read left to right in Arabic too ("+12", not "12+"). */}
              <bdi dir="ltr">{change.percent === null ? change.change : t("change", { change: change.change, percent: change.percent })}</bdi>{" "}
              <span className="muted">{t("yearEarlier", { value: f.number(before, card.digits) })}</span>
            </>
          ) : (
            <span className="muted">{t("noYearEarlier")}</span>
          )}
        </p>
      )}
      {card.note && <p className="kpi-note muted">{card.note}</p>}
      {unknown > 0 && <p className="kpi-note kpi-unknown">{t("notCounted", { count: unknown })}</p>}
    </li>
  );
}

/** A half-open range [start, end) as the days it covers, e.g. "1 Jan – 31 Dec 2016". */
function rangeText({ start, end }: DateRange, t: Translate, f: DashboardFormat) {
  const last = end && new Date(end.getTime() - 1);
  if (start && last) return f.days(start, last);
  if (start) return t("rangeFrom", { start: f.day(start) });
  if (last) return t("rangeUntil", { end: f.day(last) });
  return t("noComparison");
}

export async function KpiCards({ data }: { data: Promise<ShownDashboardKpis> }) {
  const { current, previous, comparedRange } = await data;
  const t = await getTranslations("dashboard");
  const locale = await getLocale();
  if (current.incidents === 0) return <EmptyState />;
  const f = dashboardFormat(locale);
  const cards: Card[] = [
    { label: t("kpiIncidents"), value: (k) => k.incidents },
    { label: t("kpiRescued"), value: (k) => k.rescued, unknown: (k) => k.rescuedUnknown },
    { label: t("kpiDead"), value: (k) => k.dead, unknown: (k) => k.deadUnknown },
    { label: t("kpiMissing"), value: (k) => k.missing, unknown: (k) => k.missingUnknown },
    { label: t("kpiDeadMissing"), value: (k) => k.deadMissing, unknown: (k) => k.deadOrMissingUnknown },
    { label: t("kpiInjured"), value: (k) => k.injured, note: t("kpiInjuredNote") },
    { label: t("kpiSerious"), value: (k) => k.serious },
    { label: t("kpiCritical"), value: (k) => k.critical },
    { label: t("kpiEvacuated"), value: (k) => k.evacuated },
    {
      label: t("kpiLostPerThousand"), value: (k) => k.lostPerThousand, digits: 1,
      unknown: (k) => (typeof k.incidents === "number" && k.lostPerThousand !== null ? k.incidents - k.knownIncidents : 0), note: t("kpiLostNote"),
    },
  ];
  return (
    <>
      <p className="muted" role="status">{comparedRange ? t("compared", { range: rangeText(comparedRange, t, f) }) : t("noComparison")}</p>
      <ul className="kpi-grid">
        {cards.map((card) => <KpiCard key={card.label} card={card} current={current} previous={previous} t={t} f={f} />)}
      </ul>
    </>
  );
}
