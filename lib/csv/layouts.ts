import { messageKey } from "@/lib/i18n/message-key";
import { LEDGER_COLUMNS, NATIONALITY_COLUMNS } from "./columns";
import { IOM_LAYOUTS, type IomLayout } from "./iom-layouts";

// Which layout an uploaded file is in, told by its header row alone.
export type ImportLayout = "ledger" | IomLayout | "nationalities";

/** Columns of our layout that the import reads; the others are derived or kept by the system. */
export const LEDGER_IMPORTED = [
  "reference", "status", "organization", "occurred_at", "latitude", "longitude", "position_text", "location_of_death", "region", "route",
  "unsd_grouping", "vessel",
  "boat_type", "boat_conditions", "persons_on_board", "rescued", "dead", "missing", "causes_of_death", "children",
  "unaccompanied_minors", "women", "pregnant_women", "infants", "men", "girls", "boys", "sex_age_unknown", "nationalities",
  "region_of_origin", "departure_place", "departed_at", "injuries", "evacuations", "partners", "coordinating_authority",
  "disembarkation_port", "sea_state", "narrative", "source", "source_url", "source_quality", "external_id", "source_dataset",
  "event_group",
] as const satisfies readonly (typeof LEDGER_COLUMNS)[number]["name"][];
export type LedgerImported = (typeof LEDGER_IMPORTED)[number];

const LEDGER_NAMES: readonly string[] = LEDGER_COLUMNS.map((c) => c.name);
const IOM_NAMES = (layout: IomLayout): readonly string[] => IOM_LAYOUTS[layout].columns.map((c) => c.name);
const NATIONALITY_NAMES: readonly string[] = NATIONALITY_COLUMNS.map((c) => c.name);
/** The long nationalities file sets the nationalities of the incidents it names; occurred_at is for reading only. */
const NATIONALITIES_IMPORTED = ["reference", "country", "count"] as const;
const key = (name: string) => name.trim().toLowerCase();

export type Detected =
  | { ok: true; layout: ImportLayout; index: Map<string, number>; ignored: string[] }
  | { ok: false; message: string; canMap?: boolean };

/**
 * IOM: all the column names of one of IOM's two layouts (any order, any case). Ledger: occurred_at and a position (position_text,
 * or latitude and longitude); other columns of the layout optional; unknown columns ignored and reported.
 */
export function detectLayout(header: readonly string[]): Detected {
  const seen = new Map<string, number>();
  for (const [i, name] of header.entries()) {
    if (seen.has(key(name))) return { ok: false, message: messageKey("validation.import.headerTwice", { name: name.trim() }) };
    seen.set(key(name), i);
  }
  const has = (name: string) => seen.has(key(name));
  const indexOf = (names: readonly string[]) => new Map(names.filter(has).map((name) => [name, seen.get(key(name))!]));
  for (const layout of ["iom", "iom2021"] as const) {
    const names = IOM_NAMES(layout);
    if (names.every(has)) return { ok: true, layout, index: indexOf(names), ignored: unknown(header, names) };
  }
  if (has("occurred_at") && (has("position_text") || (has("latitude") && has("longitude")))) {
    return { ok: true, layout: "ledger", index: indexOf(LEDGER_IMPORTED), ignored: unknown(header, LEDGER_NAMES) };
  }
  if (NATIONALITIES_IMPORTED.every(has)) {
    return { ok: true, layout: "nationalities", index: indexOf(NATIONALITIES_IMPORTED), ignored: unknown(header, NATIONALITY_NAMES) };
  }
  // The IOM layout the header comes closest to, for saying what it lacks.
  const [closest] = (["iom", "iom2021"] as const).map((layout) => IOM_NAMES(layout)).sort((a, b) => b.filter(has).length - a.filter(has).length);
  // Any other header can still be read through a column mapping (lib/import-mapping), unless its columns
  // are not even told apart: one column with semicolons in its name is a file saved with the wrong separator.
  const semicolons = header.length === 1 && header[0].includes(";");
  return {
    ok: false,
    canMap: !semicolons,
    message: messageKey("validation.import.headerUnknown", {
      semicolons: semicolons ? "yes" : "no",
      iomMissing: closest.filter(has).length >= 10 ? closest.filter((n) => !has(n)).join(", ") : "none",
      ledger: LEDGER_NAMES.join(", "), iom: IOM_NAMES("iom").join(", "), iom2021: IOM_NAMES("iom2021").join(", "), nationalities: NATIONALITIES_IMPORTED.join(", "),
    }),
  };
}

function unknown(header: readonly string[], known: readonly string[]) {
  const names = new Set(known.map(key));
  return header.filter((name) => !names.has(key(name)) && name.trim() !== "");
}
