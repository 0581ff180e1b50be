"use client";

import { PARTNER_ROLE_LABELS } from "@/lib/labels";
import { optionsOf, type Option } from "./field-state";
import { SelectField } from "./fields";

const ROLES = optionsOf(PARTNER_ROLE_LABELS);

export function PartnerRow({ index, partners }: { index: number; partners: readonly Option[] }) {
  return (
    <>
      <SelectField name={`partners.${index}.organizationId`} label="Partner organization" options={partners} blank="Choose…" isRequired />
      <SelectField name={`partners.${index}.role`} label="Partner role" options={ROLES} blank="Choose…" isRequired />
    </>
  );
}
