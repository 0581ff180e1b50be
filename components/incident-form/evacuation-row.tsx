"use client";

import { EVACUATION_MEANS_LABELS } from "@/lib/labels";
import { optionsOf } from "./field-state";
import { CountField, SelectField, TextField } from "./fields";
import type { ListError } from "./row-list";

const MEANS = optionsOf(EVACUATION_MEANS_LABELS);

export function EvacuationRow({ index, listError }: { index: number; listError: ListError }) {
  return (
    <>
      <CountField name={`evacuations.${index}.count`} label="Number evacuated" isRequired listError={listError} />
      <SelectField name={`evacuations.${index}.means`} label="Means" options={MEANS} blank="Choose…" isRequired />
      <TextField name={`evacuations.${index}.destination`} label="Destination" />
      <TextField name={`evacuations.${index}.evacuatedAt`} label="Evacuation time" type="datetime-local" />
    </>
  );
}
