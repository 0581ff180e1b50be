"use client";

import { useTranslations } from "next-intl";
import { optionsFrom } from "./field-state";
import { SelectField, TextField } from "./fields";
import { FreeTextField } from "./free-text-field";

// The Missing Migrants Project's 1–5 rating of how well a record is sourced.
const QUALITIES = ["1", "2", "3", "4", "5"];

export function NarrativeSection() {
  const t = useTranslations("incidentForm");
  const tField = useTranslations("validation.incidentField");
  const tVocab = useTranslations("vocab");
  return (
    <fieldset className="form-section">
      <legend>{t("narrativeSection")}</legend>
      <FreeTextField name="narrative" label={tField("narrative")} isMultiline rows={8} />
      <div className="form-grid">
        <FreeTextField name="source" label={tField("source")} placeholder={t("sourceExample")} />
        <TextField name="sourceUrl" label={tField("sourceUrl")} type="url" inputMode="url" placeholder="https://" />
        <SelectField name="sourceQuality" label={tField("sourceQuality")} options={optionsFrom(QUALITIES, (quality) => tVocab("sourceQuality", { quality }))} blank={t("notRated")} />
      </div>
    </fieldset>
  );
}
