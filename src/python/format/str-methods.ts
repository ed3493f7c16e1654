/**
 * Python's str methods as pure functions over JS strings, gathered for one import:
 * `import { strMethods } from '…/format'; strMethods.split(s, null, 1)`.
 */
export * from './str-search';
export * from './str-split';
export * from './str-case';
export * from './str-pad';
