"use client";

import { useTranslations } from "next-intl";
import type { CountryOption } from "@/lib/countries";
import { CountField, TextField } from "./fields";
import type { ListError } from "./row-list";

export const COUNTRY_LIST_ID = "iso-countries";

/** The countries every country field suggests as the user types (a native, keyboard-operable list). */
export function CountryList({ countries }: { countries: readonly CountryOption[] }) {
  return (
    <datalist id={COUNTRY_LIST_ID}>
      {countries.map(({ code, name }) => <option key={code} value={name} />)}
    </datalist>
  );
}

export function NationalityRow({ index, listError }: { index: number; listError: ListError }) {
  const t = useTranslations("incidentForm");
  const tField = useTranslations("validation.incidentField");
  return (
    <>
      <TextField name={`nationalities.${index}.country`} label={tField("country")} list={COUNTRY_LIST_ID} isRequired hint={t("countryHint")} />
      <CountField name={`nationalities.${index}.count`} label={tField("nationalityCount")} listError={listError} rules={{ deps: ["nationalities"] }} />
    </>
  );
}
