"use client";

import { BOAT_CONDITION_LABELS, BOAT_TYPE_LABELS } from "@/lib/labels";
import { INCIDENT_FIELD_LABELS as L } from "@/lib/schemas/incident-vocabulary";
import { type FieldName, optionsOf } from "./field-state";
import { CheckboxGroup, CountField, SelectField } from "./fields";

const BOAT_TYPES = optionsOf(BOAT_TYPE_LABELS);
const BOAT_CONDITIONS = optionsOf(BOAT_CONDITION_LABELS);
// The parts of the people on board are checked again against a changed whole.
const CHECKS_PARTS: { deps: FieldName[] } = { deps: ["women", "men", "children", "girls", "boys", "sexAgeUnknown", "nationalities"] };

export function BoatSection() {
  return (
    <fieldset className="form-section">
      <legend>Boat in distress</legend>
      <div className="form-grid">
        <SelectField name="boatType" label={L.boatType} options={BOAT_TYPES} blank="Not known" />
        <CountField name="personsOnBoard" label={L.personsOnBoard} hint="Leave blank when unknown." rules={CHECKS_PARTS} />
      </div>
      <CheckboxGroup name="boatConditions" label={L.boatConditions} options={BOAT_CONDITIONS} />
    </fieldset>
  );
}
