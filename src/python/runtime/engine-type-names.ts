/**
 * Engine classes that Python code sees as asyncio types, named as CPython names them. A module
 * of its own without imports, so classes can register while the type modules are still loading.
 */
export const engineTypeNames = new Map<unknown, string>();

export function registerEngineType(ctor: abstract new (...args: never[]) => unknown, name: string): void {
  engineTypeNames.set(ctor, name);
}
