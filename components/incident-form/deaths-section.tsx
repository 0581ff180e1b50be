"use client";

import { useWatch } from "react-hook-form";
import { CAUSE_OF_DEATH_LABELS } from "@/lib/labels";
import type { IncidentFormValues } from "@/lib/schemas/incident";
import { INCIDENT_FIELD_LABELS as L } from "@/lib/schemas/incident-vocabulary";
import { optionsOf } from "./field-state";
import { CheckboxGroup } from "./fields";

const CAUSES = optionsOf(CAUSE_OF_DEATH_LABELS);

/** Shown only once someone died; the schema drops the causes when Dead is 0. */
export function DeathsSection() {
  const dead = useWatch<IncidentFormValues, "dead">({ name: "dead" });
  if (!(Number(dead) > 0)) return null;
  return (
    <fieldset className="form-section">
      <legend>Deaths</legend>
      <CheckboxGroup name="causesOfDeath" label={L.causesOfDeath} options={CAUSES} />
    </fieldset>
  );
}
