// House rules for the marginkit API descriptions. Each rule reads one operation at a time; `leave` runs after
// every $ref below the operation is resolved, so responses and schemas are seen as they are bundled.
import { BinanceErrorCatalogue, BinanceTimingValid, ExampleProvenance } from './document-rules.js';
import { checkCondition, checkOrderCount, endpointLimitProblems, enumOf, resolved, RULE_KEYS, ruleErrorProblems } from './extension-checks.js';

const SECURITY_TYPES = ['NONE', 'TRADE', 'MARGIN', 'USER_DATA', 'USER_STREAM', 'MARKET_DATA'];
const SIGNED_TYPES = new Set(['TRADE', 'MARGIN', 'USER_DATA']);
const BUCKETS = ['IP', 'UID', 'ORDER'];
const RULE_KINDS = ['atLeastOne', 'requiredWhen', 'forbiddenWhen', 'requires', 'exclusive', 'maxInterval', 'ordered'];

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

        const idempotent = op['x-binance-idempotent'];
        if (typeof idempotent !== 'boolean') report('x-binance-idempotent must be true or false (may the call be resent after an unknown outcome?).', ['x-binance-idempotent']);
        else if (!idempotent && security !== undefined && ['NONE', 'USER_STREAM'].includes(security)) {
          report('NONE and USER_STREAM calls (ping, listen keys) are idempotent: set x-binance-idempotent: true.', ['x-binance-idempotent']);
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
          if (rule.kind === 'maxInterval' && Number.isInteger(rule.ms) && rule.ms % 60_000 !== 0) {
            report('maxInterval `ms` is the page\'s window in whole minutes (hours, days); a "less than" window is `exclusive: true`, not one millisecond less.', at);
          }
          if (rule.kind === 'maxInterval' && typeof rule.description === 'string' && /less th[ae]n/i.test(rule.description) !== (rule.exclusive === true)) {
            report('a maxInterval rule says "less than" in its description exactly when it is `exclusive: true` (quote the page: "less than" or "at most"/"cannot be longer than").', at);
          }
          if (rule.kind === 'ordered' && !(rule.from && rule.to)) report('ordered needs `from` and `to`.', at);
          if (rule.kind === 'maxInterval' && (op['x-binance-param-rules'] ?? []).slice(i).some((r) => r?.kind === 'ordered' && r.from === rule.from && r.to === rule.to)) {
            report('list the `ordered` rule before the `maxInterval` rule of the same window: a reversed window is answered with its code.', at);
          }
          for (const p of ruleErrorProblems(rule.error)) report(`${rule.kind}: ${p}.`, at);
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

// Each API states which failed answers prove a request was not processed (spec README, x-binance-execution-status).
function BinanceExecutionStatusValid() {
  return {
    Root: {
      leave(root, ctx) {
        const at = ['x-binance-execution-status'];
        const report = (message, path = at) => ctx.report({ message, location: ctx.location.child(path) });
        const rules = root['x-binance-execution-status'];
        if (!rules || typeof rules !== 'object') return report('x-binance-execution-status is required on the document.', []);
        const catalogue = Object.entries(root.components?.schemas ?? {}).find(([name]) => name.endsWith('ErrorCode'))?.[1];
        const known = new Set(resolved(ctx, catalogue)?.enum ?? []);
        const checkCode = (code, path) => {
          if (!Number.isInteger(code)) report('error codes must be integers.', path);
          else if (known.size && !known.has(code)) report(`code ${code} is not in the API's error-code catalogue.`, path);
        };
        if (!Array.isArray(rules.unknownCodes) || rules.unknownCodes.length === 0) report('unknownCodes must list the codes that leave the execution status unknown.', [...at, 'unknownCodes']);
        else rules.unknownCodes.forEach((code, i) => checkCode(code, [...at, 'unknownCodes', i]));
        const allowed = new Set(['unknownCodes', 'notProcessed']);
        for (const key of Object.keys(rules)) if (!allowed.has(key)) report(`unknown key \`${key}\` (allowed: unknownCodes, notProcessed).`, [...at, key]);
        if (rules.notProcessed !== undefined && !Array.isArray(rules.notProcessed)) return report('notProcessed must be a list.', [...at, 'notProcessed']);
        (rules.notProcessed ?? []).forEach((answer, i) => {
          const path = [...at, 'notProcessed', i];
          if (!(Number.isInteger(answer?.status) && answer.status >= 500 && answer.status <= 599)) report('a notProcessed answer needs a 5xx `status` (4xx answers are rejections by definition).', path);
          if (typeof answer?.msg !== 'string' || answer.msg.length === 0) report("a notProcessed answer needs Binance's exact envelope `msg`.", path);
          if (answer?.code !== undefined) {
            checkCode(answer.code, [...path, 'code']);
            if ((rules.unknownCodes ?? []).includes(answer.code)) report(`code ${answer.code} cannot both prove and leave unknown.`, [...path, 'code']);
          }
          if (typeof answer?.description !== 'string' || answer.description.length < 10) report('a notProcessed answer needs a `description`.', path);
          if (typeof answer?.source !== 'string' || !answer.source.startsWith('https://')) report('a notProcessed answer needs the https `source` page that documents it.', path);
        });
      },
    },
  };
}

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
        'binance-execution-status-valid': BinanceExecutionStatusValid,
        'binance-timing-valid': BinanceTimingValid,
        'binance-error-catalogue': BinanceErrorCatalogue,
        'example-provenance': ExampleProvenance,
      },
    },
  };
}
