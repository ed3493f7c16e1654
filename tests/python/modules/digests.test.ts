import { describe, expect, it } from 'vitest';
import { md5, sha1, sha256 } from '../../../src/python/modules/digests.ts';
import { out, py } from './run-helper.ts';

const hex = (d: Uint8Array): string => Array.from(d, (b) => b.toString(16).padStart(2, '0')).join('');
const a = (n: number): Uint8Array => new Uint8Array(n).fill(0x61);

// Expected digests are CPython hashlib's; the lengths straddle the padding's block boundaries.
describe('digests', () => {
  const cases: [string, Uint8Array, string, string, string][] = [
    ['empty', new Uint8Array(0), 'd41d8cd98f00b204e9800998ecf8427e', 'da39a3ee5e6b4b0d3255bfef95601890afd80709', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', new TextEncoder().encode('abc'), '900150983cd24fb0d6963f7d28e17f72', 'a9993e364706816aba3e25717850c26c9cd0d89d', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['55 bytes', a(55), 'ef1772b6dff9a122358552954ad0df65', 'c1c8bbdc22796e28c0e15163d20899b65621d65a', '9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318'],
    ['56 bytes', a(56), '3b0c8ac703f828b04c6c197006d17218', 'c2db330f6083854c99d4b5bfb6e8f29f201be699', 'b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a'],
    ['64 bytes', a(64), '014842d480b571495a4a0363793f7367', '0098ba824b5c16427bd7a1122a5a442a25ec644d', 'ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb'],
    ['1000 bytes', a(1000), 'cabe45dcc9ae5b66ba86600cca6b8ba8', '291e9a6c66994949b57ba5e650361e98fc36b1ba', '41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3'],
  ];
  for (const [name, message, m, s1, s256] of cases) {
    it(`hashes ${name}`, () => {
      expect(hex(md5(message))).toBe(m);
      expect(hex(sha1(message))).toBe(s1);
      expect(hex(sha256(message))).toBe(s256);
    });
  }
});

describe('hashlib', () => {
  it('feeds a hash object in pieces', () => {
    expect(out(py('import hashlib', 'h = hashlib.new("MD5"); h.update(b"a"); h.update(bytearray(b"bc")); print(h.name, h.hexdigest())'))).toBe(
      'md5 900150983cd24fb0d6963f7d28e17f72\n',
    );
  });

  it("refuses text and unknown names with CPython's messages", () => {
    expect(out(py('import hashlib', 'hashlib.sha1("abc")'))).toBe('!! TypeError: Strings must be encoded before hashing');
    expect(out(py('import hashlib', 'hashlib.new("whirlpool")'))).toBe('!! ValueError: unsupported hash type whirlpool');
  });
});
