"use client";

import { useSyncExternalStore } from "react";
import { useWatch } from "react-hook-form";
import { parsePosition } from "@/lib/geo/parse-position";
import type { IncidentFormValues } from "@/lib/schemas/incident";
import { INCIDENT_FIELD_LABELS as L, IOM_REGIONS, IOM_ROUTES } from "@/lib/schemas/incident-vocabulary";
import { SelectField, TextField } from "./fields";

const REGION_OPTIONS = IOM_REGIONS.map((value) => ({ value, label: value }));
const ROUTE_OPTIONS = IOM_ROUTES.map((value) => ({ value, label: value }));

const subscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

function TimeZoneNote() {
  // The server cannot know the reader's zone: its render names none, the browser's fills it in.
  const zone = useSyncExternalStore(subscribe, browserZone, () => null);
  return <>Times are in your time zone{zone && ` (${zone})`}.</>;
}

function PositionPreview() {
  const text = useWatch<IncidentFormValues, "position">({ name: "position" });
  if (!text?.trim()) return <>Any format, e.g. 33°07.4′N 012°30.0′E or 33.1234, 12.5.</>;
  const parsed = parsePosition(text);
  return parsed.ok ? <>Reads as {parsed.normalized}</> : <>{parsed.error}.</>;
}

export function WhenWhereSection() {
  return (
    <fieldset className="form-section">
      <legend>When and where</legend>
      <div className="form-grid">
        <TextField name="occurredAt" label={L.occurredAt} type="datetime-local" isRequired hint={<TimeZoneNote />} />
        <TextField name="position" label={L.position} isRequired hint={<PositionPreview />} />
        <SelectField name="region" label={L.region} options={REGION_OPTIONS} blank="Not known" />
        <SelectField name="route" label={L.route} options={ROUTE_OPTIONS} blank="Not known" />
      </div>
    </fieldset>
  );
}
