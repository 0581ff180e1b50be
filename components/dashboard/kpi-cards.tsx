import type { DashboardKpis, Kpis } from "@/lib/data/dashboard/get-kpis";
import { EmptyState } from "./empty-state";
import { formatChange, formatNumber, formatRange } from "./format";

type Card = { label: string; value: (k: Kpis) => number | null; unknown?: (k: Kpis) => number; digits?: number; note?: string };

const incidentsWord = (count: number) => (count === 1 ? "incident" : "incidents");

const CARDS: Card[] = [
  { label: "Incidents", value: (k) => k.incidents },
  { label: "Persons rescued", value: (k) => k.rescued, unknown: (k) => k.rescuedUnknown },
  { label: "Dead", value: (k) => k.dead, unknown: (k) => k.deadUnknown },
  { label: "Missing", value: (k) => k.missing, unknown: (k) => k.missingUnknown },
  { label: "Dead + missing", value: (k) => k.deadMissing, unknown: (k) => k.deadOrMissingUnknown },
  { label: "Injured", value: (k) => k.injured, note: "all severities" },
  { label: "Seriously injured", value: (k) => k.serious },
  { label: "Critically injured", value: (k) => k.critical },
  { label: "Evacuated", value: (k) => k.evacuated },
  {
    label: "Dead + missing per 1,000 people involved", value: (k) => k.lostPerThousand, digits: 1,
    unknown: (k) => k.incidents - k.knownIncidents, note: "people involved: rescued + dead + missing",
  },
];

function KpiCard({ card, current, previous }: { card: Card; current: Kpis; previous: Kpis | null }) {
  const value = card.value(current);
  const before = previous && card.value(previous);
  const unknown = card.unknown?.(current) ?? 0;
  return (
    <li className="kpi card">
      <h3 className="kpi-label">{card.label}</h3>
      <p className="kpi-value">{value === null ? "—" : formatNumber(value, card.digits)}</p>
      {previous && (
        <p className="kpi-compare">
          {value !== null && before !== null && before !== undefined ? (
            <>
              {formatChange(value, before, card.digits)} <span className="muted">vs {formatNumber(before, card.digits)} a year earlier</span>
            </>
          ) : (
            <span className="muted">No figure a year earlier</span>
          )}
        </p>
      )}
      {card.note && <p className="kpi-note muted">{card.note}</p>}
      {unknown > 0 && <p className="kpi-note kpi-unknown">Not counted: {formatNumber(unknown)} {incidentsWord(unknown)} with a figure unknown</p>}
    </li>
  );
}

export async function KpiCards({ data }: { data: Promise<DashboardKpis> }) {
  const { current, previous, comparedRange } = await data;
  if (current.incidents === 0) return <EmptyState />;
  return (
    <>
      <p className="muted" role="status">
        {comparedRange ? `Compared with the same period a year earlier (${formatRange(comparedRange)}).` : "All time: no earlier period to compare with."}
      </p>
      <ul className="kpi-grid">
        {CARDS.map((card) => <KpiCard key={card.label} card={card} current={current} previous={previous} />)}
      </ul>
    </>
  );
}
