/** Portfolio Margin (PAPI): wire types, per-operation metadata and the error-code catalogue. */
export type * from './generated/portfolio-margin.types.js';
export * from './generated/portfolio-margin.meta.js';
