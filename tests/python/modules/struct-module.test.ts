import { describe, expect, it } from 'vitest';
import { out, py } from './run-helper.ts';

// Expected texts are what CPython 3.11 prints on 64-bit Linux for the same lines.
describe('struct', () => {
  it('aligns native items and packs standard ones unaligned', () => {
    expect(out(py('import struct', 'print(struct.calcsize("bi"), struct.calcsize("<bi"), struct.calcsize("ic"), struct.calcsize("l"), struct.pack("bi", 1, 2))'))).toBe(
      "8 5 5 8 b'\\x01\\x00\\x00\\x00\\x02\\x00\\x00\\x00'\n",
    );
  });

  it('round-trips ints, floats, bools and strings', () => {
    expect(out(py('import struct', 'b = struct.pack(">hIq?3sf", -2, 7, -1, True, b"ab", 0.5)', 'print(len(b), struct.unpack(">hIq?3sf", b))'))).toBe(
      "22 (-2, 7, -1, True, b'ab\\x00', 0.5)\n",
    );
  });

  it("words range errors as CPython's _struct does for each code and byte order", () => {
    expect(out(py('import struct', 'struct.pack(">h", 40000)'))).toBe("!! struct.error: 'h' format requires -32768 <= number <= 32767");
    expect(out(py('import struct', 'struct.pack("<h", 40000)'))).toBe('!! struct.error: short format requires -32768 <= number <= 32767');
    expect(out(py('import struct', 'struct.pack(">Q", -1)'))).toBe('!! struct.error: int too large to convert');
    expect(out(py('import struct', 'struct.pack("<Q", -1)'))).toBe('!! struct.error: argument out of range');
  });

  it('rounds half floats to nearest even', () => {
    expect(out(py('import struct', 'print(struct.pack("<e", 65519.99), struct.unpack("<e", struct.pack("<e", 0.1)))'))).toBe("b'\\xff{' (0.0999755859375,)\n");
  });
});
