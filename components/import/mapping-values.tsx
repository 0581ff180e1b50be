"use client";

import { useTranslations } from "next-intl";
import { isolated } from "@/components/i18n/isolated";
import type { FileFacts } from "@/lib/import-mapping/facts";
import { IGNORE } from "@/lib/import-mapping/fields";
import { valuesOf } from "@/lib/import-mapping/propose-mapping";
import type { ImportMapping } from "@/lib/import-mapping/schema";
import { isVocabularyField, VOCABULARIES, type VocabularyField } from "@/lib/import-mapping/vocabularies";
import { useMappingLabels } from "./use-mapping-labels";

type Props = { facts: FileFacts; mapping: ImportMapping; disabled: boolean; onValue: (field: VocabularyField, value: string, code: string) => void };

/** For each column mapped to a vocabulary, a select per value found in the file: which of our codes it stands for. */
export function MappingValues({ facts, mapping, disabled, onValue }: Props) {
  const t = useTranslations("importMapping");
  const labels = useMappingLabels();
  return mapping.columns.map(({ header, field }, i) => {
    if (field === IGNORE || !isVocabularyField(field)) return null;
    const values = valuesOf(field, facts.columns[i]);
    if (values.length === 0) return null;
    return (
      <fieldset key={i} className="subsection mapping-values">
        <legend>{t.rich("valuesOf", { column: header, field: labels.field(field), bdi: isolated })}</legend>
        {facts.columns[i].isCut && <p className="field-hint">{t("valuesCut", { count: values.length })}</p>}
        {values.map((value, j) => {
          const id = `mapping-value-${i}-${j}`;
          return (
            <div key={value} className="field">
              <label htmlFor={id}><bdi>{value}</bdi></label>
              <select id={id} value={mapping.values[field]?.[value] ?? ""} disabled={disabled} onChange={(e) => onValue(field, value, e.target.value)}>
                <option value="">{t("leaveValue")}</option>
                {VOCABULARIES[field].map((code) => <option key={code} value={code}>{labels.code(field, code)}</option>)}
              </select>
            </div>
          );
        })}
      </fieldset>
    );
  });
}
