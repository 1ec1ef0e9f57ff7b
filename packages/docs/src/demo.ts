/** The mock's public demo credential, which the try-it page fills in. */
export const DEMO = { apiKey: 'marginkit-demo-key', apiSecret: 'marginkit-demo-secret' } as const;
