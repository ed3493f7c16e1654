import { describe, expect, it } from 'vitest';
import { out, py } from '../modules/run-helper.ts';

// Expected texts are what CPython 3.11 prints for the same lines.
describe('bytearray', () => {
  it('is built from a count, bytes, ints or text, and prints as CPython does', () => {
    expect(out(py('print(bytearray(2), bytearray(b"ab"), bytearray([1, 255]), bytearray("é", "utf-8"), bytearray())'))).toBe(
      "bytearray(b'\\x00\\x00') bytearray(b'ab') bytearray(b'\\x01\\xff') bytearray(b'\\xc3\\xa9') bytearray(b'')\n",
    );
    expect(out(py(`print(repr(bytearray(b"it's")))`))).toBe(`bytearray(b"it\\'s")\n`);
  });

  it('changes in place through items, slices, del and the list-like methods', () => {
    const src = py(
      'b = bytearray(b"hello")',
      'b[0] = 72; b[1:3] = b"EY"; del b[-1]; print(b)',
      'b.append(33); b.extend([65]); b.insert(0, 62); print(b, b.pop(), b.pop(0), b)',
      'b.remove(33); b.reverse(); print(b); b.clear(); print(b, len(b))',
    );
    expect(out(src)).toBe("bytearray(b'HEYl')\nbytearray(b'HEYl!') 65 62 bytearray(b'HEYl!')\nbytearray(b'lYEH')\nbytearray(b'') 0\n");
  });

  it('keeps += and *= in place, so aliases see them', () => {
    expect(out(py('a = bytearray(b"x"); b = a; a += b"y"; a *= 2; print(b, a is b)'))).toBe("bytearray(b'xyxy') True\n");
  });

  it('copies into a new buffer with copy.copy and copy.deepcopy', () => {
    expect(out(py('import copy', 'a = bytearray(b"x"); b = copy.copy(a); c = copy.deepcopy([a]); b.append(1); c[0].append(2); print(a, b, c)'))).toBe(
      "bytearray(b'x') bytearray(b'x\\x01') [bytearray(b'x\\x02')]\n",
    );
  });

  it('shares the bytes methods, which give bytearrays back', () => {
    expect(out(py('b = bytearray(b"a b"); print(b.upper(), b.split(), b.decode(), b.hex(), bytes(b), b == b"a b")'))).toBe(
      "bytearray(b'A B') [bytearray(b'a'), bytearray(b'b')] a b 612062 b'a b' True\n",
    );
  });

  it('mixes with bytes: the left operand decides the type', () => {
    expect(out(py('print(bytearray(b"a") + b"b", b"a" + bytearray(b"b"), bytearray(b"%d") % 5)'))).toBe("bytearray(b'ab') b'ab' bytearray(b'5')\n");
  });

  it("refuses what CPython refuses, with CPython's messages", () => {
    expect(out(py('bytearray(b"a")[0] = 256'))).toBe('!! ValueError: byte must be in range(0, 256)');
    expect(out(py('hash(bytearray())'))).toBe("!! TypeError: unhashable type: 'bytearray'");
    expect(out(py('bytearray()[0]'))).toBe('!! IndexError: bytearray index out of range');
    expect(out(py('bytearray().pop()'))).toBe('!! IndexError: pop from empty bytearray');
    expect(out(py('bytearray(b"ab")[::2] = b"xyz"'))).toBe('!! ValueError: attempt to assign bytes of size 3 to extended slice of size 1');
  });
});

describe('bytes % values', () => {
  it('formats numbers, bytes and reprs', () => {
    expect(out(py('print(b"%d %s %x %r %b %c %%" % (5, b"x", 255, "y", bytearray(b"z"), 65))'))).toBe(`b"5 x ff 'y' z A %"\n`);
    expect(out(py('print(b"%(k)s" % {b"k": b"v"})'))).toBe("b'v'\n");
  });

  it("raises CPython's errors", () => {
    expect(out(py('b"%s" % "text"'))).toBe("!! TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'");
    expect(out(py('b"%c" % 256'))).toBe('!! OverflowError: %c arg not in range(256)');
    expect(out(py('b"%d" % (1, 2)'))).toBe('!! TypeError: not all arguments converted during bytes formatting');
  });
});

describe('int and bytes', () => {
  it('round-trips through to_bytes and from_bytes', () => {
    expect(out(py('print(int.from_bytes(b"\\x01\\x00", "little"), int.from_bytes(b"\\xff\\xfe", "big", signed=True), (-2).to_bytes(2, "big", signed=True))'))).toBe(
      "1 -2 b'\\xff\\xfe'\n",
    );
    expect(out(py('print(int.from_bytes(bytes(9) + b"\\x01", "big"), int.from_bytes([1, 2], "big"))'))).toBe('1 258\n');
  });
});

describe("bytes methods borrowed from str's", () => {
  it('treat only ASCII letters as cased and only ASCII whitespace as space', () => {
    expect(out(py('print(b"\\xe9t\\xe9 ab".title(), b"a\\x1cb c".rsplit(), b"a\\x0bb\\nc".splitlines())'))).toBe(
      "b'\\xe9T\\xe9 Ab' [b'a\\x1cb', b'c'] [b'a\\x0bb', b'c']\n",
    );
  });
});
