/**
 * The mock's public demo credential, which the try-it page fills in and the landing page prints. Taken from
 * `@marginkit/mock`, never retyped.
 */
import { DEMO_ACCOUNT } from '@marginkit/mock';

export const DEMO: { readonly apiKey: string; readonly apiSecret: string } = { apiKey: DEMO_ACCOUNT.apiKey, apiSecret: DEMO_ACCOUNT.apiSecret };
