"use client";

import { INCIDENT_FIELD_LABELS as L } from "@/lib/schemas/incident-vocabulary";
import { TextField } from "./fields";

export function CoordinationSection() {
  return (
    <fieldset className="form-section">
      <legend>Coordination</legend>
      <div className="form-grid">
        <TextField name="coordinatingAuthority" label={L.coordinatingAuthority} placeholder="e.g. MRCC Rome" />
        <TextField name="disembarkationPort" label={L.disembarkationPort} placeholder="e.g. Augusta" />
        <TextField name="seaState" label={L.seaState} placeholder="e.g. Douglas 3, wind NW 15 kn" />
      </div>
    </fieldset>
  );
}
