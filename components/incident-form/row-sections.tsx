"use client";

import { INCIDENT_FIELD_LABELS as L } from "@/lib/schemas/incident-vocabulary";
import { EvacuationRow } from "./evacuation-row";
import type { Option } from "./field-state";
import { newEvacuation, newInjury, newNationality, newPartner } from "./form-values";
import { InjuryRow } from "./injury-row";
import { CountryList, NationalityRow } from "./nationality-row";
import { PartnerRow } from "./partner-row";
import { RowList } from "./row-list";

export function InjuriesSection() {
  return (
    <RowList name="injuries" legend={L.injuries} itemLabel="Injury" newRow={newInjury}>
      {(index, listError) => <InjuryRow index={index} listError={listError} />}
    </RowList>
  );
}

export function EvacuationsSection() {
  return (
    <RowList name="evacuations" legend={L.evacuations} itemLabel="Evacuation" newRow={newEvacuation}>
      {(index, listError) => <EvacuationRow index={index} listError={listError} />}
    </RowList>
  );
}

export function PartnersSection({ partners }: { partners: readonly Option[] }) {
  return (
    <RowList name="partners" legend={L.partners} itemLabel="Partner" newRow={newPartner}>
      {(index) => <PartnerRow index={index} partners={partners} />}
    </RowList>
  );
}

export function NationalitiesSection() {
  return (
    <>
      <RowList name="nationalities" legend={L.nationalities} itemLabel="Nationality" newRow={newNationality}>
        {(index, listError) => <NationalityRow index={index} listError={listError} />}
      </RowList>
      <CountryList />
    </>
  );
}
