import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";
import { LocalTime } from "@/components/ui/local-time";
import type { SameVesselIncident } from "@/lib/data/incidents/same-vessel-day";
import { isolated } from "@/components/i18n/isolated";

function Summary({ row }: { row: SameVesselIncident }) {
  const t = useTranslations("casePage");
  const format = useFormatter();
  const rescued = row.rescued === null ? t("sameDayRescuedUnknown") : t("sameDayRescued", { count: row.rescued, type: row.boatType ?? "none" });
  return <>{format.list(row.dead ? [rescued, t("sameDayDead", { count: row.dead })] : [rescued], { type: "unit", style: "short" })}</>;
}

/** Other rescues by the same vessel within 24 hours: one crew, one day, several cases. */
export function SameVesselDay({ incidents, vesselName }: { incidents: SameVesselIncident[]; vesselName?: string }) {
  const t = useTranslations("casePage");
  if (incidents.length === 0) return null;
  return (
    <section aria-labelledby="same-day-heading" className="card">
      <h2 id="same-day-heading">{t.rich("sameDayHeading", { vessel: vesselName ?? "", bdi: isolated })}</h2>
      <ul className="plain-list">
        {incidents.map((row) => (
          <li key={row.id}>
            <Link href={`/incidents/${row.id}`}>{row.reference}</Link> · <LocalTime value={row.occurredAt} /> · <Summary row={row} />
          </li>
        ))}
      </ul>
    </section>
  );
}
