/** Margin Trading (SAPI): wire types, per-operation metadata and the error-code catalogue. */
export type * from './generated/margin.types.js';
export * from './generated/margin.meta.js';
