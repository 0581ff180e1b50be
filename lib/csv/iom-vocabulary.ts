import { messageKey } from "@/lib/i18n/message-key";
import type { CauseOfDeath } from "@/generated/prisma/enums";
import { CAUSE_OF_DEATH_LABELS } from "@/lib/labels";
import { IOM_REGIONS, IOM_ROUTES } from "@/lib/schemas/incident-vocabulary";

// How the 2021 IOM download's words become the ledger's vocabulary (IOM's current, UNSD-based regions
// and routes). Every translation is reported in the dry run with its count; values of our own
// vocabulary pass unchanged, so exporting and importing again changes nothing.
export type Region = (typeof IOM_REGIONS)[number];
export type Route = (typeof IOM_ROUTES)[number];

/** How IOM's "URL" was joined to the source before it had a field of its own: still read in older files. */
export const IOM_URL_MARK = "\nURL: ";

const OLD_REGIONS: Record<string, Region> = {
  "North Africa": "Northern Africa", "Middle East": "Western Asia", "US-Mexico Border": "Northern America",
  "North America": "Northern America", "Horn of Africa": "Eastern Africa", "Southeast Asia": "South-eastern Asia",
  "South Asia": "Southern Asia", "East Asia": "Eastern Asia",
};
const AFRICAN_SUBREGIONS: Record<string, Region> = {
  "Western Africa": "Western Africa", "Eastern Africa": "Eastern Africa", "Central Africa": "Middle Africa",
  "Middle Africa": "Middle Africa", "Southern Africa": "Southern Africa", "Northern Africa": "Northern Africa",
};

export type Translated<T> = { value: T | null; from?: string; problem?: string };

const exact = <T extends string>(values: readonly T[], text: string) => values.find((v) => v.toLowerCase() === text.toLowerCase());

/** IOM's 2021 region; "Sub-Saharan Africa" is placed by the row's UNSD grouping. */
export function translateRegion(text: string, unsdGrouping = ""): Translated<Region> {
  if (!text) return { value: null };
  const same = exact(IOM_REGIONS, text);
  if (same) return { value: same };
  const renamed = OLD_REGIONS[text] ?? (text === "Sub-Saharan Africa" ? AFRICAN_SUBREGIONS[unsdGrouping] : undefined);
  if (renamed) return { value: renamed, from: text === "Sub-Saharan Africa" ? `${text} (${unsdGrouping})` : text };
  return {
    value: null,
    problem: messageKey("validation.import.iomRegionUnmatched", { region: text, grouping: unsdGrouping || "none", regions: IOM_REGIONS.join(", ") }),
  };
}

const OLD_ROUTES: Record<string, Route> = {
  "Western Africa / Atlantic route to the Canary Islands": "Atlantic route to the Canary Islands",
  "Central America to US": "US-Mexico border crossing", "Darien Gap": "Darien", "Dominican Republic to Puerto Rico": "Caribbean to US",
  "Italy to France": "Other", "Caribbean to Central America": "Other", "Venezuela to Caribbean": "Other",
  "Malaysia to Indonesia": "Other", "Haiti to Dominican Republic": "Other",
};

export function translateRoute(text: string): Translated<Route> {
  if (!text) return { value: null };
  const same = exact(IOM_ROUTES, text);
  if (same) return { value: same };
  if (OLD_ROUTES[text]) return { value: OLD_ROUTES[text], from: text };
  return { value: null, problem: messageKey("validation.import.iomRouteUnmatched", { route: text, routes: IOM_ROUTES.join(", ") }) };
}

// Most specific first: "Unknown (presumed dehydration, hypothermia)" is unknown, not dehydration.
const CAUSE_RULES: [RegExp, CauseOfDeath][] = [
  [/^(unknown|mixed)/i, "UNKNOWN"], [/drown/i, "DROWNING"], [/suffocat|asphyx/i, "SUFFOCATION"], [/fuel|burn/i, "FUEL_BURNS"],
  [/hypotherm/i, "HYPOTHERMIA"], [/dehydrat/i, "DEHYDRATION"], [/shot|stab|murder|violen|abuse|kill/i, "VIOLENCE"],
  [/trauma|accident|hit by|fall|fell|train|vehicle|truck/i, "TRAUMA"], [/sick|illness|disease/i, "SICKNESS"],
];
const LABELLED = Object.entries(CAUSE_OF_DEATH_LABELS) as [CauseOfDeath, string][];

/** Splits "A, B (c, d)" at the commas outside brackets. */
export function splitCauses(text: string): string[] {
  const parts: string[] = [];
  let depth = 0, current = "";
  for (const ch of text) {
    if (ch === "(") depth++;
    if (ch === ")") depth = Math.max(0, depth - 1);
    if (ch === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts.filter(Boolean);
}

/** Each of IOM's causes as one of ours: our own words exactly, then keywords, else OTHER (reported). */
export function translateCauses(text: string): { causes: CauseOfDeath[]; translations: { from: string; to: CauseOfDeath }[] } {
  const causes = new Set<CauseOfDeath>();
  const translations: { from: string; to: CauseOfDeath }[] = [];
  for (const part of splitCauses(text)) {
    const own = LABELLED.find(([code, label]) => label.toLowerCase() === part.toLowerCase() || code === part.toUpperCase());
    const cause = own?.[0] ?? CAUSE_RULES.find(([pattern]) => pattern.test(part))?.[1] ?? "OTHER";
    if (!own) translations.push({ from: part, to: cause });
    causes.add(cause);
  }
  return { causes: [...causes], translations };
}
