export { createSpecValidator, type SpecValidator } from '@marginkit/spec/ajv';
export * from './spec-documents.js';
export * from './operation-groups.js';
export * from './sapi-inventory.js';
