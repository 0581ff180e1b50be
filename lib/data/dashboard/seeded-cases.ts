import "server-only";
import { parseIncidentFilters } from "@/lib/schemas/incident-filters";
import type { TestScope } from "./test-support";

// Filter sets over the seeded demo data for the integration tests: periods before any date the other
// test files create incidents on, so that tests running in parallel do not change these figures.
export const SEEDED_CASES = [
  {
    name: "MSF coordinator, 2014 to May 2015, submitted and verified",
    email: "coordinator@msf.example",
    filters: parseIncidentFilters({ period: "custom", from: "2014-01-01", to: "2015-05-31" }),
    scope: { from: "2014-01-01T00:00:00Z", until: "2015-06-01T00:00:00Z" },
  },
  {
    name: "Sea-Watch coordinator (own and partnered), first half of 2016, verified inflatables",
    email: "coordinator@sea-watch.example",
    filters: parseIncidentFilters({ period: "custom", from: "2016-01-01", to: "2016-06-30", status: "VERIFIED", boatType: "INFLATABLE" }),
    scope: { from: "2016-01-01T00:00:00Z", until: "2016-07-01T00:00:00Z", statuses: ["VERIFIED"], boatType: "INFLATABLE" },
  },
  {
    name: "SOS Méditerranée admin, every status, Libyan SAR region, from March 2016 to May 2016",
    email: "admin@sos-med.example",
    filters: parseIncidentFilters({
      period: "custom", from: "2016-03-01", to: "2016-05-31", sarRegion: "Libya", status: ["DRAFT", "SUBMITTED", "VERIFIED", "ARCHIVED"],
    }),
    scope: { from: "2016-03-01T00:00:00Z", until: "2016-06-01T00:00:00Z", sarRegion: "Libya", statuses: ["DRAFT", "SUBMITTED", "VERIFIED", "ARCHIVED"] },
  },
] as const satisfies readonly { name: string; email: string; filters: unknown; scope: Omit<TestScope, "organizationId"> }[];
