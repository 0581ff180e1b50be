import { useFormatter, useTranslations } from "next-intl";
import { isolated } from "@/components/i18n/isolated";
import { Link } from "@/components/ui/link";
import { LocalTime } from "@/components/ui/local-time";
import type { SameEventIncident } from "@/lib/data/incidents/same-event";

function Figures({ row }: { row: SameEventIncident }) {
  const t = useTranslations("casePage");
  const format = useFormatter();
  const figures = [row.dead !== null && t("sameDayDead", { count: row.dead }), row.missing !== null && t("sameEventMissing", { count: row.missing })].filter((f) => f !== false);
  return figures.length > 0 && <> · {format.list(figures, { type: "unit", style: "short" })}</>;
}

/** The other records of one event (e.g. bodies found at two places), as IOM groups them by Main ID. */
export function SameEvent({ incidents, eventGroup }: { incidents: SameEventIncident[]; eventGroup: string | null }) {
  const t = useTranslations("casePage");
  if (incidents.length === 0) return null;
  return (
    <section aria-labelledby="same-event-heading" className="card">
      <h2 id="same-event-heading">{t("sameEventHeading")}</h2>
      <p className="muted">{t.rich("sameEventIntro", { group: eventGroup ?? "", bdi: isolated })}</p>
      <ul className="plain-list">
        {incidents.map((row) => (
          <li key={row.id}>
            <Link href={`/incidents/${row.id}`}>{row.reference}</Link> · <LocalTime value={row.occurredAt} />
            <Figures row={row} />
            {row.locationOfDeath && <> · <bdi>{row.locationOfDeath}</bdi></>}
          </li>
        ))}
      </ul>
    </section>
  );
}
