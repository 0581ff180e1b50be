"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { CauseOfDeath } from "@/generated/prisma/enums";
import type { IncidentFormValues } from "@/lib/schemas/incident";
import { optionsFrom } from "./field-state";
import { CheckboxGroup } from "./fields";

/** Shown only once someone died; the schema drops the causes when Dead is 0. */
export function DeathsSection() {
  const t = useTranslations("incidentForm");
  const tField = useTranslations("validation.incidentField");
  const tVocab = useTranslations("vocab");
  const dead = useWatch<IncidentFormValues, "dead">({ name: "dead" });
  if (!(Number(dead) > 0)) return null;
  return (
    <fieldset className="form-section">
      <legend>{t("deathsSection")}</legend>
      <CheckboxGroup name="causesOfDeath" label={tField("causesOfDeath")} options={optionsFrom(Object.values(CauseOfDeath), (cause) => tVocab("causeOfDeath", { cause }))} />
    </fieldset>
  );
}
