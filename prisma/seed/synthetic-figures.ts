import type { BoatCondition, BoatType, CauseOfDeath, EvacuationMeans, InjuryType, Severity } from "@/generated/prisma/enums";
import type { Random } from "./random";

const isWinter = (month: number) => month <= 2 || month >= 11;

function distinct<T>(random: Random, count: number, options: readonly (readonly [T, number])[]) {
  const chosen = new Set<T>();
  for (let i = 0; i < count * 4 && chosen.size < count; i++) chosen.add(random.weighted(options));
  return [...chosen];
}

const CAPACITY: Record<BoatType, readonly [mean: number, sd: number, min: number, max: number]> = {
  INFLATABLE: [125, 25, 40, 180],
  WOODEN: [330, 120, 80, 600],
  FIBREGLASS: [40, 15, 10, 80],
  FISHING: [250, 100, 50, 600],
  OTHER: [60, 20, 10, 120],
};

/** People on board and what became of them. A shipwreck loses many; a rescue usually loses nobody. */
export function randomFigures(random: Random, isShipwreck: boolean) {
  const boatType = random.weighted([["INFLATABLE", 68], ["WOODEN", 26], ["FIBREGLASS", 3], ["FISHING", 3]] as const satisfies readonly (readonly [BoatType, number])[]);
  const [mean, sd, min, max] = CAPACITY[boatType];
  const onBoard = Math.round(Math.min(max, Math.max(min, random.normal(mean, sd))));
  let dead = 0;
  let missing = 0;
  if (isShipwreck) {
    const lost = random.chance(0.1) ? onBoard : Math.round(onBoard * random.between(0.1, 0.9));
    dead = Math.round(lost * random.between(0, 0.4));
    missing = lost - dead;
  } else {
    if (random.chance(0.12)) dead = Math.min(Math.round(onBoard * 0.3), 1 + Math.floor(-Math.log(1 - random.next()) * 4));
    if (random.chance(0.05)) missing = Math.min(random.int(1, 10), onBoard - dead);
  }
  const rescued = onBoard - dead - missing;
  const personsOnBoard = random.chance(0.8) ? onBoard + (random.chance(0.3) ? random.int(1, 10) : 0) : null;
  return { boatType, personsOnBoard, rescued, dead, missing };
}

export function randomConditions(random: Random, isShipwreck: boolean): BoatCondition[] {
  if (isShipwreck) return distinct(random, random.int(1, 2), [["CAPSIZED", 5], ["SINKING", 4], ["OVERCROWDED", 2]] as const);
  return distinct(random, random.int(1, 2), [["TAKING_WATER", 30], ["OVERCROWDED", 30], ["ENGINE_FAILURE", 15], ["ADRIFT", 15], ["SINKING", 10]] as const);
}

export function randomCauses(random: Random, dead: number, month: number, boatType: BoatType): CauseOfDeath[] {
  if (dead === 0) return [];
  return distinct(random, random.int(1, 2), [
    ["DROWNING", 50], ["SUFFOCATION", 15], ["FUEL_BURNS", boatType === "INFLATABLE" ? 12 : 2],
    ["HYPOTHERMIA", isWinter(month) ? 20 : 2], ["DEHYDRATION", 5], ["TRAUMA", 3], ["UNKNOWN", 8],
  ] as const);
}

export function randomVulnerable(random: Random, rescued: number) {
  if (rescued === 0 || random.chance(0.25)) return { children: null, unaccompaniedMinors: null, women: null, pregnantWomen: null, infants: null };
  const share = (of: number, max: number) => Math.round(of * random.between(0, max));
  const women = share(rescued, 0.25);
  const children = share(rescued, 0.2);
  return { women, pregnantWomen: share(women, 0.2), children, unaccompaniedMinors: share(children, 0.9), infants: share(children, 0.2) };
}

export function randomInjuries(random: Random, rescued: number, month: number, boatType: BoatType) {
  if (rescued === 0 || !random.chance(0.3)) return [];
  const types = distinct(random, random.int(1, 2), [
    ["FUEL_BURN", boatType === "INFLATABLE" ? 40 : 5], ["DEHYDRATION", 25], ["HYPOTHERMIA", isWinter(month) ? 25 : 5],
    ["TRAUMA", 10], ["DROWNING_RELATED", 10], ["OTHER", 5],
  ] as const satisfies readonly (readonly [InjuryType, number])[]);
  let budget = rescued;
  return types.map((type) => {
    const severity = random.weighted([["MINOR", 70], ["SERIOUS", 25], ["CRITICAL", 5]] as const satisfies readonly (readonly [Severity, number])[]);
    const count = Math.min(budget, random.int(1, Math.max(1, Math.round(rescued * 0.12))));
    budget -= count;
    return { type, severity, count };
  }).filter((injury) => injury.count > 0);
}

export function randomEvacuations(random: Random, rescued: number, hasSerious: boolean, occurredAt: Date) {
  if (rescued === 0 || !random.chance(hasSerious ? 0.6 : 0.06)) return [];
  const means = random.weighted([["HELICOPTER", 40], ["BOAT", 55], ["OTHER", 5]] as const satisfies readonly (readonly [EvacuationMeans, number])[]);
  return [{
    count: random.int(1, Math.min(5, rescued)),
    means,
    destination: random.pick(["Lampedusa", "Malta", "Catania", "Palermo"] as const),
    evacuatedAt: new Date(occurredAt.getTime() + random.int(1, 10) * 3_600_000),
  }];
}

export function randomSeaState(random: Random, month: number) {
  if (random.chance(0.2)) return null;
  const states = ["Calm (Douglas 1)", "Smooth (Douglas 2)", "Slight (Douglas 3)", "Moderate (Douglas 4)", "Rough (Douglas 5)"] as const;
  return isWinter(month)
    ? random.weighted(states.map((s, i) => [s, [1, 2, 4, 5, 3][i]] as const))
    : random.weighted(states.map((s, i) => [s, [5, 5, 4, 2, 1][i]] as const));
}
