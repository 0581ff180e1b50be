"use client";

import { INCIDENT_FIELD_LABELS as L } from "@/lib/schemas/incident-vocabulary";
import type { Option } from "./field-state";
import { SelectField } from "./fields";

export function VesselSection({ vessels }: { vessels: readonly Option[] }) {
  return (
    <fieldset className="form-section">
      <legend>Rescuing vessel</legend>
      <SelectField name="vesselId" label={L.vesselId} options={vessels} blank="None — no rescuing vessel" />
    </fieldset>
  );
}
