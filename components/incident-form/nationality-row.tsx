"use client";

import { countryOptions } from "@/lib/countries";
import { CountField, TextField } from "./fields";
import type { ListError } from "./row-list";

export const COUNTRY_LIST_ID = "iso-countries";

/** The countries every country field suggests as the user types (a native, keyboard-operable list). */
export function CountryList() {
  return (
    <datalist id={COUNTRY_LIST_ID}>
      {countryOptions().map(({ code, name }) => <option key={code} value={name} />)}
    </datalist>
  );
}

export function NationalityRow({ index, listError }: { index: number; listError: ListError }) {
  return (
    <>
      <TextField name={`nationalities.${index}.country`} label="Country" list={COUNTRY_LIST_ID} isRequired hint="Type to search, e.g. Eritrea or ER." />
      <CountField name={`nationalities.${index}.count`} label="Number of people" isRequired listError={listError} rules={{ deps: ["nationalities"] }} />
    </>
  );
}
