import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ApiDescription {
  /** Identifier used in code (`margin`, `portfolioMargin`). */
  readonly id: 'margin' | 'portfolioMargin';
  /** Name used for files and the Redocly API alias. */
  readonly slug: 'margin' | 'portfolio-margin';
  /** Prefix of generated type names (`Margin`, `PortfolioMargin`). */
  readonly typePrefix: 'Margin' | 'PortfolioMargin';
  readonly root: string;
}

export const apis: readonly ApiDescription[] = [
  { id: 'margin', slug: 'margin', typePrefix: 'Margin', root: 'spec/margin/openapi.yaml' },
  { id: 'portfolioMargin', slug: 'portfolio-margin', typePrefix: 'PortfolioMargin', root: 'spec/portfolio-margin/openapi.yaml' },
];

export const BANNER = [
  '/**',
  ' * generated — do not edit.',
  ' * Produced by `pnpm generate` (scripts/generate.ts) from the OpenAPI descriptions in spec/.',
  ' * Change the spec or the generator, then regenerate and commit.',
  ' */',
].join('\n');
