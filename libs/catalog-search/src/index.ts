export * from './catalog-document';
export * from './catalog-query';
export * from './search-catalog';
export * from './search-cache';
export { boundingBoxFilter, haversineKm } from './geo';
export { deletions, fold, fuzzyKeys, prefixes, words } from './text';
export * from './tag-suggestions';
