// A tiny seeded PRNG for the demo data. Scenarios must be identical on every seed() (SPEC §4), so nothing
// here reads Math.random or the clock; each seed() creates its own generator from a fixed number.

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  /** `n` random bytes (0–255). */
  bytes(n: number): number[];
  /** `n` hex digits, upper case (Tentacle thumbprints) or lower case (GUIDs). */
  hex(n: number, upper?: boolean): string;
  /** `n` lower-case letters and digits (polling subscription ids). */
  alnum(n: number): string;
  /** A GUID-like id in 8-4-4-4-12 form, as Octopus gives steps and actions. */
  guid(): string;
}

const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const HEX_LOWER: readonly string[] = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));
const HEX_UPPER = HEX_LOWER.map((pair) => pair.toUpperCase());

/**
 * mulberry32: 32-bit state, good spread, and cheap. Strings are cut from whole 32-bit draws (four bytes,
 * or six base-36 digits, per draw): the large scenario makes ~10,000 thumbprints and subscription ids, and
 * drawing per character showed up in its seed time.
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const uint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = (): number => uint32() / 4294967296;
  const int = (n: number): number => Math.floor(next() * n);
  const bytes = (n: number): number[] => {
    const out = new Array<number>(n);
    for (let i = 0; i < n; i += 4) {
      const r = uint32();
      for (let j = 0; j < 4 && i + j < n; j++) out[i + j] = (r >>> (8 * j)) & 0xff;
    }
    return out;
  };
  const hex = (n: number, upper = false): string => {
    const table = upper ? HEX_UPPER : HEX_LOWER;
    const s = bytes(Math.ceil(n / 2)).map((b) => table[b]).join('');
    return n % 2 === 0 ? s : s.slice(0, n);
  };
  const alnum = (n: number): string => {
    const out = new Array<string>(n);
    for (let i = 0; i < n; i += 6) {
      let r = uint32();
      for (let j = 0; j < 6 && i + j < n; j++, r = Math.floor(r / 36)) out[i + j] = ALNUM.charAt(r % 36);
    }
    return out.join('');
  };
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(items.length)] as T;
    },
    bytes,
    hex,
    alnum,
    guid: () => `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`,
  };
}
