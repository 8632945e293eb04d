export * from './catalog-document';
export * from './catalog-query';
export * from './search-catalog';
export { boundingBoxFilter, haversineKm } from './geo';
export { deletions, fold, fuzzyKeys, prefixes, words } from './text';
export * from './tag-suggestions';
