/**
 * datetime.timedelta: a normalised (days, seconds, microseconds) triple, as CPython keeps it,
 * with its arithmetic, repr and str. Exact integer work is done in BigInt microseconds.
 */
import * as E from '../../engine/exceptions.ts';
import { raise, typeError, zeroDivision } from '../runtime/errors.ts';
import { PyNative, type NativeType } from '../runtime/native.ts';
import { isNumber, num } from '../runtime/ops.ts';
import { PyFloat, type Value } from '../runtime/values.ts';

export const US_PER_DAY = 86_400_000_000n;
const MAX_DAYS = 999_999_999;

/** Round half to even, as CPython rounds microseconds. */
export function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const diff = x - f;
  if (diff > 0.5) return f + 1;
  if (diff < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** C's round(): halves away from zero. */
function cRound(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

/** a / b rounded half to even, for BigInts (b != 0). */
export function divRoundHalfEven(a: bigint, b: bigint): bigint {
  if (b < 0n) {
    a = -a;
    b = -b;
  }
  let q = a / b;
  let r = a % b;
  if (r < 0n) {
    q -= 1n;
    r += b;
  }
  const twice = 2n * r;
  if (twice > b || (twice === b && q % 2n !== 0n)) q += 1n;
  return q;
}

export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

export class TimeDelta extends PyNative {
  readonly pyTypeName = 'datetime.timedelta';
  readonly days: number;
  readonly seconds: number;
  readonly microseconds: number;
  /** The whole duration in microseconds. */
  readonly us: bigint;
  constructor(
    us: bigint,
    readonly type: NativeType,
  ) {
    super();
    const days = floorDiv(us, US_PER_DAY);
    if (days > BigInt(MAX_DAYS) || days < BigInt(-MAX_DAYS)) {
      raise(E.OverflowError, `days=${days}; must have magnitude <= ${MAX_DAYS}`);
    }
    const rest = us - days * US_PER_DAY;
    this.us = us;
    this.days = Number(days);
    this.seconds = Number(rest / 1_000_000n);
    this.microseconds = Number(rest % 1_000_000n);
  }
  pyRepr(): string {
    const parts: string[] = [];
    if (this.days !== 0) parts.push(`days=${this.days}`);
    if (this.seconds !== 0) parts.push(`seconds=${this.seconds}`);
    if (this.microseconds !== 0) parts.push(`microseconds=${this.microseconds}`);
    return `datetime.timedelta(${parts.length === 0 ? '0' : parts.join(', ')})`;
  }
  override pyStr(): string {
    const h = Math.floor(this.seconds / 3600);
    const m = Math.floor((this.seconds % 3600) / 60);
    const s = this.seconds % 60;
    let out = `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
    if (this.microseconds !== 0) out += '.' + String(this.microseconds).padStart(6, '0');
    if (this.days !== 0) out = `${this.days} day${Math.abs(this.days) === 1 ? '' : 's'}, ${out}`;
    return out;
  }
  totalSeconds(): number {
    return Number(this.us) / 1e6;
  }
  override pyEq(other: Value): boolean {
    return other instanceof TimeDelta && other.us === this.us;
  }
  override pyCompare(other: Value): number | undefined {
    if (!(other instanceof TimeDelta)) return undefined;
    return this.us < other.us ? -1 : this.us > other.us ? 1 : 0;
  }
  override pyKey(): unknown {
    return `timedelta:${this.us}`;
  }
  override pyType(): NativeType {
    return this.type;
  }
  override pyBool(): boolean {
    return this.us !== 0n;
  }
  override pyUnary(op: string): Value | undefined {
    if (op === '-') return new TimeDelta(-this.us, this.type);
    if (op === '+') return this;
    if (op === 'abs') return this.us < 0n ? new TimeDelta(-this.us, this.type) : this;
    return undefined;
  }
  override pyBinop(op: string, other: Value, reflected: boolean): Value | undefined {
    if (other instanceof TimeDelta) {
      const [a, b] = reflected ? [other.us, this.us] : [this.us, other.us];
      switch (op) {
        case '+':
          return new TimeDelta(a + b, this.type);
        case '-':
          return new TimeDelta(a - b, this.type);
        case '/':
          if (b === 0n) zeroDivision('division by zero');
          return new PyFloat(Number(a) / Number(b));
        case '//':
          if (b === 0n) zeroDivision('integer division or modulo by zero');
          return Number(floorDiv(a, b));
        case '%':
          if (b === 0n) zeroDivision('integer division or modulo by zero');
          return new TimeDelta(a - floorDiv(a, b) * b, this.type);
      }
      return undefined;
    }
    if (!isNumber(other)) return undefined;
    const isFloat = other instanceof PyFloat;
    const n = num(other);
    if (op === '*') {
      if (!isFloat) return new TimeDelta(this.us * BigInt(n), this.type);
      if (!Number.isFinite(n)) return raise(isNaN(n) ? E.ValueError : E.OverflowError, isNaN(n) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
      return new TimeDelta(mulFloat(this.us, n), this.type);
    }
    if (reflected) return undefined;
    if (op === '/') {
      if (n === 0) zeroDivision(isFloat ? 'float division by zero' : 'integer division or modulo by zero');
      if (!isFloat) return new TimeDelta(divRoundHalfEven(this.us, BigInt(n)), this.type);
      const [p, q] = ratio(n);
      return new TimeDelta(divRoundHalfEven(this.us * q, p), this.type);
    }
    if (op === '//' && !isFloat) {
      if (n === 0) zeroDivision('integer division or modulo by zero');
      return new TimeDelta(floorDiv(this.us, BigInt(n)), this.type);
    }
    return undefined;
  }
}

/** A finite float as an exact fraction p/q (q > 0), as float.as_integer_ratio gives it. */
function ratio(x: number): [bigint, bigint] {
  let q = 1n;
  let v = x;
  while (!Number.isInteger(v)) {
    v *= 2;
    q *= 2n;
  }
  return [BigInt(v), q];
}

function mulFloat(us: bigint, x: number): bigint {
  const [p, q] = ratio(x);
  return divRoundHalfEven(us * p, q);
}

const FACTORS: [string, bigint][] = [
  ['days', US_PER_DAY],
  ['seconds', 1_000_000n],
  ['microseconds', 1n],
  ['milliseconds', 1000n],
  ['minutes', 60_000_000n],
  ['hours', 3_600_000_000n],
  ['weeks', 7n * US_PER_DAY],
];

/** timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0). */
export function newTimeDelta(args: Value[], kw: Map<string, Value> | null, type: NativeType): TimeDelta {
  if (args.length > 7) typeError(`timedelta expected at most 7 arguments, got ${args.length}`);
  let exact = 0n;
  let frac = 0;
  FACTORS.forEach(([name, factor], i) => {
    let v: Value = i < args.length ? args[i] : undefined;
    const k = kw?.get(name);
    if (k !== undefined) {
      if (v !== undefined) typeError(`argument for timedelta() given by name ('${name}') and position (${i + 1})`);
      v = k;
    }
    if (v === undefined) return;
    if (!isNumber(v)) typeError(`unsupported type for timedelta ${name} component: ${typeNameOf(v)}`);
    if (v instanceof PyFloat) {
      if (!Number.isFinite(v.v)) raise(E.OverflowError, 'cannot convert float infinity to integer');
      // As CPython's delta_new: the whole part exactly, the fraction times the factor in
      // floating point, its whole part exactly again, and the rest left over for rounding.
      const whole = Math.trunc(v.v);
      exact += BigInt(whole) * factor;
      const scaled = (v.v - whole) * Number(factor);
      const scaledWhole = Math.trunc(scaled);
      exact += BigInt(scaledWhole);
      frac += scaled - scaledWhole;
    } else exact += BigInt(num(v as number)) * factor;
  });
  if (kw !== null) for (const k of kw.keys()) if (!FACTORS.some(([n]) => n === k)) typeError(`'${k}' is an invalid keyword argument for __new__()`);
  // The leftover rounds half to even on the parity of the whole total, as delta_new does.
  let wholeUs = cRound(frac);
  if (Math.abs(wholeUs - frac) === 0.5) {
    const odd = (exact & 1n) === 1n ? 1 : 0;
    wholeUs = 2 * cRound((frac + odd) * 0.5) - odd;
  }
  return new TimeDelta(exact + BigInt(wholeUs), type);
}

function typeNameOf(v: Value): string {
  return v instanceof PyNative ? v.pyTypeName : v === null ? 'NoneType' : typeof v === 'string' ? 'str' : typeof v;
}
