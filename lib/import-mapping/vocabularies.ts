import { BoatCondition, BoatType, CauseOfDeath, IncidentStatus } from "@/generated/prisma/enums";
import { translateCauses, translateRegion, translateRoute } from "@/lib/csv/iom-vocabulary";
import { BOAT_CONDITION_LABELS, BOAT_TYPE_LABELS, CAUSE_OF_DEATH_LABELS, STATUS_LABELS } from "@/lib/labels";
import { IOM_REGIONS, IOM_ROUTES } from "@/lib/schemas/incident-vocabulary";
import type { MappableField } from "./fields";
import { bestOf, matchScore, normalised, words } from "./normalise";

// The vocabularies of the fields whose values are codes, and the words (several languages) that usually
// stand for each code in other people's spreadsheets.
export const VOCABULARY_FIELDS = ["status", "region", "route", "boat_type", "boat_conditions", "causes_of_death"] as const satisfies readonly MappableField[];
export type VocabularyField = (typeof VOCABULARY_FIELDS)[number];
export const isVocabularyField = (field: string): field is VocabularyField => (VOCABULARY_FIELDS as readonly string[]).includes(field);

export const VOCABULARIES: Record<VocabularyField, readonly string[]> = {
  status: Object.values(IncidentStatus), region: IOM_REGIONS, route: IOM_ROUTES, boat_type: Object.values(BoatType),
  boat_conditions: Object.values(BoatCondition), causes_of_death: Object.values(CauseOfDeath),
};

const WORDS: Partial<Record<VocabularyField, Record<string, string[]>>> = {
  status: {
    DRAFT: ["draft", "bozza", "brouillon", "entwurf", "borrador"], SUBMITTED: ["submitted", "inviato", "soumis", "eingereicht", "enviado"],
    VERIFIED: ["verified", "verificato", "vérifié", "geprüft", "verificado"], ARCHIVED: ["archived", "archiviato", "archivé", "archiviert", "archivado"],
  },
  boat_type: {
    INFLATABLE: ["rubber", "rubber boat", "dinghy", "inflatable", "gommone", "pneumatique", "zodiac", "schlauchboot", "neumática", "قارب مطاطي"],
    WOODEN: ["wood", "wooden", "legno", "bois", "holz", "holzboot", "madera", "خشبي"],
    FIBREGLASS: ["fibreglass", "fiberglass", "vetroresina", "fibre verre", "glasfaser", "fibra vidrio"],
    FISHING: ["fishing", "fishing boat", "peschereccio", "pêche", "chalutier", "fischerboot", "fischkutter", "pesquero"],
    OTHER: ["other", "altro", "autre", "andere", "otro"],
  },
  boat_conditions: {
    SINKING: ["sinking", "affondamento", "affonda", "coule", "sinkend", "hundiéndose"],
    TAKING_WATER: ["taking water", "imbarca acqua", "voie eau", "wassereinbruch", "haciendo agua"],
    CAPSIZED: ["capsized", "ribaltata", "capovolta", "chaviré", "gekentert", "volcado"],
    ADRIFT: ["adrift", "deriva", "dérive", "treibend"],
    ENGINE_FAILURE: ["engine failure", "avaria motore", "panne moteur", "motorschaden", "avería motor"],
    OVERCROWDED: ["overcrowded", "sovraffollata", "surchargé", "überfüllt", "sobrecargado"], OTHER: ["other", "altro", "autre", "andere", "otro"],
  },
  causes_of_death: {
    DROWNING: ["drowning", "drowned", "annegamento", "noyade", "ertrinken", "ertrunken", "ahogamiento", "غرق"],
    SUFFOCATION: ["asphyxia", "soffocamento", "asfissia", "étouffement", "asphyxie", "ersticken", "asfixia"],
    FUEL_BURNS: ["burns", "ustioni", "brûlures", "verbrennungen", "quemaduras"], HYPOTHERMIA: ["ipotermia", "hypothermie", "unterkühlung", "hipotermia"],
    DEHYDRATION: ["disidratazione", "déshydratation", "dehydrierung", "deshidratación"], TRAUMA: ["traumatismo", "traumatisme"],
    VIOLENCE: ["violenza", "gewalt", "violencia"], SICKNESS: ["illness", "malattia", "maladie", "krankheit", "enfermedad"],
    UNKNOWN: ["sconosciuta", "inconnue", "unbekannt", "desconocida"],
  },
};
const LABELS: Partial<Record<VocabularyField, Record<string, string>>> = {
  status: STATUS_LABELS, boat_type: BOAT_TYPE_LABELS, boat_conditions: BOAT_CONDITION_LABELS, causes_of_death: CAUSE_OF_DEATH_LABELS,
};

const SYNONYMS = Object.fromEntries(VOCABULARY_FIELDS.map((field) => [field, VOCABULARIES[field].map((code) => ({
  code, synonyms: [code.replace(/_/g, " "), LABELS[field]?.[code] ?? "", ...(WORDS[field]?.[code] ?? [])].filter(Boolean).map(words),
}))])) as Record<VocabularyField, { code: string; synonyms: string[][] }[]>;

/** IOM's older names for regions and routes, and its cause keywords, where they name one of ours outright. */
function iomWord(field: VocabularyField, value: string): string | null {
  if (field === "region") return translateRegion(value).value;
  if (field === "route") return translateRoute(value).value;
  if (field !== "causes_of_death") return null;
  const { causes } = translateCauses(value);
  return causes.length === 1 && causes[0] !== "OTHER" ? causes[0] : null;
}

/** The code a value of the file most likely stands for ("Drowning / noyade" → DROWNING), or null. */
export function proposeValue(field: VocabularyField, value: string): string | null {
  if (!normalised(value)) return null;
  const parts = [value, ...value.split(/[/|()]/)].map(words).filter((part) => part.length > 0);
  const scored = parts.flatMap((part) => SYNONYMS[field].map(({ code, synonyms }) => ({ value: code, score: Math.max(...synonyms.map((s) => matchScore(part, s))) })));
  return bestOf(scored)?.value ?? iomWord(field, value.trim());
}

/** Proposed codes for the values of a column, leaving out those with none. */
export function proposeValues(field: VocabularyField, values: readonly string[]): Record<string, string> {
  return Object.fromEntries(values.flatMap((value) => {
    const code = proposeValue(field, value);
    return code ? [[value, code]] : [];
  }));
}
