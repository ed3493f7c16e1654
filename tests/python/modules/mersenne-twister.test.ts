// MT19937, SHA-512 and the seed conversion on their own, against numbers from CPython 3.11:
//   python3 -c 'import random; random.seed(1); print([random.getrandbits(32) for _ in range(5)])'
import { describe, expect, it } from 'vitest';
import { MersenneTwister, bitLength } from '../../../src/python/modules/mersenne-twister.ts';
import { sha512 } from '../../../src/python/modules/sha512.ts';
import { seedInteger } from '../../../src/python/modules/random-seed.ts';
import { PyFloat } from '../../../src/python/runtime/values.ts';

function seeded(a: unknown): MersenneTwister {
  const mt = new MersenneTwister();
  mt.seedInt(seedInteger(a, 2)!);
  return mt;
}
const words = (mt: MersenneTwister, n: number) => Array.from({ length: n }, () => mt.next32());
const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');

describe('MersenneTwister', () => {
  it('gives CPython 32-bit words for int seeds (init_by_array over the 32-bit words)', () => {
    expect(words(seeded(1), 5)).toEqual([577090037, 2444712010, 3639700191, 3445702192, 3280387012]);
    expect(words(seeded(0), 3)).toEqual([3626764237, 1654615998, 3255389356]);
    // A negative seed uses its absolute value.
    expect(words(seeded(-1), 5)).toEqual(words(seeded(1), 5));
  });
  it('seeds a two-word int as CPython does, and leaves the state getstate() shows', () => {
    const state = seeded(2 ** 32 + 1).getState();
    expect(state.slice(0, 3)).toEqual([2147483648, 2988269692, 1493083956]);
    expect(state.at(-1)).toBe(624);
  });
  it('random() takes 27 + 26 bits of two words', () => {
    const mt = seeded(1);
    expect([mt.random(), mt.random()]).toEqual([0.13436424411240122, 0.8474337369372327]);
  });
  it('getrandbits past 32 bits fills from the least significant word', () => {
    const mt = seeded(0);
    words(mt, 3);
    expect(mt.bitsBig(100)).toBe(320120153174708524685608814210n);
  });
  it('str seeds go through SHA-512, float seeds through hash()', () => {
    expect(words(seeded('abc'), 3)).toEqual([3315820543, 4246262336, 2397318194]);
    expect(seeded(new PyFloat(3.5)).next32()).toBe(1305322236);
  });
  it('restores a saved state exactly', () => {
    const mt = seeded(9);
    words(mt, 700);
    const saved = mt.getState();
    const next = words(mt, 10);
    mt.setState(saved.slice(0, 624), saved[624]!);
    expect(words(mt, 10)).toEqual(next);
  });
  it('bitLength', () => {
    expect([0, 1, 2, 255, 256, 2 ** 32 - 1, 2 ** 32, 2 ** 53 - 1].map(bitLength)).toEqual([0, 1, 2, 8, 9, 32, 33, 53]);
  });
});

describe('sha512', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(hex(sha512(enc('abc')))).toBe(
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    );
    expect(hex(sha512(enc('')))).toBe(
      'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
    );
    // Two blocks: 112 bytes of message leave no room for the length in the first.
    expect(hex(sha512(enc('abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu')))).toBe(
      '8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909',
    );
  });
});
