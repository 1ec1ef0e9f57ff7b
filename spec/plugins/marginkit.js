// House rules for the marginkit API descriptions. Each rule reads one operation at a time; `leave` runs after
// every $ref below the operation is resolved, so responses and schemas are seen as they are bundled.

const SECURITY_TYPES = ['NONE', 'TRADE', 'MARGIN', 'USER_DATA', 'USER_STREAM', 'MARKET_DATA'];
const SIGNED_TYPES = new Set(['TRADE', 'MARGIN', 'USER_DATA']);
const BUCKETS = ['IP', 'UID', 'ORDER'];
const RULE_KINDS = ['atLeastOne', 'requiredWhen', 'forbiddenWhen', 'requires', 'exclusive', 'maxInterval'];

const resolved = (ctx, node) => (node && node.$ref ? ctx.resolve(node).node : node);

function SummaryEndsWithSecurityType() {
  return {
    Operation: {
      enter(op, ctx) {
        const type = op['x-binance-security'];
        if (typeof op.summary !== 'string' || !op.summary.endsWith(`(${type})`)) {
          ctx.report({
            message: `Summary must end with the security type in parentheses, e.g. "(${type ?? 'TRADE'})".`,
            location: ctx.location.child(['summary']),
          });
        }
      },
    },
  };
}

// `names` maps each parameter of the operation to its enum values (undefined when it is not an enum).
function checkCondition(cond, names) {
  const problems = [];
  if (!cond || typeof cond.param !== 'string') problems.push('a condition needs `param`');
  else if (!names.has(cond.param)) problems.push(`condition names unknown parameter \`${cond.param}\``);
  const forms = ['in', 'absent', 'present'].filter((k) => cond && k in cond);
  if (forms.length !== 1) problems.push('a condition needs exactly one of `in`, `absent: true`, `present: true`');
  if (cond && 'in' in cond) {
    if (!Array.isArray(cond.in) || cond.in.length === 0) problems.push('`in` needs a list of values');
    const allowed = names.get(cond.param);
    for (const value of Array.isArray(cond.in) && allowed ? cond.in : []) {
      if (!allowed.includes(value)) problems.push(`\`${value}\` is not a value of \`${cond.param}\` (${allowed.join(', ')})`);
    }
  }
  return problems;
}

/** The keys each rule kind may carry; anything else is a typo that would silently change the rule. */
const RULE_KEYS = {
  atLeastOne: ['params', 'precedence', 'when'],
  requiredWhen: ['param', 'when'],
  forbiddenWhen: ['param', 'when'],
  requires: ['param', 'requires'],
  exclusive: ['param', 'excludes'],
  maxInterval: ['from', 'to', 'ms', 'exclusive'],
};

function enumOf(ctx, schema) {
  const target = resolved(ctx, schema);
  return Array.isArray(target?.enum) ? target.enum.map(String) : undefined;
}

// An order call says how many orders it counts as; its 2xx answer carries the order-count headers, and only then.
function checkOrderCount(op, ctx, report) {
  const count = op['x-binance-order-count'];
  if (count !== undefined && (!Number.isInteger(count) || count < 1)) report('x-binance-order-count must be a positive integer (1 order, 2 OCO/OTO, 3 OTOCO).', ['x-binance-order-count']);
  const headers = Object.entries(op.responses ?? {})
    .filter(([status]) => /^2\d\d$/.test(status))
    .flatMap(([, response]) => Object.keys(resolved(ctx, response)?.headers ?? {}));
  const countsOrders = headers.some((h) => /^x-mbx-order-count-/i.test(h));
  if (countsOrders && count === undefined) report('An operation whose answer carries X-MBX-ORDER-COUNT-* headers needs x-binance-order-count.', ['responses']);
  if (!countsOrders && count !== undefined) report('An operation with x-binance-order-count must declare the X-MBX-ORDER-COUNT-* headers of its 2xx answer.', ['x-binance-order-count']);
}

const LIMIT_TYPES = ['RAW_REQUESTS', 'REQUEST_WEIGHT', 'ORDERS'];
const LIMIT_INTERVALS = ['SECOND', 'MINUTE', 'HOUR', 'DAY'];
const LIMIT_KEYS = ['rateLimitType', 'scope', 'interval', 'intervalNum', 'limit', 'description'];

function endpointLimitProblems(limit) {
  const problems = [];
  if (!limit || typeof limit !== 'object') return ['each limit is an object'];
  if (!LIMIT_TYPES.includes(limit.rateLimitType)) problems.push(`rateLimitType must be one of ${LIMIT_TYPES.join(', ')}`);
  if (!['ip', 'account'].includes(limit.scope)) problems.push('scope must be ip or account');
  if (!LIMIT_INTERVALS.includes(limit.interval)) problems.push(`interval must be one of ${LIMIT_INTERVALS.join(', ')}`);
  for (const key of ['intervalNum', 'limit']) if (!Number.isInteger(limit[key]) || limit[key] < 1) problems.push(`${key} must be a positive integer`);
  if (typeof limit.description !== 'string' || limit.description.length < 10) problems.push('description must state the limit in Binance\'s words');
  const extra = Object.keys(limit).filter((k) => !LIMIT_KEYS.includes(k));
  if (extra.length) problems.push(`unknown keys ${extra.join(', ')}`);
  return problems;
}

function BinanceExtensionsValid() {
  return {
    Operation: {
      leave(op, ctx) {
        const report = (message, path) => ctx.report({ message, location: ctx.location.child(path) });
        const security = op['x-binance-security'];
        if (!SECURITY_TYPES.includes(security)) {
          report(`x-binance-security must be one of ${SECURITY_TYPES.join(', ')}.`, ['x-binance-security']);
        }
        const signed = op['x-binance-signed'];
        if (typeof signed !== 'boolean') report('x-binance-signed must be true or false.', ['x-binance-signed']);
        else if (SECURITY_TYPES.includes(security) && signed !== SIGNED_TYPES.has(security)) {
          report(`x-binance-signed must be ${SIGNED_TYPES.has(security)} for security type ${security}.`, ['x-binance-signed']);
        }

        const names = new Map();
        for (const p of op.parameters ?? []) {
          const param = resolved(ctx, p);
          names.set(param.name, enumOf(ctx, param.schema));
        }
        const body = resolved(ctx, op.requestBody);
        const form = body?.content?.['application/x-www-form-urlencoded']?.schema;
        for (const [name, schema] of Object.entries(resolved(ctx, form)?.properties ?? {})) names.set(name, enumOf(ctx, schema));

        if (signed === true && !names.has('timestamp')) report('Signed operations must take `timestamp`.', ['parameters']);
        if (signed === false && names.has('timestamp')) report('Unsigned operations must not take `timestamp`.', ['parameters']);

        const weight = op['x-binance-weight'];
        if (!weight || typeof weight !== 'object') {
          report('x-binance-weight is required.', ['x-binance-weight']);
        } else {
          if (!BUCKETS.includes(weight.bucket)) report(`weight bucket must be one of ${BUCKETS.join(', ')}.`, ['x-binance-weight', 'bucket']);
          if (!Number.isInteger(weight.value) || weight.value < 1) report('weight value must be a positive integer.', ['x-binance-weight', 'value']);
          (weight.conditions ?? []).forEach((cond, i) => {
            for (const p of checkCondition(cond, names)) report(`weight condition: ${p}.`, ['x-binance-weight', 'conditions', i]);
            if (!Number.isInteger(cond?.value) || cond.value < 1) report('weight condition needs a positive integer `value`.', ['x-binance-weight', 'conditions', i]);
          });
        }

        (op['x-binance-param-rules'] ?? []).forEach((rule, i) => {
          const at = ['x-binance-param-rules', i];
          if (!RULE_KINDS.includes(rule?.kind)) return report(`rule kind must be one of ${RULE_KINDS.join(', ')}.`, at);
          if (typeof rule.description !== 'string' || rule.description.length < 10) report('every rule needs a description.', at);
          const mentioned = [...(rule.params ?? []), rule.param, ...(rule.requires ?? []), ...(rule.excludes ?? []), rule.from, rule.to].filter(Boolean);
          for (const n of mentioned) if (!names.has(n)) report(`rule names unknown parameter \`${n}\`.`, at);
          const extra = Object.keys(rule).filter((k) => k !== 'kind' && k !== 'description' && !RULE_KEYS[rule.kind].includes(k));
          if (extra.length) report(`${rule.kind} does not take ${extra.map((k) => `\`${k}\``).join(', ')}.`, at);
          if (rule.kind === 'atLeastOne' && !(Array.isArray(rule.params) && rule.params.length >= 2)) report('atLeastOne needs two or more `params`.', at);
          if (rule.kind === 'atLeastOne' && rule.when !== undefined) {
            for (const p of checkCondition(rule.when, names)) report(`atLeastOne: ${p}.`, at);
          }
          if ((rule.kind === 'requiredWhen' || rule.kind === 'forbiddenWhen')) {
            for (const p of checkCondition(rule.when, names)) report(`${rule.kind}: ${p}.`, at);
          }
          if (rule.kind === 'requires' && !(Array.isArray(rule.requires) && rule.requires.length)) report('requires needs a `requires` list.', at);
          if (rule.kind === 'exclusive' && !(Array.isArray(rule.excludes) && rule.excludes.length)) report('exclusive needs an `excludes` list.', at);
          if (rule.kind === 'maxInterval' && !(Number.isInteger(rule.ms) && rule.from && rule.to)) report('maxInterval needs `from`, `to` and integer `ms`.', at);
          if (rule.kind === 'maxInterval' && rule.exclusive !== undefined && rule.exclusive !== true) report('maxInterval `exclusive` is `true` (the page says "less than") or left out.', at);
        });

        checkOrderCount(op, ctx, report);
        (op['x-binance-endpoint-limits'] ?? []).forEach((limit, i) => {
          for (const p of endpointLimitProblems(limit)) report(`x-binance-endpoint-limits: ${p}.`, ['x-binance-endpoint-limits', i]);
        });
        if (op['x-binance-endpoint-limits'] !== undefined && !Array.isArray(op['x-binance-endpoint-limits'])) {
          report('x-binance-endpoint-limits must be a list.', ['x-binance-endpoint-limits']);
        }

        const dep = op['x-binance-deprecation'];
        if (dep !== undefined) {
          if (op.deprecated !== true) report('x-binance-deprecation requires `deprecated: true`.', ['x-binance-deprecation']);
          if (typeof dep.announced !== 'string' || typeof dep.note !== 'string') report('x-binance-deprecation needs `announced` and `note` (and `sunset` once Binance gives a date).', ['x-binance-deprecation']);
        }
      },
    },
  };
}

function SuccessExamplePresent() {
  return {
    Operation: {
      leave(op, ctx) {
        const ok = Object.entries(op.responses ?? {}).some(([status, response]) => {
          if (!/^2\d\d$/.test(status)) return false;
          const media = resolved(ctx, response)?.content?.['application/json'];
          return media && (media.example !== undefined || Object.keys(media.examples ?? {}).length > 0);
        });
        if (!ok) ctx.report({ message: 'Every operation needs a 2xx application/json example.', location: ctx.location.child(['responses']) });
      },
    },
  };
}

// Every documented answer and every request example says where it comes from: Binance's example and what was
// repaired, or "Constructed:" and from what (spec README, Examples).
function ExampleProvenance() {
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
            if (typeof example?.description !== 'string' || example.description.trim().length < 10) {
              ctx.report({
                message: `Example \`${name}\` needs a description: Binance's example and what was repaired, or "Constructed:" and from what.`,
                location: ctx.location.child([...path, 'examples', name]),
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

function BinanceErrorEnvelope() {
  return {
    Operation: {
      leave(op, ctx) {
        const ok = Object.entries(op.responses ?? {}).some(([status, response]) => {
          if (!/^4\d\d$/.test(status)) return false;
          const media = resolved(ctx, response)?.content?.['application/json'];
          const schema = resolved(ctx, media?.schema);
          const required = new Set(schema?.required ?? []);
          const hasExample = media && (media.example !== undefined || Object.keys(media.examples ?? {}).length > 0);
          return required.has('code') && required.has('msg') && hasExample;
        });
        if (!ok) {
          ctx.report({
            message: 'Every operation needs a 4xx response with the Binance {code, msg} envelope and an example.',
            location: ctx.location.child(['responses']),
          });
        }
      },
    },
  };
}

// Binance reads parameters from the query string and from a form body. The spec puts GET and DELETE
// parameters in the query and POST and PUT parameters in a form body, never JSON and never both.
function FormBodyOrQueryOnly() {
  return {
    PathItem: {
      leave(item, ctx) {
        for (const method of ['get', 'post', 'put', 'delete']) {
          const op = item[method];
          if (!op) continue;
          const at = ctx.location.child([method]);
          const body = resolved(ctx, op.requestBody);
          const queryParams = (op.parameters ?? []).map((p) => resolved(ctx, p)).filter((p) => p.in === 'query');
          if (method === 'get' || method === 'delete') {
            if (body) ctx.report({ message: `${method.toUpperCase()} operations take query parameters only.`, location: at });
          } else {
            if (queryParams.length) ctx.report({ message: `${method.toUpperCase()} operations take a form body, not query parameters.`, location: at });
            const types = Object.keys(body?.content ?? {});
            if (body && (types.length !== 1 || types[0] !== 'application/x-www-form-urlencoded')) {
              ctx.report({ message: 'Request bodies must be application/x-www-form-urlencoded only.', location: at });
            }
          }
        }
      },
    },
  };
}

// How the API reads `timestamp` and `recvWindow`; the client, the mock and the docs take these facts from here.
function BinanceTimingValid() {
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
function BinanceErrorCatalogue() {
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

export default function marginkitPlugin() {
  return {
    id: 'marginkit',
    rules: {
      oas3: {
        'summary-ends-with-security-type': SummaryEndsWithSecurityType,
        'binance-extensions-valid': BinanceExtensionsValid,
        'success-example-present': SuccessExamplePresent,
        'binance-error-envelope': BinanceErrorEnvelope,
        'form-body-or-query-only': FormBodyOrQueryOnly,
        'binance-timing-valid': BinanceTimingValid,
        'binance-error-catalogue': BinanceErrorCatalogue,
        'example-provenance': ExampleProvenance,
      },
    },
  };
}
