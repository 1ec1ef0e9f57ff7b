export * from './spec-ajv.js';
export * from './spec-documents.js';
