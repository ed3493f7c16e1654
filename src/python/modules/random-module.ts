/**
 * The `random` module: CPython's Random class over MT19937, and the module-level functions
 * bound to one hidden instance, as Lib/random.py binds them to `_inst`. Unseeded, that instance
 * starts as `random.seed(runSeed)` would leave it, so the run's seed (shown by the UI, kept in
 * share links) replays every number; `seed()`/`Random()` without a value draw from entropy
 * derived from the same seed.
 */
import * as E from '../../engine/exceptions.ts';
import { raise, typeError, valueError } from '../runtime/errors.ts';
import { declareEngineType, type EngineMethod } from '../runtime/types/engine-type.ts';
import { currentRealm, type Realm } from '../runtime/realm.ts';
import type { Method } from '../runtime/method.ts';
import { PyNative } from '../runtime/native.ts';
import { fakeAddress } from '../runtime/repr.ts';
import { getItem } from '../compile/subscript.ts';
import { binop, pyLen } from '../runtime/ops.ts';
import { PyBuiltin, PyFloat, PyModule, PyTuple, type CallSite, type Value } from '../runtime/values.ts';
import { MersenneTwister, MT_WORDS } from './mersenne-twister.ts';
import { seedInteger } from './random-seed.ts';
import { getrandbits, indexArg, randrange } from './random-ints.ts';
import { bindArgs, type Signature } from './random-args.ts';
import * as S from './random-sequences.ts';
import * as D from './random-distributions.ts';

/** What a run gives its `random` module. */
export interface RandomHost {
  /** The run's seed: the default generator starts as `random.seed(seed)` leaves it. */
  readonly seed: number;
  readonly filename: string;
  readonly sourceLines: readonly string[];
  readonly stderr: (text: string) => void;
  /** Called when a number is drawn from state that came from the run's seed (so the seed matters). */
  readonly seedUsed: () => void;
}

/** The per-run parts every Random of the run shares: entropy for seed(None), the run's host. */
interface RunRandom {
  readonly entropy: MersenneTwister;
  readonly host: RandomHost;
}

export class PyRandom extends PyNative implements D.GaussState {
  readonly mt = new MersenneTwister();
  gaussNext: number | null = null;
  /** The state came from the run's seed (unseeded, or seed(None)), not from a seed the program chose. */
  fromRunSeed = false;
  constructor(
    readonly run: RunRandom,
    /** SystemRandom: CPython reads os.urandom and has no state; here it reads the run's entropy. */
    readonly system = false,
  ) {
    super();
    if (system) this.seed(null);
  }
  get pyTypeName(): string {
    return this.system ? 'SystemRandom' : 'Random';
  }
  pyRepr(): string {
    return `<random.${this.pyTypeName} object at ${fakeAddress(this)}>`;
  }
  seed(a: Value, version: Value = 2): void {
    const n = seedInteger(a, version);
    this.fromRunSeed = n === null;
    if (n === null) {
      // As CPython seeds from os.urandom: init_by_array over 624 fresh words.
      const words: number[] = [];
      for (let i = 0; i < MT_WORDS; i++) words.push(this.run.entropy.next32());
      this.mt.seedWords(words);
    } else this.mt.seedInt(n);
    this.gaussNext = null;
  }
}

const f = (x: number): PyFloat => new PyFloat(x);
const dflt = (v: Value | undefined, d: Value): Value => (v === undefined ? d : v);

/** A method CPython writes in Python: bound with its signature, then run on the values. */
function py(name: string, sig: Signature, body: (self: PyRandom, a: (Value | undefined)[], site: CallSite | undefined) => Value): [string, Method] {
  const fn = `Random.${name}`;
  return [name, (self: PyRandom, args, kw, site) => body(self, bindArgs(fn, sig, args, kw), site)];
}

const sig = (params: string[], required = params.length, kwOnly?: string[]): Signature => ({ params, required, ...(kwOnly ? { kwOnly } : {}) });

/** A DeprecationWarning at the caller's line, through the run's warnings filters. */
function warnAt(self: PyRandom, site: CallSite | undefined): (message: string) => void {
  return (message) => {
    const line = site?.span?.line;
    if (line === undefined) return;
    const { host } = self.run;
    currentRealm.warnings.warnAt(E.DeprecationWarning, message, host.filename, line, host.sourceLines);
  };
}

function noState(): never {
  return raise(E.NotImplementedError, 'System entropy source does not have state.');
}

function getstate(self: PyRandom): Value {
  return new PyTuple([3, new PyTuple(self.mt.getState()), self.gaussNext === null ? null : f(self.gaussNext)]);
}

function setstate(self: PyRandom, state: Value): void {
  const version = getItem(state, 0);
  if (version !== 3 && version !== 2) {
    valueError(`state with version ${String(version)} passed to Random.setstate() of version 3`);
  }
  const n = pyLen(state);
  if (n > 3) valueError('too many values to unpack (expected 3)');
  if (n < 3) valueError(`not enough values to unpack (expected 3, got ${n})`);
  const internal = getItem(state, 1);
  const gaussNext = getItem(state, 2);
  if (!(internal instanceof PyTuple)) return typeError('state vector must be a tuple');
  if (internal.items.length !== MT_WORDS + 1) return valueError('state vector is the wrong size');
  const words = internal.items.map((w) => {
    const n = Number(indexArg(w));
    return version === 2 ? ((n % 2 ** 32) + 2 ** 32) % 2 ** 32 : n;
  });
  const index = words.pop()!;
  if (index < 0 || index > MT_WORDS) return valueError('invalid state');
  self.mt.setState(words, index);
  self.gaussNext = gaussNext instanceof PyFloat ? gaussNext.v : gaussNext === null ? null : Number(gaussNext);
}

const rawMethods: [string, Method][] = [
  py('seed', sig(['a', 'version'], 0), (self, [a, version]) => {
    if (self.system) return null;
    self.seed(dflt(a, null), dflt(version, 2));
    return null;
  }),
  [
    'random',
    (self: PyRandom, args) => {
      if (args.length > 0) typeError(`Random.random() takes no arguments (${args.length} given)`);
      return f(self.mt.random());
    },
  ],
  [
    'getrandbits',
    (self: PyRandom, args, kw) => {
      if (kw !== null && kw.size > 0) typeError('Random.getrandbits() takes no keyword arguments');
      if (args.length !== 1) typeError(`Random.getrandbits() takes exactly one argument (${args.length} given)`);
      return getrandbits(self.mt, args[0]);
    },
  ],
  py('randrange', sig(['start', 'stop', 'step'], 1), (self, [start, stop, step], site) =>
    randrange(self.mt, start, dflt(stop, null), step, warnAt(self, site)),
  ),
  // randint calls randrange from inside random.py, where its deprecation warnings stay hidden.
  py('randint', sig(['a', 'b']), (self, [a, b]) => randrange(self.mt, a, binop('+', b, 1), undefined, () => {})),
  py('choice', sig(['seq']), (self, [seq]) => S.choice(self.mt, seq)),
  py('shuffle', sig(['x']), (self, [x]) => {
    S.shuffle(self.mt, x);
    return null;
  }),
  py('sample', sig(['population', 'k'], 2, ['counts']), (self, [p, k, counts]) => S.sample(self.mt, p, k, dflt(counts, null))),
  py('choices', sig(['population', 'weights'], 1, ['cum_weights', 'k']), (self, [p, w, cw, k]) =>
    S.choices(self.mt, p, dflt(w, null), dflt(cw, null), dflt(k, 1)),
  ),
  py('uniform', sig(['a', 'b']), (self, [a, b]) => D.uniform(self.mt, a, b)),
  py('triangular', sig(['low', 'high', 'mode'], 0), (self, [low, high, mode]) =>
    D.triangular(self.mt, dflt(low, f(0)), dflt(high, f(1)), dflt(mode, null)),
  ),
  py('normalvariate', sig(['mu', 'sigma'], 0), (self, [mu, s]) => D.normalvariate(self.mt, dflt(mu, f(0)), dflt(s, f(1)))),
  py('gauss', sig(['mu', 'sigma'], 0), (self, [mu, s]) => D.gauss(self.mt, self, dflt(mu, f(0)), dflt(s, f(1)))),
  py('lognormvariate', sig(['mu', 'sigma']), (self, [mu, s]) => D.lognormvariate(self.mt, mu, s)),
  py('expovariate', sig(['lambd']), (self, [l]) => D.expovariate(self.mt, l)),
  py('vonmisesvariate', sig(['mu', 'kappa']), (self, [mu, k]) => D.vonmisesvariate(self.mt, mu, k)),
  py('gammavariate', sig(['alpha', 'beta']), (self, [a, b]) => f(D.gammavariate(self.mt, a, b))),
  py('betavariate', sig(['alpha', 'beta']), (self, [a, b]) => D.betavariate(self.mt, a, b)),
  py('paretovariate', sig(['alpha']), (self, [a]) => D.paretovariate(self.mt, a)),
  py('weibullvariate', sig(['alpha', 'beta']), (self, [a, b]) => D.weibullvariate(self.mt, a, b)),
  py('getstate', sig([]), (self) => (self.system ? noState() : getstate(self))),
  py('setstate', sig(['state']), (self, [state]) => {
    if (self.system) noState();
    setstate(self, state);
    return null;
  }),
];
/** Drawing from state the run's seed made is what makes the seed worth showing (and sharing). */
const tracked = (m: Method): Method => (self: PyRandom, args, kw, site) => {
  if (self.fromRunSeed) self.run.host.seedUsed();
  return m(self as never, args, kw, site);
};
const methods = new Map<string, Method>(rawMethods.map(([name, m]) => [name, name === 'seed' ? m : tracked(m)]));

/** SystemRandom: CPython's subclass of Random that draws from os.urandom. */
class PySystemRandom extends PyRandom {
  constructor(run: RunRandom) {
    super(run, true);
  }
}

/** The random state of each run that imported the module: Random() belongs to it. */
const runs = new WeakMap<Realm, RunRandom>();
function thisRun(): RunRandom {
  const run = runs.get(currentRealm);
  if (run === undefined) throw new Error('internal: random used by a run that has not imported it');
  return run;
}

const randomType = declareEngineType({
  cls: PyRandom,
  name: 'Random',
  module: 'random',
  construct: (args, kw) => {
    const [x] = bindArgs('Random.__init__', sig(['x'], 0), args, kw);
    const r = new PyRandom(thisRun());
    r.seed(dflt(x, null));
    return r;
  },
  methods: [...methods] as [string, EngineMethod<PyRandom>][],
  props: [['gauss_next', (self) => (self.gaussNext === null ? null : f(self.gaussNext))]],
});
const systemRandomType = declareEngineType({
  cls: PySystemRandom,
  name: 'SystemRandom',
  module: 'random',
  bases: [randomType],
  construct: (args, kw) => {
    bindArgs('Random.__init__', sig(['x'], 0), args, kw);
    return new PySystemRandom(thisRun());
  },
});

const CONSTANTS: [string, number][] = [
  ['BPF', 53],
  ['LOG4', D.LOG4],
  ['NV_MAGICCONST', D.NV_MAGICCONST],
  ['RECIP_BPF', 2 ** -53],
  ['SG_MAGICCONST', D.SG_MAGICCONST],
  ['TWOPI', 2 * Math.PI],
];

export function makeRandomModule(host: RandomHost): PyModule {
  const entropy = new MersenneTwister();
  // A stream of its own, so that seed() draws differ from the default generator's numbers.
  entropy.seedWords([host.seed % 2 ** 32, Math.floor(host.seed / 2 ** 32), 0x5eed]);
  const run: RunRandom = { entropy, host };

  runs.set(currentRealm, run);
  const inst = new PyRandom(run);
  inst.seed(host.seed);
  inst.fromRunSeed = true;

  const d = new Map<string, Value>();
  d.set('Random', randomType);
  d.set('SystemRandom', systemRandomType);
  for (const [name, m] of methods) d.set(name, new PyBuiltin(name, (args, kw, site) => m(inst as never, args, kw, site), inst));
  for (const [name, v] of CONSTANTS) d.set(name, name === 'BPF' ? v : f(v));
  return new PyModule('random', d);
}

