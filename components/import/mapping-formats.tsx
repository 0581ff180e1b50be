"use client";

import { useTranslations } from "next-intl";
import type { FileFacts } from "@/lib/import-mapping/facts";
import { IGNORE, kindOf } from "@/lib/import-mapping/fields";
import type { ImportMapping } from "@/lib/import-mapping/schema";
import { TIME_ZONES } from "@/lib/i18n/time-zones";
import { useMappingLabels } from "./use-mapping-labels";

type Props = { facts: FileFacts; mapping: ImportMapping; errors: Map<string, string>; disabled: boolean; onChange: (change: Partial<ImportMapping>) => void };

/** The date order, the zone of clock times and the decimal mark: asked only where the mapped columns need them. */
export function MappingFormats({ facts, mapping, errors, disabled, onChange }: Props) {
  const t = useTranslations("importMapping");
  const { text } = useMappingLabels();
  const ofKind = (kinds: string[]) => facts.columns.filter((_, i) => {
    const field = mapping.columns[i]?.field;
    return field && field !== IGNORE && kinds.includes(kindOf(field));
  });
  const dates = ofKind(["date"]).map((c) => c.dates);
  const numbers = ofKind(["count", "coordinate"]).map((c) => c.numbers);
  const shown = dates.some((d) => d.dayFirst.count > 0) ? "dmy" : dates.some((d) => d.monthFirst.count > 0) ? "mdy" : null;
  const orderError = errors.get("dateOrder");
  const decimalError = errors.get("decimal");
  const zoneError = errors.get("timeZone");
  return (
    <>
      {dates.some((d) => d.numeric > 0) && (
        <fieldset className="subsection" aria-describedby={`mapping-order-hint${orderError ? " mapping-order-error" : ""}`}>
          <legend>{t("dateOrder")}</legend>
          <p className="field-hint" id="mapping-order-hint">{shown ? t("dateOrderShown", { order: shown }) : t("dateOrderUnknown")}</p>
          <div className="checkbox-options">
            {(["dmy", "mdy"] as const).map((order) => (
              <label key={order} className="checkbox">
                <input type="radio" name="dateOrder" value={order} checked={mapping.dateOrder === order} disabled={disabled} onChange={() => onChange({ dateOrder: order })} />
                {t("order", { order })}
              </label>
            ))}
          </div>
          {orderError && <p className="field-error" id="mapping-order-error">{text(orderError)}</p>}
        </fieldset>
      )}
      {dates.some((d) => d.withTime > 0) && (
        <div className="field">
          <label htmlFor="mapping-zone">{t("timeZone")}</label>
          <select id="mapping-zone" value={mapping.timeZone} disabled={disabled} aria-describedby="mapping-zone-hint" onChange={(e) => onChange({ timeZone: e.target.value })}>
            {TIME_ZONES.map((zone) => <option key={zone} value={zone}>{zone}</option>)}
          </select>
          <p className="field-hint" id="mapping-zone-hint">{t("timeZoneHint")}</p>
          {zoneError && <p className="field-error">{text(zoneError)}</p>}
        </div>
      )}
      {numbers.some((n) => n.comma.count + n.grouped.count > 0) && (
        <fieldset className="subsection" aria-describedby={decimalError ? "mapping-decimal-error" : undefined}>
          <legend>{t("decimal")}</legend>
          <div className="checkbox-options">
            {(["point", "comma"] as const).map((decimal) => (
              <label key={decimal} className="checkbox">
                <input type="radio" name="decimal" value={decimal} checked={mapping.decimal === decimal} disabled={disabled} onChange={() => onChange({ decimal })} />
                {t("decimalMark", { decimal })}
              </label>
            ))}
          </div>
          {decimalError && <p className="field-error" id="mapping-decimal-error">{text(decimalError)}</p>}
        </fieldset>
      )}
    </>
  );
}
