"use client";

import { useTranslations } from "next-intl";
import type { Option } from "./field-state";
import { SelectField } from "./fields";

export function VesselSection({ vessels }: { vessels: readonly Option[] }) {
  const t = useTranslations("incidentForm");
  const tField = useTranslations("validation.incidentField");
  return (
    <fieldset className="form-section">
      <legend>{tField("vesselId")}</legend>
      <SelectField name="vesselId" label={tField("vesselId")} options={vessels} blank={t("noVessel")} />
    </fieldset>
  );
}
