/**
 * MT19937, the generator under CPython's `random` module, seeded and drawn the way
 * Modules/_randommodule.c does it, so the same seed gives the same 32-bit words, floats and
 * bit strings as CPython. Pure: no Python values here (random-module.ts adapts them).
 */

const N = 624;
const M = 397;
const UPPER = 0x80000000;
const LOWER = 0x7fffffff;
const MATRIX_A = 0x9908b0df;

export class MersenneTwister {
  readonly mt = new Uint32Array(N);
  /** Next word to hand out; N means the block must be regenerated first. */
  index = N + 1;

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]!;
      mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
    }
    this.index = N;
  }

  /** init_by_array: every seed goes through it, as a list of 32-bit words (least significant first). */
  seedWords(key: readonly number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    const len = key.length;
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, len); k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = UPPER; // assures a non-zero initial array
    this.index = N;
  }

  /** CPython's int seed: the absolute value's 32-bit words, least significant first ([0] for 0). */
  seedInt(n: bigint): void {
    let a = n < 0n ? -n : n;
    const key: number[] = [];
    while (a > 0n) {
      key.push(Number(a & 0xffffffffn));
      a >>= 32n;
    }
    this.seedWords(key.length === 0 ? [0] : key);
  }

  private generate(): void {
    const mt = this.mt;
    let kk = 0;
    let y: number;
    for (; kk < N - M; kk++) {
      y = (mt[kk]! & UPPER) | (mt[kk + 1]! & LOWER);
      mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk]! & UPPER) | (mt[kk + 1]! & LOWER);
      mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    y = (mt[N - 1]! & UPPER) | (mt[0]! & LOWER);
    mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    this.index = 0;
  }

  /** genrand_uint32: the next tempered 32-bit word. */
  next32(): number {
    if (this.index >= N) this.generate();
    let y = this.mt[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random(): 27 + 26 bits from two words, a float in [0, 1) with 53 bits of precision. */
  random(): number {
    const a = this.next32() >>> 5;
    const b = this.next32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** getrandbits(k) for 0 <= k <= 53, as a JS number (the common case: _randbelow of a small n). */
  bitsNumber(k: number): number {
    if (k === 0) return 0;
    if (k <= 32) return this.next32() >>> (32 - k);
    const low = this.next32();
    const high = this.next32() >>> (64 - k);
    return high * 4294967296 + low;
  }

  /** getrandbits(k) for any k >= 0: words fill from the least significant end, the last one trimmed. */
  bitsBig(k: number): bigint {
    if (k <= 53) return BigInt(this.bitsNumber(k));
    let result = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let r = this.next32();
      if (left < 32) r >>>= 32 - left;
      result |= BigInt(r) << shift;
      shift += 32n;
    }
    return result;
  }

  /** A uniformly random int in [0, n), n >= 1, by rejection over n.bit_length() bits (_randbelow). */
  below(n: number): number {
    const k = bitLength(n);
    let r = this.bitsNumber(k);
    while (r >= n) r = this.bitsNumber(k);
    return r;
  }

  belowBig(n: bigint): bigint {
    const k = n.toString(2).length;
    let r = this.bitsBig(k);
    while (r >= n) r = this.bitsBig(k);
    return r;
  }

  /** The 624 words and the index, as CPython's getstate() lists them. */
  getState(): number[] {
    return [...this.mt, this.index];
  }

  setState(words: readonly number[], index: number): void {
    this.mt.set(words.map((w) => w >>> 0));
    this.index = index;
  }
}

export function bitLength(n: number): number {
  return n === 0 ? 0 : n < 4294967296 ? 32 - Math.clz32(n) : Math.floor(n / 4294967296).toString(2).length + 32;
}

export const MT_WORDS = N;
