/**
 * logging.LoggerAdapter: a logger that adds the same `extra` to each record (per-task or
 * per-request context), delegating everything else to the logger it wraps.
 */
import { typeError } from '../runtime/errors.ts';
import { PyNative, type NativeType } from '../runtime/native.ts';
import { isNumber, num } from '../runtime/ops.ts';
import { type CallSite, type Value } from '../runtime/values.ts';
import { registerBinding } from '../runtime/types/engine-type.ts';
import type { Kw } from './args.ts';
import { Logger } from './logging-logger.ts';

export class LoggerAdapter extends PyNative {
  readonly pyTypeName = 'LoggerAdapter';
  readonly dict = new Map<string, Value>();
  constructor(
    readonly type: NativeType,
    readonly logger: Logger,
    extra: Value,
  ) {
    super();
    this.dict.set('logger', logger);
    this.dict.set('extra', extra);
  }
  pyRepr(): string {
    return `<LoggerAdapter ${this.logger.name} (${this.logger.run.levelName(this.logger.effectiveLevel())})>`;
  }
  override pyType(): NativeType {
    return this.type;
  }
  /** LoggerAdapter.log: process() replaces the call's `extra` with the adapter's. */
  log(level: number, args: Value[], kw: Kw, site: CallSite, excInfo: Value = false): void {
    if (!this.logger.isEnabledFor(level)) return;
    const opts = new Map(kw ?? []);
    opts.set('extra', this.dict.get('extra') ?? null);
    this.logger.log(level, args, opts, site, excInfo);
  }
}

type M = (self: never, args: Value[], kw: Kw, site?: CallSite) => Value;
const NO_SITE: CallSite = { span: undefined };

const LEVELLED: [string, number, boolean][] = [
  ['debug', 10, false],
  ['info', 20, false],
  ['warning', 30, false],
  ['error', 40, false],
  ['exception', 40, true],
  ['critical', 50, false],
];

registerBinding(LoggerAdapter, {
  methods: new Map<string, M>([
    ...LEVELLED.map(
      ([name, level, exc]) =>
        [
          name,
          ((self: LoggerAdapter, args: Value[], kw: Kw, site?: CallSite) => {
            self.log(level, args, kw, site ?? NO_SITE, exc);
            return null;
          }) as M,
        ] as [string, M],
    ),
    [
      'log',
      ((self: LoggerAdapter, args: Value[], kw: Kw, site?: CallSite) => {
        if (typeof args[0] !== 'number') typeError('level must be an integer');
        self.log(args[0] as number, args.slice(1), kw, site ?? NO_SITE);
        return null;
      }) as M,
    ],
    [
      'isEnabledFor',
      ((self: LoggerAdapter, args: Value[]) => self.logger.isEnabledFor(isNumber(args[0]) ? num(args[0]) : self.logger.run.checkLevel(args[0]))) as M,
    ],
    ['getEffectiveLevel', ((self: LoggerAdapter) => self.logger.effectiveLevel()) as M],
    [
      'setLevel',
      ((self: LoggerAdapter, args: Value[]) => {
        self.logger.dict.set('level', self.logger.run.checkLevel(args[0]));
        return null;
      }) as M,
    ],
  ]) as never,
  props: new Map<string, (self: never) => Value>([
    ['name', ((self: LoggerAdapter) => self.logger.name) as (self: never) => Value],
    ['manager', (() => null) as (self: never) => Value],
  ]),
  dict: (self: LoggerAdapter) => self.dict,
});
