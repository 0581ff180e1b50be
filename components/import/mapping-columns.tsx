"use client";

import { useTranslations } from "next-intl";
import { isolated } from "@/components/i18n/isolated";
import type { FileFacts } from "@/lib/import-mapping/facts";
import { type ColumnTarget, IGNORE, MAPPABLE_FIELDS } from "@/lib/import-mapping/fields";
import type { ImportMapping } from "@/lib/import-mapping/schema";
import { useMappingLabels } from "./use-mapping-labels";

type Props = { facts: FileFacts; mapping: ImportMapping; errors: Map<string, string>; disabled: boolean; onField: (column: number, field: ColumnTarget) => void };

/** One labelled select per column of the file, in a list that reads as well at 360 px as on a laptop. */
export function MappingColumns({ facts, mapping, errors, disabled, onField }: Props) {
  const t = useTranslations("importMapping");
  const labels = useMappingLabels();
  const format = (values: string[]) => values.slice(0, 3).map((v) => (v.length > 40 ? `${v.slice(0, 40)}…` : v)).join(" · ");
  return (
    <ol className="mapping-columns">
      {mapping.columns.map(({ header, field }, i) => {
        const id = `mapping-column-${i}`;
        const error = errors.get(`columns.${i}.field`);
        const { distinct } = facts.columns[i];
        return (
          <li key={i} className="field">
            <label htmlFor={id}>{t.rich("column", { column: header || t("unnamed", { number: i + 1 }), bdi: isolated })}</label>
            <select id={id} value={field} disabled={disabled} aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-values${error ? ` ${id}-error` : ""}`} onChange={(e) => onField(i, e.target.value as ColumnTarget)}>
              <option value={IGNORE}>{t("ignore")}</option>
              {MAPPABLE_FIELDS.map((name) => <option key={name} value={name}>{labels.field(name)}</option>)}
            </select>
            <p className="field-hint" id={`${id}-values`}>{distinct.length ? t("examples", { values: format(distinct) }) : t("empty")}</p>
            {error && <p className="field-error" id={`${id}-error`}>{labels.text(error)}</p>}
          </li>
        );
      })}
    </ol>
  );
}
