/**
 * Generates everything that derives from the spec: bundled JSON, wire types and operation metadata.
 *   tsx scripts/generate.ts          write the generated files
 *   tsx scripts/generate.ts --check  fail (exit 1) when any generated file is missing or stale
 */
import { stringifyLossless } from '../packages/core/src/lossless-json.ts';
import { apis, BANNER } from './generate/apis.ts';
import { bundle } from './generate/bundle.ts';
import { Output } from './generate/emit.ts';
import { renderClientOperations } from './generate/client.ts';
import { renderExamplesModule } from './generate/examples.ts';
import { renderMockValidators } from './generate/mock-validators.ts';
import { buildErrorCodes, buildExecutionStatus, buildOperationMetas, buildRateLimits, buildTiming, renderMetaModule } from './generate/meta.ts';
import { renderTypes } from './generate/types.ts';

const check = process.argv.includes('--check');
const out = new Output();
out.own('packages/spec/src/generated');
out.own('packages/contract-tests/src/generated');
out.own('packages/client/src/generated');
out.own('packages/mock/src/generated');

out.add(
  'packages/spec/src/generated/README.md',
  [
    '# Generated files — do not edit',
    '',
    'Everything in this folder is produced by `pnpm generate` (`scripts/generate.ts`) from `spec/`:',
    '',
    '| File | What |',
    '|---|---|',
    ...apis.flatMap((api) => [
      `| \`${api.slug}.openapi.json\` | the ${api.slug} API bundled into one document by \`redocly bundle\` |`,
      `| \`${api.slug}.types.ts\` | wire types from openapi-typescript (int64 ids typed as \`bigint\`) |`,
      `| \`${api.slug}.meta.ts\` | per-operation metadata (method, path, security, weight, parameter kinds and rules, decoded response fields) and the error-code catalogue |`,
    ]),
    '',
    'The test command runs `scripts/generate.ts --check`, which fails when any of these is stale.',
  ].join('\n'),
);

const forMock: Parameters<typeof renderMockValidators>[0][number][] = [];
for (const api of apis) {
  const doc = bundle(api);
  out.add(`packages/spec/src/generated/${api.slug}.openapi.json`, stringifyLossless(doc, 2));
  out.add(`packages/spec/src/generated/${api.slug}.types.ts`, await renderTypes(doc, BANNER));
  const timing = buildTiming(api, doc);
  const metas = buildOperationMetas(api, doc, timing);
  out.add(`packages/spec/src/generated/${api.slug}.meta.ts`, renderMetaModule(api, metas, buildErrorCodes(api, doc), buildRateLimits(api, doc), timing, BANNER, buildExecutionStatus(api, doc)));
  out.add(`packages/contract-tests/src/generated/${api.slug}.examples.ts`, renderExamplesModule(api, doc, BANNER));
  out.add(`packages/client/src/generated/${api.slug}.operations.ts`, renderClientOperations(api, doc, metas, BANNER));
  forMock.push({ id: api.id, doc, metas });
  console.log(`${api.slug}: ${metas.length} operations`);
}
out.add('packages/mock/src/generated/validators.ts', renderMockValidators(forMock, BANNER));

if (check) {
  const problems = out.check();
  if (problems.length) {
    console.error(`Generated files are out of date (run \`pnpm generate\` and commit):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('Generated files are current.');
} else {
  const { written, removed } = out.write();
  console.log(`Wrote ${written.length} file(s)${removed.length ? `, removed ${removed.length}` : ''}.`);
  for (const f of [...written, ...removed]) console.log(`  ${f}`);
}
