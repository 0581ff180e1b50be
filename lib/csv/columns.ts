// The columns of every CSV layout, in file order, with what each holds. The export's SQL, the import's
// header recognition and the data dictionary (page and docs/csv.md) all read these lists.
export type ColumnDoc = { readonly name: string; readonly description: string };

const col = <const N extends string>(name: N, description: string) => ({ name, description }) satisfies ColumnDoc;

/** Rescue Ledger layout: one row per incident, every field. */
export const LEDGER_COLUMNS = [
  col("reference", "Human reference, e.g. MSF-2016-0042; MSF-IOM-<Incident ID> (or <Web ID>) for IOM records. Always starts with the short name of the organization that recorded the case. Key for re-imports."),
  col("status", "DRAFT, SUBMITTED, VERIFIED or ARCHIVED."),
  col("organization", "Short name of the organization that recorded the case."),
  col("occurred_at", "When it happened: ISO 8601 in UTC, e.g. 2016-10-25T06:30:00.000Z."),
  col("latitude", "Decimal degrees, WGS84, north positive."),
  col("longitude", "Decimal degrees, WGS84, east positive."),
  col("position_text", "The position as it was entered (any format the form accepts)."),
  col("location_of_death", "Where it happened or the bodies were found, in words (IOM's Location of death)."),
  col("distance_to_coast_nm", "Derived: nautical miles to the nearest coast (Natural Earth 1:50m), 0 on land; empty outside the bundled area."),
  col("nearest_country", "Derived: owner of the nearest coast."),
  col("sar_regions", "Derived: search-and-rescue regions containing the position (IMO GISIS), separated by \"; \"."),
  col("region", "Region in the IOM Missing Migrants vocabulary, e.g. Mediterranean."),
  col("route", "Migration route in the IOM vocabulary, e.g. Central Mediterranean."),
  col("unsd_grouping", "IOM's UNSD subregion of the place, as IOM writes it, e.g. Northern Africa."),
  col("vessel", "Name of the rescuing vessel; empty when none (e.g. a shipwreck found later)."),
  col("boat_type", "Boat in distress: INFLATABLE, WOODEN, FIBREGLASS, FISHING or OTHER."),
  col("boat_conditions", "SINKING, TAKING_WATER, CAPSIZED, ADRIFT, ENGINE_FAILURE, OVERCROWDED, OTHER, separated by \"; \"."),
  col("persons_on_board", "Estimated persons on board."),
  col("rescued", "Persons rescued."),
  col("dead", "Dead (bodies recovered)."),
  col("missing", "Missing."),
  col("causes_of_death", "DROWNING, SUFFOCATION, FUEL_BURNS, HYPOTHERMIA, DEHYDRATION, TRAUMA, VIOLENCE, SICKNESS, UNKNOWN, OTHER, separated by \"; \"."),
  col("children", "Children (every minor, girls and boys and those of unknown sex) among the people of the case."),
  col("unaccompanied_minors", "Unaccompanied minors (among the children)."),
  col("women", "Women."),
  col("pregnant_women", "Pregnant women (among the women)."),
  col("infants", "Infants (among the children)."),
  col("men", "Men (adults)."),
  col("girls", "Girls (among the children)."),
  col("boys", "Boys (among the children)."),
  col("sex_age_unknown", "People of unknown sex or age. Women + men + children (or girls + boys when children is empty) + sex_age_unknown is at most persons_on_board."),
  col("nationalities", "Nationalities as COUNTRY: count, ISO 3166-1 alpha-2 codes, separated by \"; \", e.g. ER: 40; SD: 30; together at most persons_on_board; a country alone when its count is unknown (ER: 40; SD). Rows in the nationalities file."),
  col("region_of_origin", "Where the people came from, as IOM writes it, e.g. Sub-Saharan Africa."),
  col("departure_place", "Where the boat left from, as entered, e.g. Sabratha, Libya."),
  col("departed_at", "When the boat left (ISO 8601, UTC); not after occurred_at."),
  col("injured_total", "Sum of the injury counts; empty when no injury is recorded."),
  col("injuries", "Injuries as TYPE/SEVERITY: count, separated by \"; \", e.g. FUEL_BURN/SERIOUS: 11. Rows in the injuries file."),
  col("evacuated_total", "Sum of the evacuation counts; empty when no evacuation is recorded."),
  col("evacuations", "Evacuations as \"count MEANS to destination at time\", separated by \"; \". Rows in the evacuations file."),
  col("partners", "Partner organizations as SHORTNAME: ROLE, separated by \"; \"; roles BODY_RECOVERY, MEDICAL_CARE, TRANSFER, SPOTTING, COORDINATION, OTHER."),
  col("coordinating_authority", "e.g. MRCC Rome."),
  col("disembarkation_port", "Port where survivors were disembarked."),
  col("sea_state", "Sea state and weather."),
  col("narrative", "What happened, in words."),
  col("source", "Source of the information."),
  col("source_url", "A link to the source (http or https)."),
  col("source_quality", "1 (one media report) to 5 (official records), the IOM Missing Migrants scale."),
  col("external_id", "Identifier in the source dataset (IOM's Incident ID, or Web ID for the 2014–2021 layout)."),
  col("source_dataset", "Dataset the record was imported from: IOM Missing Migrants (Incident ID) for today's IOM layout, IOM Missing Migrants for its 2014–2021 layout."),
  col("event_group", "Records of one event share it (IOM's Main ID), e.g. bodies found at two places."),
  col("created_at", "When the record was created (ISO 8601, UTC)."),
  col("updated_at", "When the record was last changed (ISO 8601, UTC)."),
  col("version", "Edit counter, 1 when created."),
] as const;

/** The IOM Missing Migrants Project's download as published today, names and order as published. */
export const IOM_COLUMNS = [
  col("Main ID", "IOM's number of the event: its records (e.g. bodies found at two places) share it. Our event_group."),
  col("Incident ID", "IOM's number of the record (our external id, key for re-imports); for incidents not from IOM, our reference."),
  col("Region", "Region (our region)."),
  col("Incident Date", "Date and time, month first, in UTC, as \"Thu, 01/01/2026 - 12:00\" (occurred_at)."),
  col("Year", "Year of the date."),
  col("Reported Month", "Month of the date, e.g. January."),
  col("Number Dead", "Dead."),
  col("Minimum Estimated Number of Missing", "Missing."),
  col("Number of Survivors", "Rescued."),
  col("Number of Females", "Women."),
  col("Number of Males", "Men."),
  col("Number of Children", "Children."),
  col("Region of Origin", "Region of origin (region_of_origin)."),
  col("Cause of Death", "Causes of death in words, separated by \", \"."),
  col("Country of Origin", "Countries of origin by name, separated by \", \": our nationalities, each with an unknown count unless one was recorded."),
  col("Location of death", "Location of death (location_of_death)."),
  col("Information Source", "Source."),
  col("Coordinates", "\"latitude, longitude\" in decimal degrees."),
  col("Migration route", "Route."),
  col("URL", "Link to the source (source_url)."),
  col("UNSD Geographical Grouping", "UNSD subregion (unsd_grouping)."),
  col("Source Quality", "1 to 5."),
] as const;

/** The IOM download of 2014–2021 (Web IDs), names and order as published then. */
export const IOM_2021_COLUMNS = [
  col("Web ID", "IOM's record number in this layout (our external id); for incidents not from this file, our reference."),
  col("Region", "Region (our region)."),
  col("Reported Date", "Date as \"August 31, 2021\" (UTC date of occurred_at)."),
  col("Reported Year", "Year of the date."),
  col("Reported Month", "Month of the date, e.g. Aug."),
  col("Number Dead", "Dead."),
  col("Minimum Estimated Number of Missing", "Missing."),
  col("Total Dead and Missing", "Dead + missing; empty when both are unknown."),
  col("Number of Survivors", "Rescued."),
  col("Number of Females", "Women."),
  col("Number of Males", "Men."),
  col("Number of Children", "Children."),
  col("Cause of Death", "Causes of death in words, separated by \", \"."),
  col("Location Description", "Location of death (location_of_death)."),
  col("Information Source", "Source."),
  col("Location Coordinates", "\"latitude, longitude\" in decimal degrees."),
  col("Migration Route", "Route."),
  col("URL", "Link to the source (source_url)."),
  col("UNSD Geographical Grouping", "UNSD subregion (unsd_grouping); on import it also places IOM's \"Sub-Saharan Africa\" records."),
  col("Source Quality", "1 to 5."),
] as const;

const incidentKey = [col("reference", "The incident's reference."), col("occurred_at", "When the incident happened (ISO 8601, UTC).")] as const;

export const INJURY_COLUMNS = [
  ...incidentKey,
  col("type", "FUEL_BURN, HYPOTHERMIA, DEHYDRATION, TRAUMA, DROWNING_RELATED or OTHER."),
  col("severity", "MINOR, SERIOUS or CRITICAL."),
  col("count", "People with this injury and severity."),
] as const;

export const EVACUATION_COLUMNS = [
  ...incidentKey,
  col("count", "People evacuated together."),
  col("means", "HELICOPTER, BOAT or OTHER."),
  col("destination", "Where they were taken."),
  col("evacuated_at", "When (ISO 8601, UTC); empty when unknown."),
] as const;

export const NATIONALITY_COLUMNS = [
  ...incidentKey,
  col("country", "ISO 3166-1 alpha-2 code of the nationality, e.g. ER for Eritrea."),
  col("count", "People on board of this nationality."),
] as const;

export const REVISION_COLUMNS = [
  ...incidentKey,
  col("field", "persons_on_board, rescued, dead or missing."),
  col("from", "Value before the change; empty for the first value."),
  col("to", "Value after the change; empty when it became unknown."),
  col("reason", "Why it changed, as given by the person who changed it."),
  col("changed_by", "Name of that person."),
  col("changed_at", "When (ISO 8601, UTC)."),
] as const;

// The case as it unfolded (issue 13): the timeline's events and the track's points, one row each.
export const EVENT_COLUMNS = [
  col("reference", "The incident's reference."),
  col("event_time", "When the event happened (ISO 8601, UTC, to the minute)."),
  col("event_type", "ALERT_RECEIVED, FIRST_SIGHTING, ON_SCENE, RESCUE_STARTED, RESCUE_COMPLETED, PERSONS_TAKEN_ABOARD, BODIES_RECOVERED, CALLED_AWAY, RETURNED, MEDICAL_EVACUATION, TRANSFER_TO_VESSEL, INTERCEPTION_OBSERVED, POS_REQUESTED, POS_ASSIGNED, DISEMBARKATION, CASE_CLOSED or OTHER."),
  col("alert_source", "Who raised the alert (ALERT_RECEIVED only): HOTLINE, MRCC, AIRCRAFT, MERCHANT_VESSEL, OWN_LOOKOUT or OTHER."),
  col("count", "People taken aboard, bodies recovered, people transferred or disembarked, by event type; empty otherwise."),
  col("port", "Port assigned or of disembarkation."),
  col("position_text", "The event's position as it was entered; empty when none."),
  col("latitude", "Decimal degrees, WGS84, north positive."),
  col("longitude", "Decimal degrees, WGS84, east positive."),
  col("who_kind", "What who names: VESSEL (of the registry), ORGANIZATION (its short name) or AUTHORITY (as text); empty when not recorded."),
  col("who", "The vessel's name, the organization's short name, or the authority as entered."),
  col("linked_case", "The other case's reference (called away, returned), when the reader may see that case."),
  col("note", "What happened, in words."),
] as const;

export const TRACK_COLUMNS = [
  col("reference", "The incident's reference."),
  col("point_time", "When the case was at this position (ISO 8601, UTC, to the minute)."),
  col("position_text", "The position as it was entered."),
  col("latitude", "Decimal degrees, WGS84, north positive."),
  col("longitude", "Decimal degrees, WGS84, east positive."),
  col("note", "What the point shows, e.g. a drift or a search leg."),
] as const;

export const EXPORT_TABLES = ["incidents", "injuries", "evacuations", "nationalities", "revisions", "events", "track"] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];
// "iom" writes IOM's layout of today; "iom2021" the 2014–2021 one, kept for comparing with that archived file
// by Web ID (a record imported from it keeps its Web ID, which only that layout carries).
export const EXPORT_LAYOUTS = ["ledger", "iom", "iom2021"] as const;
export type ExportLayout = (typeof EXPORT_LAYOUTS)[number];

export type ColumnName<T extends readonly ColumnDoc[]> = T[number]["name"];

/** The dataset of records imported from the 2014–2021 layout, keyed by Web ID. */
export const IOM_DATASET = "IOM Missing Migrants";
/**
 * The dataset of records imported from today's layout, keyed by Incident ID ("2014.MMP00001"): a dataset of
 * its own, so that no Incident ID can ever match a Web ID, whatever forms IOM gives them.
 */
export const IOM_INCIDENT_DATASET = "IOM Missing Migrants (Incident ID)";
export const isIomDataset = (dataset: string | null) => dataset === IOM_DATASET || dataset === IOM_INCIDENT_DATASET;
export const IOM_CREDIT = "IOM Missing Migrants Project (missingmigrants.iom.int), CC BY 4.0";
