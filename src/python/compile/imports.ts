/** `import`: the modules a Taskline program can use (asyncio, time, and a few harmless ones). */
import { Unsupported } from '../runtime/errors.ts';
import type { PyModule } from '../runtime/values.ts';

let registry = new Map<string, () => PyModule>();

/** Modules of the program being run, made fresh per run (they hold the run's loop). */
export function setModules(modules: Map<string, () => PyModule>): void {
  registry = modules;
}

export function importModule(name: string, line: number): () => PyModule {
  if (!knownModules.has(name)) {
    throw new Unsupported(`importing '${name}' is not supported by Taskline: programs can use asyncio and time`, line);
  }
  return () => {
    const m = registry.get(name);
    if (m === undefined) throw new Unsupported(`module '${name}' is not available`, line);
    return m();
  };
}

export const knownModules = new Set(['asyncio', 'time']);
