// Checks of the operation-level x-binance-* extensions that the rules in marginkit.js share.

export const resolved = (ctx, node) => (node && node.$ref ? ctx.resolve(node).node : node);

// `names` maps each parameter of the operation to its enum values (undefined when it is not an enum).
export function checkCondition(cond, names) {
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
export const RULE_KEYS = {
  atLeastOne: ['params', 'precedence', 'when', 'error'],
  requiredWhen: ['param', 'when', 'error'],
  forbiddenWhen: ['param', 'when', 'error'],
  requires: ['param', 'requires', 'error'],
  exclusive: ['param', 'excludes', 'error'],
  maxInterval: ['from', 'to', 'ms', 'exclusive', 'error'],
  ordered: ['from', 'to', 'error'],
};

/** The code Binance answers when a rule of this kind is broken and the rule names no `error` (spec README). */
export const RULE_CODES = { atLeastOne: -1102, requiredWhen: -1102, forbiddenWhen: -1106, requires: -1102, exclusive: -1128, maxInterval: -1127, ordered: -1023 };

/** A rule's `error`: the answer Binance documents for this rule when it is not the kind's usual code. */
export function ruleErrorProblems(error) {
  if (error === undefined) return [];
  const problems = [];
  if (!error || typeof error !== 'object') return ['`error` is an object `{code, msg}`'];
  if (!Number.isInteger(error.code) || error.code >= 0) problems.push('`error.code` must be a negative Binance error code');
  if (typeof error.msg !== 'string' || error.msg.length < 5) problems.push('`error.msg` must be the message Binance answers');
  const extra = Object.keys(error).filter((k) => k !== 'code' && k !== 'msg');
  if (extra.length) problems.push(`\`error\` takes only \`code\` and \`msg\`, not ${extra.join(', ')}`);
  return problems;
}

export function enumOf(ctx, schema) {
  const target = resolved(ctx, schema);
  return Array.isArray(target?.enum) ? target.enum.map(String) : undefined;
}

// An order call says how many orders it counts as; its 2xx answer carries the order-count headers, and only then.
export function checkOrderCount(op, ctx, report) {
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

export function endpointLimitProblems(limit) {
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
