import { describe, expect, it } from 'vitest';
import { out, py } from './run-helper.ts';

// Expected texts are what CPython 3.11 prints for the same lines.
describe('base64 and binascii', () => {
  it('round-trips every tail length', () => {
    expect(out(py('import base64', 'print([base64.b64encode(b"abcd"[:n]) for n in range(5)], base64.b32encode(b"ab"), base64.b16decode("01AB"))'))).toBe(
      "[b'', b'YQ==', b'YWI=', b'YWJj', b'YWJjZA=='] b'MFRA====' b'\\x01\\xab'\n",
    );
  });

  it('decodes leniently unless validate=True, with binascii.Error', () => {
    expect(out(py('import base64', 'print(base64.b64decode("aG k=\\n"))'))).toBe("b'hi'\n");
    expect(out(py('import base64', 'base64.b64decode("a!k=", validate=True)'))).toBe('!! binascii.Error: Only base64 data is allowed');
    expect(out(py('import base64, binascii', 'try:', '    base64.b64decode("abc")', 'except binascii.Error as e:', '    print(e, isinstance(e, ValueError))'))).toBe(
      'Incorrect padding True\n',
    );
  });
});
