"use client";

import { useTranslations } from "next-intl";
import { Fragment } from "react";
import { isolated } from "@/components/i18n/isolated";
import type { FileFacts } from "@/lib/import-mapping/facts";
import { MAPPABLE_FIELDS } from "@/lib/import-mapping/fields";
import type { ImportMapping } from "@/lib/import-mapping/schema";
import { translateRecord } from "@/lib/import-mapping/translate";
import { useMappingLabels } from "./use-mapping-labels";

/** The first rows as the mapping makes them, field by field, with what it could not read; before any upload. */
export function MappingPreview({ facts, mapping }: { facts: FileFacts; mapping: ImportMapping }) {
  const t = useTranslations("importMapping");
  const labels = useMappingLabels();
  return (
    <section aria-labelledby="mapping-preview-heading">
      <h3 id="mapping-preview-heading">{t("preview")}</h3>
      {facts.sample.map((record, i) => {
        const { cells, issues } = translateRecord(mapping, record);
        const shown = MAPPABLE_FIELDS.filter((field) => cells[field]);
        return (
          <div key={i} className="mapping-preview-row">
            <h4>{t("previewRow", { row: i + 2 })}</h4>
            {shown.length === 0 ? <p className="muted">{t("previewEmpty")}</p> : (
              <dl className="definitions">
                {shown.map((field) => <Fragment key={field}><dt>{labels.field(field)}</dt><dd><bdi>{cells[field]}</bdi></dd></Fragment>)}
              </dl>
            )}
            {issues.length > 0 && (
              <ul className="import-notes">
                {issues.map((issue, j) => <li key={j}>{t.rich("cellIssue", { ...issue, bdi: isolated })}</li>)}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}
