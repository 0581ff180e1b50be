import "server-only";
import { PersonalDataFound, type PersonalDataWarnings } from "@/lib/app-error";
import { db } from "@/lib/db";
import { type KnownNames, knownNames, type PersonalDataKind, personalDataWarnings } from "@/lib/privacy/personal-data";

type Texts = Record<string, string | null | undefined>;

/** What an audit event keeps of a confirmed save's warnings: the kinds per field, never the text. */
export type PiiWarnings = Record<string, PersonalDataKind[]>;

// Vessel and organization names are data, not people: the registry's, all of them, as the warnings
// only ever let text through. Read only when the built-in stop list alone leaves something to warn of.
async function registryNames(): Promise<KnownNames> {
  const [vessels, organizations] = await Promise.all([
    db.vessel.findMany({ select: { name: true } }),
    db.organization.findMany({ select: { name: true, shortName: true } }),
  ]);
  return knownNames([...vessels.map((v) => v.name), ...organizations.flatMap((o) => [o.name, o.shortName])]);
}

// Only what this save adds: personal data already saved (and confirmed then) is not warned of again.
function newWarnings(texts: Texts, stored: Texts, known?: KnownNames) {
  const warnings: PersonalDataWarnings = {};
  for (const [field, text] of Object.entries(texts)) {
    const added = personalDataWarnings(text, known).filter((warning) => !stored[field]?.includes(warning.text));
    if (added.length > 0) warnings[field] = added;
  }
  return warnings;
}

/**
 * The free-text fields' check before saving (the form's own check runs in the browser): text that
 * looks like personal data is refused with its warnings unless the user chose to save it anyway; then
 * the kinds found, for the save's audit event. Undefined when there is nothing to warn of.
 */
export async function checkPersonalData(texts: Texts, stored: Texts | null, isAcknowledged: boolean): Promise<PiiWarnings | undefined> {
  if (Object.keys(newWarnings(texts, stored ?? {})).length === 0) return undefined;
  const warnings = newWarnings(texts, stored ?? {}, await registryNames());
  if (Object.keys(warnings).length === 0) return undefined;
  if (!isAcknowledged) throw new PersonalDataFound(warnings);
  return Object.fromEntries(Object.entries(warnings).map(([field, found]) => [field, [...new Set(found.map((w) => w.kind))]]));
}
