/**
 * The `hashlib` module: md5, sha1, sha256 and sha512 hash objects (`update`, `digest`,
 * `hexdigest`, `copy`, `name`, `digest_size`, `block_size`) and `hashlib.new(name)`, as
 * tutorials use them to fingerprint data. The digests are digests.ts's pure TypeScript.
 */
import { checkKwargs, count, param } from '../runtime/builtin-args.ts';
import { typeError, valueError } from '../runtime/errors.ts';
import { PyNative } from '../runtime/native.ts';
import { fakeAddress } from '../runtime/repr.ts';
import { typeName } from '../runtime/types.ts';
import { PyBuiltin, PyModule, type Value } from '../runtime/values.ts';
import { declareEngineType } from '../runtime/types/engine-type.ts';
import { bytesLike, concat } from '../compile/byte-sequence.ts';
import { PyBytes } from '../compile/bytes-object.ts';
import { md5, sha1, sha256 } from './digests.ts';
import { sha512 } from './sha512.ts';

interface Algorithm {
  readonly digest: (message: Uint8Array) => Uint8Array;
  readonly digestSize: number;
  readonly blockSize: number;
}

const ALGORITHMS: ReadonlyMap<string, Algorithm> = new Map([
  ['md5', { digest: md5, digestSize: 16, blockSize: 64 }],
  ['sha1', { digest: sha1, digestSize: 20, blockSize: 64 }],
  ['sha256', { digest: sha256, digestSize: 32, blockSize: 64 }],
  ['sha512', { digest: sha512, digestSize: 64, blockSize: 128 }],
]);

/** What a hash object was fed, in order; digests hash it whole (tutorial inputs are small). */
class PyHash extends PyNative {
  readonly pyTypeName = 'HASH';
  constructor(
    readonly name: string,
    readonly algorithm: Algorithm,
    private fed: Uint8Array,
  ) {
    super();
  }
  pyRepr(): string {
    return `<${this.name} _hashlib.HASH object @ ${fakeAddress(this)}>`;
  }
  update(data: Value): void {
    this.fed = concat(this.fed, dataOf(data));
  }
  digest(): Uint8Array {
    return this.algorithm.digest(this.fed);
  }
  copy(): PyHash {
    return new PyHash(this.name, this.algorithm, this.fed);
  }
}

function dataOf(v: Value): Uint8Array {
  const data = bytesLike(v);
  if (data !== null) return data.slice();
  if (typeof v === 'string') return typeError('Strings must be encoded before hashing');
  return typeError('object supporting the buffer API required');
}

declareEngineType({
  cls: PyHash,
  name: 'HASH',
  module: '_hashlib',
  methods: [
    [
      'update',
      (h, args, kw) => {
        checkKwargs('HASH.update', kw, []);
        if (args.length !== 1) typeError(`HASH.update() takes exactly one argument (${args.length} given)`);
        h.update(args[0]);
        return null;
      },
    ],
    ['digest', (h) => new PyBytes(h.digest())],
    ['hexdigest', (h) => Array.from(h.digest(), (b) => b.toString(16).padStart(2, '0')).join('')],
    ['copy', (h) => h.copy()],
  ],
  props: [
    ['name', (h) => h.name],
    ['digest_size', (h) => h.algorithm.digestSize],
    ['block_size', (h) => h.algorithm.blockSize],
  ],
});

/** `hashlib.md5(string=b'', *, usedforsecurity=True)` and its siblings. */
function constructor(name: string, algorithm: Algorithm): PyBuiltin {
  const fn = `openssl_${name}`;
  return new PyBuiltin(name, (args, kw) => {
    checkKwargs(fn, kw, ['string', 'usedforsecurity']);
    count(fn, args, 0, 1);
    const data = param(fn, args, 0, kw, 'string');
    return new PyHash(name, algorithm, data === undefined ? new Uint8Array(0) : dataOf(data));
  });
}

/** `hashlib.new(name, data=b'')`: the name in any case. */
const newHash = new PyBuiltin('new', (args, kw) => {
  checkKwargs('new', kw, ['name', 'data', 'usedforsecurity']);
  count('new', args, 1, 2);
  const name = param('new', args, 0, kw, 'name');
  if (typeof name !== 'string') return typeError(`new() argument 'name' must be str, not ${typeName(name)}`);
  const algorithm = ALGORITHMS.get(name.toLowerCase());
  if (algorithm === undefined) return valueError(`unsupported hash type ${name}`);
  const data = param('new', args, 1, kw, 'data');
  return new PyHash(name.toLowerCase(), algorithm, data === undefined ? new Uint8Array(0) : dataOf(data));
});

export function makeHashlibModule(): PyModule {
  const dict = new Map<string, Value>([...ALGORITHMS].map(([name, a]) => [name, constructor(name, a)]));
  dict.set('new', newHash);
  return new PyModule('hashlib', dict);
}
