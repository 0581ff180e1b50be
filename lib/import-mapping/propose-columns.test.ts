import { describe, expect, it } from "vitest";
import { proposeColumns, proposeField } from "./propose-columns";

describe("proposing a field from a header", () => {
  it.each([
    ["No. dead", "dead"], ["Number dead", "dead"], ["Number of dead", "dead"], ["N° morti", "dead"], ["Morti", "dead"], ["Décès", "dead"],
    ["Tote", "dead"], ["Muertos", "dead"], ["عدد الوفيات", "dead"], ["Number Dead", "dead"],
    ["Latitude", "latitude"], ["Lat", "latitude"], ["LAT.", "latitude"], ["Breitengrad", "latitude"], ["خط العرض", "latitude"],
    ["Lon", "longitude"], ["Lng", "longitude"], ["Longitudine", "longitude"],
    ["Incident date", "occurred_at"], ["Data", "occurred_at"], ["Date de l'incident", "occurred_at"], ["Fecha", "occurred_at"],
    ["Datum", "occurred_at"], ["Reported Date", "occurred_at"], ["تاريخ الحادث", "occurred_at"], ["occurred_at", "occurred_at"],
    ["Cause of death (category)", "causes_of_death"], ["Causa di morte", "causes_of_death"], ["Cause du décès", "causes_of_death"], ["Todesursache", "causes_of_death"],
    ["Boat", "boat_type"], ["Tipo di imbarcazione", "boat_type"], ["Type de bateau", "boat_type"], ["نوع القارب", "boat_type"],
    ["Number of Survivors", "rescued"], ["Sopravvissuti", "rescued"], ["Überlebende", "rescued"],
    ["Minimum Estimated Number of Missing", "missing"], ["Dispersi", "missing"], ["Disparus", "missing"],
    ["Number of Females", "women"], ["Coordinates", "position_text"], ["Migration route", "route"], ["Information Source", "source"],
    ["Source Quality", "source_quality"], ["Incident ID", "external_id"], ["Persons on board", "persons_on_board"], ["Personnes à bord", "persons_on_board"],
  ])("%s → %s", (header, field) => {
    expect(proposeField(header)?.field).toBe(field);
  });

  it.each([["URL", "source_url"], ["UNSD Geographical Grouping", "unsd_grouping"], ["Location of death", "location_of_death"], ["Main ID", "event_group"]])("%s → %s", (header, field) => {
    expect(proposeField(header)?.field).toBe(field);
  });

  it.each([["Total dead and missing"], [""], ["Colour of the boat's hull paint"]])("%s → nothing", (header) => {
    expect(proposeField(header)).toBeNull();
  });

  it("gives a field two headers name to the one that names it best, and ignores the other", () => {
    expect(proposeColumns(["Region of origin", "Region", "Main ID", "Incident ID", "Date", "Reported date"])).toEqual([
      "region_of_origin", "region", "event_group", "external_id", "occurred_at", "ignore",
    ]);
  });
});
