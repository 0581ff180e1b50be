"use client";

import { BOAT_CONDITION_LABELS, BOAT_TYPE_LABELS } from "@/lib/labels";
import { INCIDENT_FIELD_LABELS as L } from "@/lib/schemas/incident-vocabulary";
import { optionsOf } from "./field-state";
import { CheckboxGroup, CountField, SelectField } from "./fields";

const BOAT_TYPES = optionsOf(BOAT_TYPE_LABELS);
const BOAT_CONDITIONS = optionsOf(BOAT_CONDITION_LABELS);

export function BoatSection() {
  return (
    <fieldset className="form-section">
      <legend>Boat in distress</legend>
      <div className="form-grid">
        <SelectField name="boatType" label={L.boatType} options={BOAT_TYPES} blank="Not known" />
        <CountField name="personsOnBoard" label={L.personsOnBoard} hint="Leave blank when unknown." />
      </div>
      <CheckboxGroup name="boatConditions" label={L.boatConditions} options={BOAT_CONDITIONS} />
    </fieldset>
  );
}
