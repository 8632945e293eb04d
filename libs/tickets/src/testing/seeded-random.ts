/** A small seeded generator (mulberry32) for property tests: a failing seed is printed and replayed. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    bytes: (length: number) => Uint8Array.from({ length }, () => int(0, 255)),
    pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!,
    string: (alphabet: string, length: number) =>
      Array.from({ length }, () => alphabet[int(0, alphabet.length - 1)]).join(''),
  };
}

export const PROPERTY_SEED = Number(process.env.PROPERTY_SEED ?? 20261205);
