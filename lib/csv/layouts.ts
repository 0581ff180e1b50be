import { messageKey } from "@/lib/i18n/message-key";
import { IOM_COLUMNS, LEDGER_COLUMNS, NATIONALITY_COLUMNS } from "./columns";

// Which layout an uploaded file is in, told by its header row alone.
export type ImportLayout = "ledger" | "iom" | "nationalities";

/** Columns of our layout that the import reads; the others are derived or kept by the system. */
export const LEDGER_IMPORTED = [
  "reference", "status", "organization", "occurred_at", "latitude", "longitude", "position_text", "region", "route", "vessel",
  "boat_type", "boat_conditions", "persons_on_board", "rescued", "dead", "missing", "causes_of_death", "children",
  "unaccompanied_minors", "women", "pregnant_women", "infants", "men", "girls", "boys", "sex_age_unknown", "nationalities",
  "departure_place", "departed_at", "injuries", "evacuations", "partners", "coordinating_authority",
  "disembarkation_port", "sea_state", "narrative", "source", "source_quality", "external_id", "source_dataset",
] as const satisfies readonly (typeof LEDGER_COLUMNS)[number]["name"][];
export type LedgerImported = (typeof LEDGER_IMPORTED)[number];

const LEDGER_NAMES: readonly string[] = LEDGER_COLUMNS.map((c) => c.name);
const IOM_NAMES: readonly string[] = IOM_COLUMNS.map((c) => c.name);
const NATIONALITY_NAMES: readonly string[] = NATIONALITY_COLUMNS.map((c) => c.name);
/** The long nationalities file sets the nationalities of the incidents it names; occurred_at is for reading only. */
const NATIONALITIES_IMPORTED = ["reference", "country", "count"] as const;
const key = (name: string) => name.trim().toLowerCase();

export type Detected =
  | { ok: true; layout: ImportLayout; index: Map<string, number>; ignored: string[] }
  | { ok: false; message: string; canMap?: boolean };

/**
 * IOM: all 20 IOM column names (any order, any case). Ledger: occurred_at and a position (position_text,
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
  const iomFound = IOM_NAMES.filter(has);
  if (iomFound.length === IOM_NAMES.length) return { ok: true, layout: "iom", index: indexOf(IOM_NAMES), ignored: unknown(header, IOM_NAMES) };
  if (has("occurred_at") && (has("position_text") || (has("latitude") && has("longitude")))) {
    return { ok: true, layout: "ledger", index: indexOf(LEDGER_IMPORTED), ignored: unknown(header, LEDGER_NAMES) };
  }
  if (NATIONALITIES_IMPORTED.every(has)) {
    return { ok: true, layout: "nationalities", index: indexOf(NATIONALITIES_IMPORTED), ignored: unknown(header, NATIONALITY_NAMES) };
  }
  // Any other header can still be read through a column mapping (lib/import-mapping), unless its columns
  // are not even told apart: one column with semicolons in its name is a file saved with the wrong separator.
  const semicolons = header.length === 1 && header[0].includes(";");
  return {
    ok: false,
    canMap: !semicolons,
    message: messageKey("validation.import.headerUnknown", {
      semicolons: semicolons ? "yes" : "no",
      iomMissing: iomFound.length >= 10 ? IOM_NAMES.filter((n) => !has(n)).join(", ") : "none",
      ledger: LEDGER_NAMES.join(", "), iom: IOM_NAMES.join(", "), nationalities: NATIONALITIES_IMPORTED.join(", "),
    }),
  };
}

function unknown(header: readonly string[], known: readonly string[]) {
  const names = new Set(known.map(key));
  return header.filter((name) => !names.has(key(name)) && name.trim() !== "");
}
