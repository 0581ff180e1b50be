// The stop list of the full-name detector (./name-findings.ts): capitalised words and phrases that
// rescue narratives use all the time and that are not people. Two runs of capitalised words only look
// like a person's name once these are taken out. Lower case, in the interface's Latin-script languages
// (English, Italian, French, German); Arabic script has no capitals, so it needs none. The registry's
// vessel and organization names come on top of these, from the form or from the database.

/** Vessels, organizations, authorities, operations and places written as more than one word. */
export const KNOWN_PHRASES = [
  // Rescue ships, past and present, and the reference case's.
  "bourbon argos", "ocean viking", "geo barents", "open arms", "sea-watch 3", "sea-watch 4", "sea-watch 5", "sea-eye 4",
  "alan kurdi", "louise michel", "life support", "aita mari", "mare jonio", "rise above", "golfo azzurro", "vos hestia",
  "vos prudence", "dignity i", "humanity 1", "aquarius dignitus", "sea fuchs", "ocean xplorer",
  // Organizations and networks.
  "alarm phone", "watch the med", "médecins sans frontières", "medecins sans frontieres", "doctors without borders",
  "ärzte ohne grenzen", "medici senza frontiere", "sos méditerranée", "sos mediterranee", "sos humanity",
  "save the children", "red cross", "red crescent", "croce rossa", "mezzaluna rossa", "croix-rouge", "croissant-rouge",
  "rotes kreuz", "roter halbmond", "mission lifeline", "salvamento marítimo",
  "salvamento maritimo", "missing migrants project", "united nations", "nazioni unite", "nations unies", "vereinte nationen",
  // Authorities and operations.
  "coast guard", "libyan coast guard", "hellenic coast guard", "guardia costiera", "guardia di finanza",
  "capitaneria di porto", "garde côtière", "garde cotiere", "armed forces of malta", "forze armate di malta",
  "marina militare", "italian navy", "mare nostrum", "operation sophia", "operation irini", "eunavfor med",
  "pronto soccorso", "search and rescue",
  // Places of the routes and their ports.
  "porto empedocle", "reggio calabria", "vibo valentia", "la spezia", "marina di carrara", "corigliano calabro",
  "el hierro", "gran canaria", "canary islands", "isole canarie", "îles canaries", "kanarische inseln",
  "central mediterranean", "mediterraneo centrale", "méditerranée centrale", "zentrales mittelmeer",
  "strait of sicily", "sicily channel", "canale di sicilia", "stretto di sicilia", "canal de sicile", "straße von sizilien",
  "ionian sea", "mar ionio", "mer ionienne", "ionisches meer", "aegean sea", "mar egeo", "mer égée", "ägäisches meer",
  // Countries of departure and origin named in more than one word (single words: KNOWN_WORDS).
  "ivory coast", "côte d'ivoire", "cote d'ivoire", "costa d'avorio", "elfenbeinküste", "sierra leone", "burkina faso",
  "south sudan", "sud sudan", "soudan du sud", "südsudan", "sri lanka", "saudi arabia", "united kingdom", "regno unito",
  "royaume-uni", "vereinigtes königreich", "guinea-bissau", "guinée-bissau", "western sahara", "sahara occidentale",
  "sahara occidental", "westsahara", "central african republic", "repubblica centrafricana", "république centrafricaine",
  "democratic republic of the congo", "repubblica democratica del congo", "république démocratique du congo",
  "demokratische republik kongo",
] as const;

/** Single capitalised words that are never a name on their own, nor part of one. */
export const KNOWN_WORDS = [
  // Months and weekdays.
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "dicembre",
  "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
  "januar", "februar", "märz", "juni", "juli", "oktober", "dezember",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
  "morning", "afternoon", "evening", "night", "morgen", "vormittag", "nachmittag", "abend", "nacht", "uhr",
  // Countries and nationalities of the routes, in the four languages (English country names also
  // come from the country list, lib/countries).
  "libya", "libia", "libye", "libyen", "libyan", "libico", "libica", "libyque", "libysche", "libyschen", "libyscher",
  "tunisia", "tunisie", "tunesien", "tunisian", "tunisino", "tunisien", "tunesische", "algeria", "algérie", "algerien",
  "algerian", "egypt", "egitto", "égypte", "ägypten", "egyptian", "egiziano", "égyptien", "ägyptische", "morocco",
  "marocco", "maroc", "marokko", "moroccan", "marocchino", "marocain", "italy", "italia", "italie", "italien", "italian",
  "italiano", "italiana", "italienne", "italienische", "italienischen", "malta", "malte", "maltese", "maltais",
  "maltesische", "maltesischen", "greece", "grecia", "grèce", "griechenland", "greek", "spain", "spagna", "espagne",
  "spanien", "spanish", "germany", "germania", "allemagne", "deutschland", "german", "tedesco", "tedesca", "allemand",
  "allemande", "deutsche", "deutschen", "deutscher", "france", "francia", "frankreich", "french", "francese", "français",
  "française", "französische", "eritrea", "érythrée", "eritrean", "eritreo", "érythréen", "eritreische",
  "sudan", "soudan", "sudanese", "soudanais", "sudanesische", "syria", "siria", "syrie", "syrien", "syrian", "siriano",
  "somalia", "somalie", "somali", "somalo", "nigeria", "nigéria", "nigerian", "nigeriano", "nigérian", "bangladesh",
  "bangladeshi", "bengalese", "pakistan", "pakistani", "afghanistan", "afghan", "afghano", "ethiopia", "etiopia",
  "éthiopie", "äthiopien", "ethiopian", "mali", "malian", "maliano", "malien", "guinea", "guinée", "guinean", "guineano",
  "guinéen", "gambia", "gambie", "gambian", "senegal", "sénégal", "senegalese", "sénégalais", "ghana", "ghanaian",
  "cameroon", "camerun", "cameroun", "kamerun", "cameroonian", "chad", "ciad", "tchad", "tschad", "niger", "iraq",
  "irak", "iraqi", "iran", "iranian", "yemen", "yémen", "jemen", "palestine", "palestina", "palästina", "palestinian",
  "turkey", "turchia", "turquie", "türkei", "turkish", "europe", "europa", "european", "europeo", "européen", "africa",
  "afrique", "afrika", "african", "africano", "africain", "sahel", "sahara",
  // Ports, islands and towns of the central Mediterranean and the other routes.
  "augusta", "lampedusa", "pozzallo", "catania", "palermo", "trapani", "messina", "siracusa", "syracuse", "syrakus",
  "crotone", "taranto", "brindisi", "bari", "salerno", "napoli", "naples", "neapel", "cagliari", "ancona", "ravenna",
  "livorno", "genova", "genoa", "ortona", "licata", "linosa", "pantelleria", "sicily", "sicilia", "sicile", "sizilien",
  "sardinia", "sardegna", "sardaigne", "sardinien", "calabria", "calabre", "kalabrien", "puglia", "apulia", "rome",
  "roma", "rom", "valletta", "gozo", "tripoli", "tripolis", "zuwara", "zuara", "zawiya", "sabratha", "sabrata",
  "garabulli", "khoms", "misrata", "benghazi", "bengasi", "tobruk", "derna", "sirte", "tunis", "tunisi", "sfax", "zarzis",
  "mahdia", "monastir", "kerkennah", "bizerte", "algiers", "annaba", "oran", "lesbos", "lesvos", "chios", "samos", "kos",
  "crete", "creta", "crète", "kreta", "pylos", "kalamata", "rhodes", "izmir", "bodrum", "ceuta", "melilla", "almería",
  "almeria", "motril", "tenerife", "lanzarote", "fuerteventura", "dakhla", "mediterranean", "mediterraneo",
  "méditerranée", "mittelmeer", "aegean",
  // Organizations, ships and authorities written as one word (not those that are also first names: Aurora, Nadir, Sophia).
  "sea-watch", "sea-eye", "msf", "moas", "sos", "mediterranea", "emergency", "frontex", "eunavfor", "unhcr", "iom",
  "oim", "ocha", "icrc", "cicr", "ifrc", "aquarius", "iuventa", "phoenix", "astral", "seefuchs", "humanity",
  "trotamar", "themis", "triton", "resqship", "navy",
  // Acronyms that an all-capitals name part could be mistaken for.
  "mrcc", "jrcc", "rcc", "imrcc", "cross", "itcg", "gacs", "lcg", "afm", "rhib", "ngo", "ngos", "ong", "uno", "utc", "gmt",
  "ais", "vhf", "epirb", "sitrep", "pos", "eta", "etd", "usa", "uae",
  // Compass points, sea and rescue words often capitalised in titles and in German.
  "north", "south", "east", "west", "nord", "sud", "est", "ovest", "ouest", "süd", "ost", "central", "centrale",
  "sar", "zone", "region", "sea", "mare", "mer", "meer", "coast", "costa", "côte", "küste", "port", "porto", "hafen",
  "island", "isola", "île", "insel", "channel", "canale", "strait", "stretto", "crew", "besatzung", "equipaggio", "équipage", "boot", "schiff", "schlauchboot", "menschen", "personen",
  "leichen", "überlebende", "überlebenden", "kinder", "frauen", "männer", "minderjährige", "hubschrauber",
  "krankenhaus", "küstenwache", "seenotrettung", "rettung", "treibstoff", "verbrennungen", "wasser", "seemeilen",
  "passport", "passaporto", "passeport", "reisepass", "ausweis", "personalausweis", "documento", "nr", "no", "tel",
  "helicopter", "hospital", "ospedale", "hôpital", "survivors", "bodies", "people", "persons", "rescue", "rescued",
] as const;

/** Words that start a sentence without naming anyone (a capitalised sentence start is not a name). */
export const SENTENCE_STARTERS = [
  "the", "a", "an", "at", "on", "in", "after", "before", "during", "then", "when", "while", "once", "about", "around",
  "by", "from", "with", "this", "that", "these", "those", "there", "they", "we", "he", "she", "it", "our", "their",
  "all", "some", "two", "three", "four", "five", "several", "most", "one", "later", "finally", "meanwhile", "yesterday",
  "today", "according", "il", "lo", "la", "le", "gli", "i", "un", "una", "uno", "alle", "dopo", "durante", "poi",
  "quando", "verso", "circa", "secondo", "nel", "nella", "sul", "sulla", "dal", "dalla", "tutti", "alcuni", "les",
  "une", "des", "du", "au", "aux", "après", "avant", "pendant", "puis", "lorsque", "quand", "vers", "environ", "selon",
  "dans", "sur", "tous", "plusieurs", "der", "die", "das", "ein", "eine", "einen", "nach", "vor", "während", "dann",
  "als", "gegen", "etwa", "laut", "im", "am", "um", "mit", "alle", "einige", "mehrere", "zwei", "drei",
] as const;

/** Words before a name that make it a person's: "Captain Haddad", "Dr. Aziz". */
export const TITLES = [
  "mr", "mrs", "ms", "miss", "dr", "capt", "sig", "sig.ra", "signor", "signora", "dott", "dott.ssa", "m", "mme", "mlle",
  "monsieur", "madame", "herr", "frau", "hr", "fr", "captain", "capitano", "capitaine", "kapitän", "skipper",
] as const;

/** Lower-case particles inside a name ("Ahmed al Hassan", "Mariam bint Ali"). */
export const NAME_PARTICLES = ["al", "el", "bin", "ben", "ibn", "abu", "bint", "ould", "ag", "wad"] as const;
