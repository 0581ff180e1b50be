/** A small seeded PRNG (mulberry32) so the synthetic data is the same on every run and machine. */
export type Random = ReturnType<typeof createRandom>;

export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const between = (min: number, max: number) => min + next() * (max - min);
  const int = (min: number, max: number) => Math.floor(between(min, max + 1));
  const chance = (p: number) => next() < p;
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const weighted = <T>(options: readonly (readonly [T, number])[]) => {
    let roll = next() * options.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [value, weight] of options) if ((roll -= weight) < 0) return value;
    return options[options.length - 1][0];
  };
  // Box–Muller; clamped by callers where a tail would be implausible.
  const normal = (mean: number, sd: number) => mean + sd * Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return { next, between, int, chance, pick, weighted, normal };
}
