"use client";

import { INJURY_TYPE_LABELS, SEVERITY_LABELS } from "@/lib/labels";
import { optionsOf } from "./field-state";
import { CountField, SelectField } from "./fields";
import type { ListError } from "./row-list";

const TYPES = optionsOf(INJURY_TYPE_LABELS);
const SEVERITIES = optionsOf(SEVERITY_LABELS);

export function InjuryRow({ index, listError }: { index: number; listError: ListError }) {
  return (
    <>
      <SelectField name={`injuries.${index}.type`} label="Injury type" options={TYPES} blank="Choose…" isRequired />
      <SelectField name={`injuries.${index}.severity`} label="Severity" options={SEVERITIES} blank="Choose…" isRequired />
      <CountField name={`injuries.${index}.count`} label="Number injured" isRequired listError={listError} />
    </>
  );
}
