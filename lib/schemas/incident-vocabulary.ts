// Choices of the incident form, with the words shown to users. Regions and routes follow the IOM
// Missing Migrants Project, so exports line up with the figures UN agencies and researchers publish.
export const IOM_REGIONS = [
  "Mediterranean", "Northern Africa", "Western Africa", "Eastern Africa", "Middle Africa", "Southern Africa",
  "Western Asia", "Central Asia", "Southern Asia", "Eastern Asia", "South-eastern Asia", "Europe",
  "Northern America", "Central America", "Caribbean", "South America",
] as const;

export const IOM_ROUTES = [
  "Central Mediterranean", "Eastern Mediterranean", "Western Mediterranean", "Atlantic route to the Canary Islands",
  "English Channel to the UK", "Horn of Africa to Yemen", "Bay of Bengal and Andaman Sea", "Caribbean to US",
  "US-Mexico border crossing", "Darien", "Sahara Desert crossing", "Western Balkans", "Other",
] as const;

/** The case of an IOM name in the vocab.region and vocab.route messages: its letters (the names stay the stored values). */
export const vocabCase = (name: string) => name.replace(/[^A-Za-z]/g, "");

export const DEFAULT_REGION = "Mediterranean" satisfies (typeof IOM_REGIONS)[number];
export const DEFAULT_ROUTE = "Central Mediterranean" satisfies (typeof IOM_ROUTES)[number];

/** The form's field names in English, for the edit conflict's message (update-incident.ts); screens read validation.incidentField. */
