"use client";

import { INCIDENT_FIELD_LABELS as L, SOURCE_QUALITY_LABELS } from "@/lib/schemas/incident-vocabulary";
import { optionsOf } from "./field-state";
import { SelectField, TextAreaField, TextField } from "./fields";

const QUALITIES = optionsOf(SOURCE_QUALITY_LABELS);

export function NarrativeSection() {
  return (
    <fieldset className="form-section">
      <legend>Narrative and source</legend>
      <TextAreaField name="narrative" label={L.narrative} rows={8} />
      <div className="form-grid">
        <TextField name="source" label={L.source} placeholder="e.g. MSF press release, ship's log" />
        <SelectField name="sourceQuality" label={L.sourceQuality} options={QUALITIES} blank="Not rated" />
      </div>
    </fieldset>
  );
}
