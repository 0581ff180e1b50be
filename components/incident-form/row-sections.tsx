"use client";

import { useTranslations } from "next-intl";
import type { CountryOption } from "@/lib/countries";
import { EvacuationRow } from "./evacuation-row";
import type { Option } from "./field-state";
import { newEvacuation, newInjury, newNationality, newPartner } from "./form-values";
import { InjuryRow } from "./injury-row";
import { CountryList, NationalityRow } from "./nationality-row";
import { PartnerRow } from "./partner-row";
import { RowList } from "./row-list";

export function InjuriesSection() {
  const tField = useTranslations("validation.incidentField");
  return (
    <RowList name="injuries" legend={tField("injuries")} newRow={newInjury}>
      {(index, listError) => <InjuryRow index={index} listError={listError} />}
    </RowList>
  );
}

export function EvacuationsSection() {
  const tField = useTranslations("validation.incidentField");
  return (
    <RowList name="evacuations" legend={tField("evacuations")} newRow={newEvacuation}>
      {(index, listError) => <EvacuationRow index={index} listError={listError} />}
    </RowList>
  );
}

export function PartnersSection({ partners }: { partners: readonly Option[] }) {
  const tField = useTranslations("validation.incidentField");
  return (
    <RowList name="partners" legend={tField("partners")} newRow={newPartner}>
      {(index) => <PartnerRow index={index} partners={partners} />}
    </RowList>
  );
}

export function NationalitiesSection({ countries }: { countries: readonly CountryOption[] }) {
  const tField = useTranslations("validation.incidentField");
  return (
    <>
      <RowList name="nationalities" legend={tField("nationalities")} newRow={newNationality}>
        {(index, listError) => <NationalityRow index={index} listError={listError} />}
      </RowList>
      <CountryList countries={countries} />
    </>
  );
}
