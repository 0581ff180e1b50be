import type { IncidentStatus, PartnerRole } from "@/generated/prisma/enums";
import { ORGANIZATIONS, VESSELS, type OrganizationShortName } from "./organizations";
import { createRandom, type Random } from "./random";
import {
  randomCauses, randomConditions, randomEvacuations, randomFigures, randomInjuries, randomSeaState, randomVulnerable,
} from "./synthetic-figures";
import { randomPlace } from "./synthetic-places";

const YEARS = [[2014, 8], [2015, 24], [2016, 40], [2017, 28]] as const;
// More crossings in the calm months (UNHCR sea arrivals to Italy peak June–October).
const MONTHS = [3, 3, 5, 8, 10, 12, 12, 11, 10, 11, 8, 4].map((weight, month) => [month, weight] as const);
// When each organization began recording; before that it has no incidents.
const ACTIVE_FROM: Record<OrganizationShortName, string> = { MSF: "2014-01-01", SW: "2015-06-01", SOSM: "2016-02-01" };
const ORGANIZATION_WEIGHT: Record<OrganizationShortName, number> = { MSF: 40, SW: 30, SOSM: 30 };
const PORTS = ["Catania", "Augusta", "Pozzallo", "Palermo", "Trapani", "Messina", "Reggio Calabria", "Lampedusa", "Crotone", "Cagliari"] as const;
const OTHER_SOURCES = ["MRCC Rome", "Italian Coast Guard", "IOM Italy", "UNHCR", "Survivors' testimony"] as const;
const STATUSES = [["VERIFIED", 62], ["SUBMITTED", 20], ["DRAFT", 9], ["ARCHIVED", 9]] as const satisfies readonly (readonly [IncidentStatus, number])[];
const BOAT_WORDS = { INFLATABLE: "an inflatable boat", WOODEN: "a wooden boat", FIBREGLASS: "a fibreglass boat", FISHING: "a fishing boat", OTHER: "a boat" } as const;

function randomDate(random: Random) {
  const year = random.weighted(YEARS);
  const month = random.weighted(MONTHS);
  const day = random.int(1, new Date(Date.UTC(year, month + 1, 0)).getUTCDate());
  // Most boats leave at night and are found after dawn.
  const hour = Math.round(Math.min(20, Math.max(0, random.normal(8, 3))));
  return new Date(Date.UTC(year, month, day, hour, random.int(0, 59)));
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function randomPartners(random: Random, own: OrganizationShortName, active: OrganizationShortName[], dead: number) {
  const others = active.filter((shortName) => shortName !== own);
  if (others.length === 0 || !random.chance(0.15)) return [];
  const role = random.weighted([
    ["BODY_RECOVERY", dead > 0 ? 30 : 0], ["MEDICAL_CARE", 20], ["TRANSFER", 30], ["SPOTTING", 15], ["COORDINATION", 5],
  ] as const satisfies readonly (readonly [PartnerRole, number])[]);
  return [{ organization: random.pick(others), role }];
}

function narrativeFor(vessel: string | null, place: string, figures: ReturnType<typeof randomFigures>, isShipwreck: boolean) {
  const boat = BOAT_WORDS[figures.boatType];
  const losses = [figures.dead && `${figures.dead} found dead`, figures.missing && `${figures.missing} missing`].filter(Boolean).join(", ");
  const opening = isShipwreck
    ? `Shipwreck of ${boat} ${place}. ${figures.rescued ? `${figures.rescued} survivors` : "No survivors"}`
    : `${vessel ?? "Another ship"} rescued ${figures.rescued} people from ${boat} ${place}`;
  return `${opening}${losses ? `; ${losses}` : ""}.`;
}

export type SyntheticIncident = ReturnType<typeof generateSyntheticIncidents>[number];

/** `count` plausible Central Mediterranean incidents, 2014–2017; the same list for the same arguments. */
export function generateSyntheticIncidents(count: number, seed = 2016) {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => {
    const occurredAt = randomDate(random);
    const month = occurredAt.getUTCMonth();
    const active = ORGANIZATIONS.map((o) => o.shortName).filter((shortName) => ACTIVE_FROM[shortName] <= isoDay(occurredAt));
    const shipOf = (shortName: OrganizationShortName) =>
      VESSELS.find((v) => v.organization === shortName && v.operating[0] <= isoDay(occurredAt) && isoDay(occurredAt) <= v.operating[1]);
    // An organization records far more while its own ship is at sea.
    const organization = random.weighted(active.map((shortName) => [shortName, ORGANIZATION_WEIGHT[shortName] * (shipOf(shortName) ? 1 : 0.3)] as const));
    const ship = shipOf(organization);
    const vessel = ship && random.chance(0.85) ? ship.name : null;
    const isShipwreck = random.chance(vessel ? 0.05 : 0.4);
    const place = randomPlace(random);
    const figures = randomFigures(random, isShipwreck);
    const injuries = randomInjuries(random, figures.rescued, month, figures.boatType);
    const source = vessel ? `${organization} team on board the ${vessel}` : random.pick(OTHER_SOURCES);
    const fields = {
      occurredAt,
      createdAt: new Date(occurredAt.getTime() + Math.round(random.between(2, 48) * 3_600_000)),
      status: random.weighted(STATUSES),
      latitude: place.latitude, longitude: place.longitude, positionText: place.positionText,
      distanceToCoastNm: place.distanceToCoastNm, nearestCountry: place.nearestCountry, sarRegions: place.sarRegions,
      region: "Mediterranean", route: "Central Mediterranean",
      ...figures,
      boatConditions: randomConditions(random, isShipwreck),
      causesOfDeath: randomCauses(random, figures.dead, month, figures.boatType),
      ...randomVulnerable(random, figures.rescued),
      coordinatingAuthority: place.zone === "malta" && random.chance(0.7) ? "RCC Malta" : "MRCC Rome",
      disembarkationPort: figures.rescued > 0 && (vessel || random.chance(0.6)) ? random.pick(PORTS) : null,
      seaState: randomSeaState(random, month),
      narrative: narrativeFor(vessel, place.description, figures, isShipwreck),
      source,
    };
    return {
      organization, vessel, fields, injuries,
      evacuations: randomEvacuations(random, figures.rescued, injuries.some((i) => i.severity !== "MINOR"), occurredAt),
      partners: randomPartners(random, organization, active, figures.dead),
    };
  });
}
