"use client";

import { useTranslations } from "next-intl";
import { PartnerRole } from "@/generated/prisma/enums";
import { optionsFrom, type Option } from "./field-state";
import { SelectField } from "./fields";

export function PartnerRow({ index, partners }: { index: number; partners: readonly Option[] }) {
  const t = useTranslations("incidentForm");
  const tVocab = useTranslations("vocab");
  return (
    <>
      <SelectField name={`partners.${index}.organizationId`} label={t("partnerOrganization")} options={partners} blank={t("choose")} isRequired />
      <SelectField name={`partners.${index}.role`} label={t("partnerRole")} options={optionsFrom(Object.values(PartnerRole), (role) => tVocab("partnerRole", { role }))} blank={t("choose")} isRequired />
    </>
  );
}
