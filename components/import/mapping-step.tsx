"use client";

import { useTranslations } from "next-intl";
import { type RefObject, useEffect, useRef } from "react";
import type { ColumnTarget } from "@/lib/import-mapping/fields";
import { type MappingOffer, withColumns } from "@/lib/import-mapping/propose-mapping";
import type { ImportMapping } from "@/lib/import-mapping/schema";
import type { VocabularyField } from "@/lib/import-mapping/vocabularies";
import { MappingColumns } from "./mapping-columns";
import { MappingFormats } from "./mapping-formats";
import { MappingPreview } from "./mapping-preview";
import { MappingValues } from "./mapping-values";
import { useMappingLabels } from "./use-mapping-labels";

export type MappingIssue = { path: string; message: string };
type Props = {
  offer: MappingOffer; mapping: ImportMapping; issues: MappingIssue[]; disabled: boolean;
  onChange: (mapping: ImportMapping) => void; problemsRef: RefObject<HTMLDivElement | null>;
};

/** The column-mapping step of a file in a layout of its own: fields, values, formats, their problems and a preview. */
export function MappingStep({ offer, mapping, issues, disabled, onChange, problemsRef }: Props) {
  const t = useTranslations("importMapping");
  const { text } = useMappingLabels();
  const { facts } = offer;
  const heading = useRef<HTMLHeadingElement>(null);
  // A new offer replaces the "checking" status: the focus goes to it, so that it is read out.
  useEffect(() => heading.current?.focus(), [offer]);
  const errors = new Map<string, string>();
  for (const issue of issues) if (!errors.has(issue.path)) errors.set(issue.path, issue.message);
  const onField = (column: number, field: ColumnTarget) => onChange(withColumns(facts, mapping.columns.map((c, i) => (i === column ? field : c.field)), mapping));
  const onValue = (field: VocabularyField, value: string, code: string) => {
    const values = { ...mapping.values[field] };
    if (code) values[value] = code;
    else delete values[value];
    onChange({ ...mapping, values: { ...mapping.values, [field]: values } });
  };
  return (
    <section className="mapping-step" aria-labelledby="mapping-heading">
      <h2 id="mapping-heading" ref={heading} tabIndex={-1}>{t("title")}</h2>
      <p>{t("intro", { columns: facts.header.length, rows: facts.rowCount })}</p>
      {offer.isSaved && <p className="muted">{t("saved")}</p>}
      <MappingColumns facts={facts} mapping={mapping} errors={errors} disabled={disabled} onField={onField} />
      <MappingValues facts={facts} mapping={mapping} disabled={disabled} onValue={onValue} />
      <MappingFormats facts={facts} mapping={mapping} errors={errors} disabled={disabled} onChange={(change) => onChange({ ...mapping, ...change })} />
      <div ref={problemsRef} tabIndex={-1} aria-labelledby={issues.length ? "mapping-problems-heading" : undefined}>
        {issues.length > 0 && (
          <>
            <h3 id="mapping-problems-heading">{t("problems", { count: issues.length })}</h3>
            <ul className="field-error">{issues.map((issue, i) => <li key={i}>{text(issue.message)}</li>)}</ul>
          </>
        )}
      </div>
      <MappingPreview facts={facts} mapping={mapping} />
    </section>
  );
}
