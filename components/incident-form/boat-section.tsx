"use client";

import { useTranslations } from "next-intl";
import { BoatCondition, BoatType } from "@/generated/prisma/enums";
import { type FieldName, optionsFrom } from "./field-state";
import { CheckboxGroup, CountField, SelectField } from "./fields";

// The parts of the people on board are checked again against a changed whole.
const CHECKS_PARTS: { deps: FieldName[] } = { deps: ["women", "men", "children", "girls", "boys", "sexAgeUnknown", "nationalities"] };

export function BoatSection() {
  const t = useTranslations("incidentForm");
  const tField = useTranslations("validation.incidentField");
  const tVocab = useTranslations("vocab");
  return (
    <fieldset className="form-section">
      <legend>{t("boatSection")}</legend>
      <div className="form-grid">
        <SelectField name="boatType" label={tField("boatType")} options={optionsFrom(Object.values(BoatType), (type) => tVocab("boatType", { type }))} blank={t("notKnown")} />
        <CountField name="personsOnBoard" label={tField("personsOnBoard")} hint={t("blankWhenUnknown")} rules={CHECKS_PARTS} />
      </div>
      <CheckboxGroup name="boatConditions" label={tField("boatConditions")} options={optionsFrom(Object.values(BoatCondition), (condition) => tVocab("boatCondition", { condition }))} />
    </fieldset>
  );
}
