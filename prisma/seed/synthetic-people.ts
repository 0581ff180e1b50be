import { createRandom, type Random } from "./random";
import type { SyntheticIncident } from "./synthetic-generator";

// Who was on board the synthetic boats: a sex and age split where persons on board is known, and
// nationalities in the proportions of the Central Mediterranean crossings of 2014–2017 (UNHCR sea
// arrivals to Italy). Drawn from a random stream of their own, so the other synthetic figures stay as they were.
const NATIONALITIES = [
  ["ER", 14], ["NG", 16], ["GM", 7], ["SN", 6], ["ML", 5], ["SD", 5], ["CI", 6], ["GN", 7], ["SO", 4], ["BD", 5],
  ["MA", 3], ["EG", 2], ["SY", 3], ["PK", 2], ["CM", 2], ["GH", 3], ["ET", 2], ["TN", 1],
] as const;
const DEPARTURES = ["Sabratha, Libya", "Zuwara, Libya", "Garabulli, Libya", "Tripoli, Libya", "Zawiya, Libya", "Khoms, Libya", "Zuwarah coast, Libya"] as const;

type Figures = Pick<SyntheticIncident["fields"], "occurredAt" | "personsOnBoard" | "rescued" | "dead" | "missing" | "women" | "children">;

function sexAndAge(random: Random, { personsOnBoard, women, children }: Figures) {
  const none = { men: null, girls: null, boys: null, sexAgeUnknown: null };
  if (personsOnBoard === null || women === null || children === null || !random.chance(0.7)) return none;
  const adults = personsOnBoard - women - children;
  const sexAgeUnknown = Math.round(adults * random.between(0, 0.08));
  const girls = random.chance(0.6) ? Math.round(children * random.between(0.2, 0.5)) : null;
  const boys = girls === null ? null : Math.round((children - girls) * random.between(0.8, 1));
  return { men: adults - sexAgeUnknown, girls, boys, sexAgeUnknown };
}

function nationalities(random: Random, whole: number) {
  if (whole === 0 || !random.chance(0.6)) return [];
  const countries = new Set<string>();
  const wanted = Math.min(whole, random.int(1, 4));
  while (countries.size < wanted) countries.add(random.weighted(NATIONALITIES));
  let budget = Math.round(whole * random.between(0.5, 1));
  return [...countries].map((country, i, all) => {
    const count = i === all.length - 1 ? budget : Math.max(1, Math.round(budget * random.between(0.3, 0.7)));
    budget -= count;
    return { country, count };
  }).filter((row) => row.count > 0);
}

function departure(random: Random, occurredAt: Date) {
  if (!random.chance(0.5)) return { departurePlace: null, departedAt: null };
  const departedAt = random.chance(0.7) ? new Date(occurredAt.getTime() - Math.round(random.between(4, 30) * 3_600_000)) : null;
  return { departurePlace: random.pick(DEPARTURES), departedAt };
}

/** The incidents with their people on board; the same for the same incidents and seed. */
export function withPeople<T extends { fields: Figures }>(incidents: T[], seed = 2016) {
  const random = createRandom(seed * 7919 + 13);
  return incidents.map((incident) => {
    const { fields } = incident;
    const whole = fields.personsOnBoard ?? fields.rescued + fields.dead + fields.missing;
    return {
      ...incident,
      fields: { ...fields, ...sexAndAge(random, fields), ...departure(random, fields.occurredAt) },
      nationalities: nationalities(random, Math.max(0, whole)),
    };
  });
}

export type SyntheticIncidentWithPeople = ReturnType<typeof withPeople<SyntheticIncident>>[number];
