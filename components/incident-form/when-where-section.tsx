"use client";

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { useWatch } from "react-hook-form";
import { PositionReading } from "@/components/forms/position-reading";
import type { IncidentFormValues } from "@/lib/schemas/incident";
import { IOM_REGIONS, IOM_ROUTES, vocabCase } from "@/lib/schemas/incident-vocabulary";
import { optionsFrom } from "./field-state";
import { SelectField, TextField } from "./fields";


const subscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function TimeZoneNote() {
  // The server cannot know the reader's zone: its render names none, the browser's fills it in.
  const t = useTranslations("incidentForm");
  const zone = useSyncExternalStore(subscribe, browserZone, () => null);
  return <>{zone ? t("timeZoneNamed", { zone }) : t("timeZone")}</>;
}

function PositionPreview() {
  return <PositionReading text={useWatch<IncidentFormValues, "position">({ name: "position" })} />;
}

export function WhenWhereSection() {
  const t = useTranslations("incidentForm");
  const tField = useTranslations("validation.incidentField");
  const tVocab = useTranslations("vocab");
  return (
    <fieldset className="form-section">
      <legend>{t("whenWhereSection")}</legend>
      <div className="form-grid">
        <TextField name="occurredAt" label={tField("occurredAt")} type="datetime-local" isRequired hint={<TimeZoneNote />} />
        <TextField name="position" label={tField("position")} isRequired hint={<PositionPreview />} />
        <TextField name="locationOfDeath" label={tField("locationOfDeath")} />
        <SelectField name="region" label={tField("region")} options={optionsFrom(IOM_REGIONS, (region) => tVocab("region", { region: vocabCase(region) }))} blank={t("notKnown")} />
        <SelectField name="route" label={tField("route")} options={optionsFrom(IOM_ROUTES, (route) => tVocab("route", { route: vocabCase(route) }))} blank={t("notKnown")} />
      </div>
    </fieldset>
  );
}
