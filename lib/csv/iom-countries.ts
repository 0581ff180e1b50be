import { countryCodeOf } from "@/lib/countries";
import { splitCauses } from "./iom-vocabulary";

// IOM's "Country of Origin": country names separated by commas ("Eritrea, Sudan"), in the UN's wording
// ("Iran (Islamic Republic of)", "Republic of Moldova"), or words that name no country ("Unknown").
const NO_COUNTRY = /^(unknown|mixed|mixed or unknown|n\/a)$/i;

/** The ISO code of one of IOM's country names: as written, else without the UN's qualifier, else turned round. */
export function iomCountryCode(name: string): string | null {
  const bare = name.replace(/\s*\(.*\)$/, "");
  const republic = /^Republic of (.+)$/i.exec(bare)?.[1];
  return countryCodeOf(name) ?? countryCodeOf(bare) ?? (republic ? countryCodeOf(republic) ?? countryCodeOf(`${republic}, Republic of`) : null);
}

/** The countries named, each once, and the names that are no country of ISO 3166-1. */
export function readCountriesOfOrigin(text: string): { codes: string[]; unread: string[] } {
  const codes = new Set<string>();
  const unread: string[] = [];
  const parts = splitCauses(text.replaceAll(";", ","));
  for (let i = 0; i < parts.length; i++) {
    // A name with a comma of its own ("Bonaire, Sint Eustatius and Saba") is two parts.
    const joined = i + 1 < parts.length ? iomCountryCode(`${parts[i]}, ${parts[i + 1]}`) : null;
    const code = joined ?? iomCountryCode(parts[i]);
    if (joined) i++;
    if (code) codes.add(code);
    else if (!NO_COUNTRY.test(parts[i])) unread.push(parts[i]);
  }
  return { codes: [...codes], unread };
}
