import { LEDGER_IMPORTED, type LedgerImported } from "@/lib/csv/layouts";

// The fields a column can be mapped to: the ledger layout's imported columns, each with how its cells
// are read and the headers that usually name it (en, it, fr, de, es, ar), compared after normalise.ts.
export type FieldKind = "text" | "count" | "coordinate" | "date" | "choice" | "choices";
export type MappableField = LedgerImported;
export const MAPPABLE_FIELDS = LEDGER_IMPORTED;
export const IGNORE = "ignore";
export type ColumnTarget = MappableField | typeof IGNORE;

type Entry = { kind: FieldKind; synonyms: string[] };
const text = (...synonyms: string[]): Entry => ({ kind: "text", synonyms });
const count = (...synonyms: string[]): Entry => ({ kind: "count", synonyms });

export const FIELD_CATALOGUE: Record<MappableField, Entry> = {
  reference: text("reference", "ref", "case id", "case number", "case", "riferimento", "référence", "referenz", "aktenzeichen", "referencia", "مرجع"),
  status: { kind: "choice", synonyms: ["status", "state", "stato", "statut", "estado", "الحالة"] },
  organization: text("organization", "organisation", "org", "ngo", "organizzazione", "ong", "organización", "منظمة"),
  occurred_at: {
    kind: "date",
    synonyms: ["date", "incident date", "date of incident", "event date", "occurred", "when", "datetime", "date time", "reported date",
      "data", "data evento", "data incidente", "data dell incidente", "date incident", "datum", "vorfallsdatum", "fecha", "fecha incidente",
      "تاريخ", "تاريخ الحادث"],
  },
  latitude: { kind: "coordinate", synonyms: ["latitude", "lat", "latitudine", "breitengrad", "breite", "latitud", "خط العرض"] },
  longitude: { kind: "coordinate", synonyms: ["longitude", "lon", "lng", "long", "longitudine", "längengrad", "länge", "longitud", "خط الطول"] },
  position_text: text("position", "coordinates", "location coordinates", "coords", "gps", "posizione", "coordinate", "coordonnées",
    "koordinaten", "posición", "coordenadas", "إحداثيات", "موقع"),
  region: { kind: "choice", synonyms: ["region", "incident region", "regione", "région", "región", "منطقة"] },
  route: { kind: "choice", synonyms: ["route", "migration route", "rotta", "rotta migratoria", "route migratoire", "migrationsroute", "ruta", "ruta migratoria", "طريق", "طريق الهجرة"] },
  vessel: text("vessel", "ship", "rescue vessel", "rescuing vessel", "rescue ship", "nave", "nave soccorritrice", "navire", "schiff", "rettungsschiff", "buque", "سفينة"),
  boat_type: {
    kind: "choice",
    synonyms: ["boat", "boat type", "type boat", "barca", "tipo barca", "tipo imbarcazione", "imbarcazione", "bateau", "type bateau",
      "embarcation", "boot", "bootstyp", "bote", "tipo embarcación", "embarcación", "قارب", "نوع القارب"],
  },
  boat_conditions: {
    kind: "choices",
    synonyms: ["boat conditions", "boat condition", "condition", "conditions", "condizioni", "condizione", "état bateau", "zustand", "estado embarcación", "حالة القارب"],
  },
  persons_on_board: count("persons on board", "people on board", "pob", "on board", "total on board", "persone a bordo", "a bordo",
    "personnes à bord", "personen an bord", "personas a bordo", "على متن"),
  rescued: count("rescued", "survivors", "saved", "soccorsi", "salvati", "sopravvissuti", "secourus", "rescapés", "survivants", "gerettet",
    "überlebende", "rescatados", "supervivientes", "sobrevivientes", "ناجون", "ناجين"),
  dead: count("dead", "deaths", "fatalities", "bodies", "bodies recovered", "morti", "deceduti", "vittime", "décès", "morts", "tote",
    "todesopfer", "muertos", "fallecidos", "وفيات", "موتى", "قتلى"),
  missing: count("missing", "minimum estimated missing", "dispersi", "disparus", "vermisst", "vermisste", "desaparecidos", "مفقودين", "مفقودون"),
  causes_of_death: {
    kind: "choices",
    synonyms: ["cause death", "causes death", "cause", "causa morte", "causa decesso", "cause décès", "todesursache", "causa muerte", "سبب الوفاة"],
  },
  children: count("children", "minors", "bambini", "minori", "enfants", "mineurs", "kinder", "minderjährige", "niños", "menores", "أطفال"),
  unaccompanied_minors: count("unaccompanied minors", "uam", "minori non accompagnati", "mineurs non accompagnés", "unbegleitete minderjährige", "menores no acompañados"),
  women: count("women", "females", "donne", "femmes", "frauen", "mujeres", "نساء"),
  pregnant_women: count("pregnant women", "pregnant", "donne incinte", "femmes enceintes", "schwangere", "embarazadas", "حوامل"),
  infants: count("infants", "babies", "neonati", "nourrissons", "bébés", "säuglinge", "bebés", "lactantes", "رضع"),
  men: count("men", "males", "uomini", "hommes", "männer", "hombres", "رجال"),
  girls: count("girls", "ragazze", "bambine", "filles", "mädchen", "niñas"),
  boys: count("boys", "ragazzi", "garçons", "jungen", "niños varones"),
  sex_age_unknown: count("sex age unknown", "sex unknown", "gender unknown", "sesso sconosciuto", "sexe inconnu", "geschlecht unbekannt", "sexo desconocido"),
  nationalities: text("nationalities", "nationality", "nazionalità", "nationalité", "staatsangehörigkeit", "nacionalidad", "جنسيات"),
  departure_place: text("departure place", "departure", "place departure", "luogo partenza", "partenza", "lieu départ", "abfahrtsort", "lugar salida"),
  departed_at: { kind: "date", synonyms: ["departed at", "departure date", "date departure", "data partenza", "date départ", "abfahrtsdatum", "fecha salida"] },
  injuries: text("injuries", "feriti", "blessures", "verletzungen", "heridas"),
  evacuations: text("evacuations", "medevac", "evacuazioni", "évacuations", "evakuierungen", "evacuaciones"),
  partners: text("partners", "partner", "partenaires", "socios"),
  coordinating_authority: text("coordinating authority", "mrcc", "rcc", "authority", "autorità", "autorité coordination", "koordinierende behörde", "autoridad coordinadora"),
  disembarkation_port: text("disembarkation port", "port disembarkation", "port", "porto sbarco", "sbarco", "port débarquement", "ausschiffungshafen", "puerto desembarco"),
  sea_state: text("sea state", "weather", "stato mare", "meteo", "état mer", "météo", "seegang", "wetter", "estado mar", "حالة البحر"),
  narrative: text("narrative", "description", "notes", "comments", "details", "descrizione", "note", "remarques",
    "beschreibung", "bemerkungen", "descripción", "notas", "وصف"),
  source: text("source", "sources", "information source", "fonte", "fonti", "quelle", "fuente", "مصدر"),
  source_quality: count("source quality", "qualità fonte", "qualité source", "quellenqualität", "calidad fuente"),
  external_id: text("external id", "id", "record id", "web id", "incident id", "identifier", "id esterno", "identifiant", "kennung", "identificador", "معرف"),
  source_dataset: text("source dataset", "dataset", "data set"),
  location_of_death: text("location of death", "location description", "place of death", "location", "place", "luogo", "luogo del decesso",
    "lieu", "lieu du décès", "ort", "sterbeort", "lugar", "lugar de la muerte", "مكان الوفاة"),
  unsd_grouping: text("unsd geographical grouping", "unsd grouping", "unsd region"),
  region_of_origin: text("region of origin", "origin region", "regione di origine", "région d origine", "herkunftsregion", "región de origen", "منطقة الأصل"),
  source_url: text("url", "link", "links", "source url", "source link", "collegamento", "lien", "enlace", "رابط"),
  event_group: text("main id", "event id", "event", "group", "evento", "événement", "ereignis"),
};

export const kindOf = (field: MappableField) => FIELD_CATALOGUE[field].kind;
export const isMappable = (value: string): value is MappableField => (MAPPABLE_FIELDS as readonly string[]).includes(value);
