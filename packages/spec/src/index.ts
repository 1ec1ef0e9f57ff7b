/**
 * `@marginkit/spec`: everything generated from the marginkit OpenAPI descriptions.
 * Import an API's types and metadata from `@marginkit/spec/margin` or `@marginkit/spec/portfolio-margin`,
 * and the bundled documents from `@marginkit/spec/margin.openapi.json` / `portfolio-margin.openapi.json`.
 */
export type * from './meta-types.js';
