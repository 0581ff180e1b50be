"use client";

import { useTranslations } from "next-intl";
import { InjuryType, Severity } from "@/generated/prisma/enums";
import { optionsFrom } from "./field-state";
import { CountField, SelectField } from "./fields";
import type { ListError } from "./row-list";

export function InjuryRow({ index, listError }: { index: number; listError: ListError }) {
  const t = useTranslations("incidentForm");
  const tField = useTranslations("validation.incidentField");
  const tVocab = useTranslations("vocab");
  return (
    <>
      <SelectField name={`injuries.${index}.type`} label={t("injuryType")} options={optionsFrom(Object.values(InjuryType), (type) => tVocab("injuryType", { type }))} blank={t("choose")} isRequired />
      <SelectField name={`injuries.${index}.severity`} label={t("severity")} options={optionsFrom(Object.values(Severity), (severity) => tVocab("severity", { severity }))} blank={t("choose")} isRequired />
      <CountField name={`injuries.${index}.count`} label={tField("injuryCount")} isRequired listError={listError} />
    </>
  );
}
