/**
 * The warnings machinery of one run (CPython's _warnings): the filter list, the registries that
 * make the "default", "module" and "once" actions show a warning only once, and where shown
 * warnings go. Every warning of a run comes through here — `warnings.warn`, logging's and
 * random's deprecation notices, "coroutine ... was never awaited" — so `simplefilter("ignore")`
 * and `catch_warnings` see them all.
 */
import * as E from '../../engine/exceptions.ts';

export type WarningAction = 'default' | 'error' | 'ignore' | 'always' | 'module' | 'once';
export const WARNING_ACTIONS: readonly WarningAction[] = ['default', 'error', 'ignore', 'always', 'module', 'once'];

export interface WarningFilter {
  readonly action: WarningAction;
  /** Matched case-insensitively against the start of the message; null matches every message. */
  readonly message: RegExp | null;
  readonly category: E.ExcClass;
  /** Matched against the start of the module's name; null matches every module. */
  readonly module: RegExp | null;
  /** 0 matches every line. */
  readonly lineno: number;
  /** The filter as the program gave it, to find a duplicate (filters are replaced, not stacked). */
  readonly key: string;
}

/** Where a warning is attributed: the frame `stacklevel` names, or `sys:1` beyond the stack. */
export interface WarningSite {
  readonly filename: string;
  readonly line: number;
  readonly module: string;
  /** The source line shown under the message (none for `sys`). */
  readonly source: string | null;
}

/** A warning that passed the filters: what showwarning gets (and catch_warnings records). */
export interface ShownWarning {
  /** The Warning instance; its class is the category. */
  readonly message: E.PyException;
  /** str(message), as the filters matched it. */
  readonly text: string;
  readonly site: WarningSite;
  /** The warning is about an object (`source=`, a coroutine never awaited): where it was allocated. */
  readonly aboutObject?: boolean;
}

/** Beyond the program's frames: what CPython names when stacklevel (or a finalizer) finds no frame. */
export const SYS_SITE: WarningSite = { filename: 'sys', line: 1, module: 'sys', source: null };

/** A line of the program (module `__main__`). */
export function programSite(filename: string, line: number, sourceLines: readonly string[]): WarningSite {
  return { filename, line, module: '__main__', source: sourceLines[line - 1] ?? null };
}

/** The filters a 3.11 release build starts with (no -W options, not a debug build). */
function defaultFilters(): WarningFilter[] {
  const f = (action: WarningAction, category: E.ExcClass, module: string | null): WarningFilter =>
    filter(action, null, category, module, 0);
  return [
    f('default', E.DeprecationWarning, '__main__'),
    f('ignore', E.DeprecationWarning, null),
    f('ignore', E.PendingDeprecationWarning, null),
    f('ignore', E.ImportWarning, null),
    f('ignore', E.ResourceWarning, null),
  ];
}

/** Python's `re` patterns the filters use are plain enough for JS RegExp (a prefix match). */
export function filter(action: WarningAction, message: string | null, category: E.ExcClass, module: string | null, lineno: number): WarningFilter {
  return {
    action,
    message: message ? new RegExp(`^(?:${message})`, 'i') : null,
    category,
    module: module ? new RegExp(`^(?:${module})`) : null,
    lineno,
    key: `${action}\0${message ?? ''}\0${category.name}\0${module ?? ''}\0${lineno}`,
  };
}

/** warnings.formatwarning's text: `file:line: Category: text`, the source line, and for an object the tracemalloc hint. */
export function formatWarning(category: string, text: string, site: WarningSite, aboutObject = false): string {
  const head = `${site.filename}:${site.line}: ${category}: ${text}\n`;
  const source = site.source?.trim();
  const shown = source ? `${head}  ${source}\n` : head;
  // Without tracemalloc running, CPython can only say how to learn the allocation site.
  return aboutObject ? `${shown}${category}: Enable tracemalloc to get the object allocation traceback\n` : shown;
}

export function formatShown(w: ShownWarning): string {
  return formatWarning(w.message.cls.name, w.text, w.site, w.aboutObject === true);
}

export class WarningFilters {
  filters: WarningFilter[] = defaultFilters();
  /** Per module: the (text, category, line) already shown; cleared when the filters change. */
  private readonly registries = new Map<string, Set<string>>();
  private readonly onceRegistry = new Set<string>();
  /** The run's stderr (set by the run). */
  write: (text: string) => void = () => {};
  /** Where shown warnings go: to `write`, or to a catch_warnings(record=True) list. */
  show: (w: ShownWarning) => void = (w) => this.write(formatShown(w));

  add(f: WarningFilter, append: boolean): void {
    const at = this.filters.findIndex((g) => g.key === f.key);
    if (append) {
      if (at < 0) this.filters.push(f);
    } else {
      if (at >= 0) this.filters.splice(at, 1);
      this.filters.unshift(f);
    }
    this.mutated();
  }

  /** The filters changed: what was shown once may show again (CPython's _filters_mutated). */
  mutated(): void {
    this.registries.clear();
  }

  private actionFor(text: string, category: E.ExcClass, site: WarningSite): WarningAction {
    for (const f of this.filters) {
      if (f.message !== null && !f.message.test(text)) continue;
      if (!E.isSubclass(category, f.category)) continue;
      if (f.module !== null && !f.module.test(site.module)) continue;
      if (f.lineno !== 0 && f.lineno !== site.line) continue;
      return f.action;
    }
    return 'default';
  }

  /** A warning of the library's own (a builtin category), raised at `line` of the program. */
  warnAt(category: E.ExcClass, text: string, filename: string, line: number, sourceLines: readonly string[]): void {
    this.warn(new E.PyException(category, [text]), text, programSite(filename, line, sourceLines));
  }

  /** warn_explicit: shows `message` if the filters and registries let it through. */
  warn(message: E.PyException, text: string, site: WarningSite): void {
    if (this.passes(message, text, site)) this.show({ message, text, site });
  }

  /**
   * Whether `message` is to be shown now, by the filters and the registries (which this
   * updates). The "error" action raises the warning instead.
   */
  passes(message: E.PyException, text: string, site: WarningSite): boolean {
    const category = message.cls;
    let registry = this.registries.get(site.module);
    if (registry === undefined) this.registries.set(site.module, (registry = new Set()));
    const key = `${text}\0${category.name}\0${site.line}`;
    if (registry.has(key)) return false;
    const action = this.actionFor(text, category, site);
    if (action === 'ignore') return false;
    if (action === 'error') throw message;
    if (action === 'once') {
      registry.add(key);
      const onceKey = `${text}\0${category.name}`;
      if (this.onceRegistry.has(onceKey)) return false;
      this.onceRegistry.add(onceKey);
    } else if (action === 'module') {
      registry.add(key);
      const moduleKey = `${text}\0${category.name}\0`;
      if (registry.has(moduleKey)) return false;
      registry.add(moduleKey);
    } else if (action === 'default') registry.add(key);
    return true;
  }
}
