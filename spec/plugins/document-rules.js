// House rules that read the whole document or the provenance of examples: x-binance-timing, the error catalogue,
// and the description every documented example must carry.
import { RULE_CODES, resolved } from './extension-checks.js';

// How the API reads `timestamp` and `recvWindow`; the client, the mock and the docs take these facts from here.
export function BinanceTimingValid() {
  return {
    Root: {
      enter(root, ctx) {
        const t = root['x-binance-timing'];
        const at = ['x-binance-timing'];
        const report = (message, path = at) => ctx.report({ message, location: ctx.location.child(path) });
        if (!t || typeof t !== 'object') return report('x-binance-timing is required on the document.', []);
        const units = t.timestampUnits;
        if (!Array.isArray(units) || !units.includes('MILLISECOND') || !units.every((u) => u === 'MILLISECOND' || u === 'MICROSECOND')) {
          report('timestampUnits must list MILLISECOND and optionally MICROSECOND.', [...at, 'timestampUnits']);
        }
        for (const key of ['aheadToleranceMs', 'recvWindowDefault', 'recvWindowMax']) {
          if (!Number.isInteger(t[key]) || t[key] < 1) report(`${key} must be a positive integer.`, [...at, key]);
        }
        if (!Number.isInteger(t.recvWindowFractionDigits) || t.recvWindowFractionDigits < 0 || t.recvWindowFractionDigits > 6) {
          report('recvWindowFractionDigits must be an integer from 0 to 6.', [...at, 'recvWindowFractionDigits']);
        }
        for (const key of ['recvWindowTooLargeCode', 'outsideWindowCode']) {
          if (!Number.isInteger(t[key]) || t[key] >= 0) report(`${key} must be a negative Binance error code.`, [...at, key]);
        }
        if (typeof t.description !== 'string' || t.description.length < 20) report('x-binance-timing needs a description.', at);
        if (typeof t.source !== 'string' || !t.source.startsWith('https://')) report('x-binance-timing needs the https `source` page of the rules.', at);
        const extra = Object.keys(t).filter((k) => !TIMING_KEYS.includes(k));
        if (extra.length) report(`x-binance-timing has unknown keys: ${extra.join(', ')}.`, at);
      },
    },
  };
}

const IDENTIFIER = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/** The codes of the document's `<Prefix>ErrorCode` schema, and what is wrong with the catalogue. */
function catalogueOf(root, ctx) {
  const schemas = root.components?.schemas ?? {};
  const name = Object.keys(schemas).find((n) => n.endsWith('ErrorCode'));
  if (!name) return { name: undefined, codes: undefined, problems: ['the document needs a `<Prefix>ErrorCode` schema (the error catalogue)'] };
  const schema = resolved(ctx, schemas[name]);
  const problems = [];
  const codes = Array.isArray(schema?.enum) ? schema.enum : [];
  const lists = { 'x-enum-varnames': schema?.['x-enum-varnames'], 'x-enum-descriptions': schema?.['x-enum-descriptions'], 'x-binance-error-names': schema?.['x-binance-error-names'] };
  for (const [key, list] of Object.entries(lists)) {
    if (!Array.isArray(list) || list.length !== codes.length) problems.push(`${key} must list one entry per code (${codes.length})`);
  }
  const seenCodes = new Set();
  const seenNames = new Set();
  codes.forEach((code, i) => {
    if (!Number.isInteger(code) || code >= 0) problems.push(`${code} is not a negative integer code`);
    if (seenCodes.has(code)) problems.push(`${code} is listed twice`);
    seenCodes.add(code);
    const id = lists['x-enum-varnames']?.[i];
    if (typeof id !== 'string' || !IDENTIFIER.test(id)) problems.push(`${code}: x-enum-varnames ${JSON.stringify(id)} is not an UPPER_SNAKE identifier`);
    else if (seenNames.has(id)) problems.push(`${code}: the identifier ${id} is used twice`);
    seenNames.add(id);
    const wording = lists['x-binance-error-names']?.[i];
    if (wording !== null && typeof wording !== 'string') problems.push(`${code}: x-binance-error-names holds Binance's wording of the name, or null`);
    if (typeof lists['x-enum-descriptions']?.[i] !== 'string') problems.push(`${code}: x-enum-descriptions needs a documented message`);
  });
  return { name, codes: seenCodes, problems };
}

// The error catalogue is complete data for generators: unique codes, unique identifiers, a message each; and every
// error example of an operation uses a code of its API's catalogue (the envelope itself accepts unknown codes).
export function BinanceErrorCatalogue() {
  let catalogue;
  return {
    Root: {
      enter(root, ctx) {
        catalogue = catalogueOf(root, ctx);
        for (const problem of catalogue.problems) {
          ctx.report({ message: `Error catalogue: ${problem}.`, location: ctx.location.child(['components', 'schemas', ...(catalogue.name ? [catalogue.name] : [])]) });
        }
      },
    },
    Operation: {
      leave(op, ctx) {
        if (!catalogue?.codes) return;
        const rules = op['x-binance-param-rules'] ?? [];
        rules.forEach((rule, i) => {
          const code = rule?.error?.code ?? RULE_CODES[rule?.kind];
          if (Number.isInteger(code) && !catalogue.codes.has(code)) {
            ctx.report({ message: `A broken ${rule.kind} rule is answered with ${code}, which ${catalogue.name} does not list.`, location: ctx.location.child(['x-binance-param-rules', i]) });
          }
        });
        // An API that documents -1023 ("Start time is greater than end time.") answers it on every operation
        // that takes a time window, so each of them says so as data.
        if (catalogue.codes.has(RULE_CODES.ordered)) {
          const names = new Set((op.parameters ?? []).map((p) => resolved(ctx, p)?.name));
          const form = resolved(ctx, resolved(ctx, op.requestBody)?.content?.['application/x-www-form-urlencoded']?.schema);
          for (const name of Object.keys(form?.properties ?? {})) names.add(name);
          if (names.has('startTime') && names.has('endTime') && !rules.some((r) => r?.kind === 'ordered' && r.from === 'startTime' && r.to === 'endTime')) {
            ctx.report({ message: `${catalogue.name} lists ${RULE_CODES.ordered}: an operation taking \`startTime\` and \`endTime\` needs an \`ordered\` rule on them.`, location: ctx.location.child(['x-binance-param-rules']) });
          }
        }
        for (const [status, rawResponse] of Object.entries(op.responses ?? {})) {
          if (!/^[45]/.test(status)) continue;
          const media = resolved(ctx, rawResponse)?.content?.['application/json'];
          const values = [];
          if (media?.example !== undefined) values.push(['example', media.example]);
          for (const [name, example] of Object.entries(media?.examples ?? {})) values.push([name, resolved(ctx, example)?.value]);
          for (const [name, value] of values) {
            if (value && typeof value.code === 'number' && !catalogue.codes.has(value.code)) {
              ctx.report({
                message: `Error example \`${name}\` (${status}) uses ${value.code}, which ${catalogue.name} does not list.`,
                location: ctx.location.child(['responses', status]),
              });
            }
          }
        }
      },
    },
  };
}

const TIMING_KEYS = ['timestampUnits', 'aheadToleranceMs', 'recvWindowDefault', 'recvWindowMax', 'recvWindowFractionDigits', 'recvWindowTooLargeCode', 'outsideWindowCode', 'description', 'source'];

// Every documented answer and every request example says where it comes from: Binance's example and what was
// repaired, or "Constructed:" and from what (spec README, Examples).
export function ExampleProvenance() {
  return {
    Operation: {
      leave(op, ctx) {
        const check = (media, path) => {
          if (!media) return;
          if (media.example !== undefined) {
            ctx.report({ message: 'Use named `examples` with a `description` of their provenance instead of `example`.', location: ctx.location.child([...path, 'example']) });
          }
          for (const [name, raw] of Object.entries(media.examples ?? {})) {
            const example = resolved(ctx, raw);
            const description = typeof example?.description === 'string' ? example.description.trim() : '';
            if (description.length < 10) {
              ctx.report({
                message: `Example \`${name}\` needs a description: Binance's example and what was repaired, or "Constructed:" and from what.`,
                location: ctx.location.child([...path, 'examples', name]),
              });
            } else if (!description.startsWith('Constructed:') && (/^Constructed\b/.test(description) || !/Binance|document/i.test(description))) {
              // Tools (and readers) tell the two kinds apart by the marker: "Constructed:" first, else Binance's source.
              ctx.report({
                message: `Example \`${name}\`: a constructed example starts with "Constructed:" (colon), a documented one names Binance's source.`,
                location: ctx.location.child([...path, 'examples', name, 'description']),
              });
            }
          }
        };
        for (const [status, response] of Object.entries(op.responses ?? {})) {
          if (/^2\d\d$/.test(status)) check(resolved(ctx, response)?.content?.['application/json'], ['responses', status, 'content', 'application/json']);
        }
        const body = resolved(ctx, op.requestBody);
        check(body?.content?.['application/x-www-form-urlencoded'], ['requestBody', 'content', 'application/x-www-form-urlencoded']);
      },
    },
  };
}
