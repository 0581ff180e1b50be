"use client";

import { useTranslations } from "next-intl";
import { EvacuationMeans } from "@/generated/prisma/enums";
import { optionsFrom } from "./field-state";
import { CountField, SelectField, TextField } from "./fields";
import type { ListError } from "./row-list";

export function EvacuationRow({ index, listError }: { index: number; listError: ListError }) {
  const t = useTranslations("incidentForm");
  const tField = useTranslations("validation.incidentField");
  const tVocab = useTranslations("vocab");
  return (
    <>
      <CountField name={`evacuations.${index}.count`} label={tField("evacuationCount")} isRequired listError={listError} />
      <SelectField name={`evacuations.${index}.means`} label={t("means")} options={optionsFrom(Object.values(EvacuationMeans), (means) => tVocab("evacuationMeans", { means }))} blank={t("choose")} isRequired />
      <TextField name={`evacuations.${index}.destination`} label={tField("destination")} />
      <TextField name={`evacuations.${index}.evacuatedAt`} label={tField("evacuatedAt")} type="datetime-local" />
    </>
  );
}
