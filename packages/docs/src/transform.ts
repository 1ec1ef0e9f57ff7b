/**
 * Turns a bundled spec into the copy the docs render: each operation's description gains the generated
 * Binance facts and error-code table, `x-codeSamples` carries the TypeScript and curl samples, and the
 * combined reference merges both APIs with prefixed operation ids and tags.
 */
import type { OperationMeta } from '@marginkit/spec';
import { type ApiSource, type Json, type JsonObject, clone, isObject, operationsOf } from './apis.js';
import { errorCodesOf, errorsBlock, factsBlock } from './describe.js';
import { type ExampleRequest, exampleRequest } from './examples.js';
import { codeSamples, defaultBaseUrl } from './samples.js';

export interface TransformOptions {
  /** Prefix for operation ids and tag names (the combined reference); none on an API's own page. */
  readonly prefix?: { readonly operationId: string; readonly tag: string };
}

export interface TransformedOperation {
  readonly operationId: string;
  readonly displayId: string;
  readonly meta: OperationMeta;
  readonly example: ExampleRequest;
}

export interface TransformResult {
  readonly document: JsonObject;
  readonly operations: readonly TransformedOperation[];
}

/** A tag's name in the combined reference: `margin-trade` (shown as `Margin: Trade` through `x-displayName`). */
export function prefixedTag(prefix: string, name: string): string {
  return `${prefix}-${name}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function tryHref(api: ApiSource, operationId: string): string {
  return `try.html#${api.slug}/${operationId}`;
}

export function metaFor(api: ApiSource, operationId: string): OperationMeta {
  const meta = api.operations[operationId];
  if (!meta) throw new Error(`${api.id}: no generated metadata for operation ${operationId}; run pnpm generate`);
  return meta;
}

export function transformApi(api: ApiSource, source: JsonObject, options: TransformOptions = {}): TransformResult {
  const document = clone(source);
  const baseUrl = defaultBaseUrl(document);
  const operations: TransformedOperation[] = [];
  const seen = new Set<string>();
  for (const entry of operationsOf(document)) {
    const meta = metaFor(api, entry.operationId);
    if (meta.method.toLowerCase() !== entry.method || meta.path !== entry.path) {
      throw new Error(`${api.id}.${entry.operationId}: metadata says ${meta.method} ${meta.path}, the spec ${entry.method.toUpperCase()} ${entry.path}`);
    }
    seen.add(entry.operationId);
    const example = exampleRequest(source, entry, meta);
    const displayId = `${options.prefix?.operationId ?? ''}${entry.operationId}`;
    const op = entry.operation;
    const facts = factsBlock(meta, api, {
      clientCall: `${api.clientVariable}.${entry.operationId}()`,
      tryHref: tryHref(api, entry.operationId),
      displayId,
    });
    const errors = errorsBlock(errorCodesOf(source, op, api));
    const own = typeof op.description === 'string' ? op.description.trim() : '';
    op.description = searchableTables([facts, own, errors].filter(Boolean).join('\n\n'));
    op['x-codeSamples'] = codeSamples(api, meta, example, baseUrl).map((s) => ({ lang: s.lang, label: s.label, source: s.source }));
    if (options.prefix) {
      op.operationId = displayId;
      if (Array.isArray(op.tags)) op.tags = op.tags.map((tag) => prefixedTag(options.prefix?.tag ?? '', String(tag)));
    }
    operations.push({ operationId: entry.operationId, displayId, meta, example });
  }
  const missing = Object.keys(api.operations).filter((id) => !seen.has(id));
  if (missing.length > 0) throw new Error(`${api.id}: metadata has operations the spec lacks: ${missing.join(', ')}`);
  if (options.prefix && Array.isArray(document.tags)) {
    const prefix = options.prefix.tag;
    document.tags = document.tags.map((tag) =>
      isObject(tag) ? { ...tag, name: prefixedTag(prefix, String(tag.name)), 'x-displayName': `${prefix}: ${String(tag['x-displayName'] ?? tag.name)}` } : tag,
    );
  }
  return { document, operations };
}

/** Ends every table cell's text: invisible on the page, a space in Redoc's search snippets (not trimmed away). */
export const CELL_END = '<span> </span>';

/**
 * Redoc's search index reads a description's text with the cells of a table run together ("…headerWeight10…").
 * A no-break space at the end of each cell of each Markdown table row keeps the words apart there and changes
 * nothing on the page.
 */
export function searchableTables(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => {
      if (!/^\|.*\|\s*$/.test(line) || /^\|[\s|:-]+\|\s*$/.test(line)) return line;
      return line.replace(/(?<!\\)\|/g, (bar, offset: number) => (offset === 0 ? bar : `${CELL_END}${bar}`));
    })
    .join('\n');
}

/** The API's limiters (spec `x-binance-rate-limits`) as a Markdown table for its introduction. */
export function rateLimitsTable(document: JsonObject): string {
  const limits = Array.isArray(document['x-binance-rate-limits']) ? document['x-binance-rate-limits'] : [];
  if (!limits.length) return '';
  const rows = limits.filter(isObject).map((l) => {
    const per = l.scope === 'endpoint' ? 'each endpoint' : l.scope === 'ip' ? 'all endpoints, per IP' : 'per account';
    const what = l.rateLimitType === 'ORDERS' ? 'orders' : `${String(l.bucket)} weight`;
    return `| ${what} | ${String(l.limit)} per ${String(l.intervalNum)} ${String(l.interval).toLowerCase()} | ${per} | \`${String(l.header)}\` |`;
  });
  return ['### Rate limits', '', '| Counts | Limit | Scope | Reported in |', '|---|---|---|---|', ...rows].join('\n');
}

/**
 * Appends the rate-limit table and links back to the site to the API's introduction, and joins the soft line
 * breaks of every description (`searchableParagraphs`): the page's document as Redoc receives it.
 */
export function withSiteLinks(document: JsonObject, links: string): JsonObject {
  const info = isObject(document.info) ? document.info : {};
  const description = typeof info.description === 'string' ? info.description.trim() : '';
  const limits = rateLimitsTable(document);
  const page = { ...document, info: { ...info, description: [description, limits, links].filter(Boolean).join('\n\n') + '\n' } };
  return joinedDescriptions(page) as JsonObject;
}

/** A line that starts a Markdown block of its own (heading, list item, quote, table row, fence, rule, HTML). */
const MARKDOWN_BLOCK = /^\s*(#|>|\||```|~~~|<|[-*+]\s|\d+[.)]\s|([-=*_])(\s*\2){2,}\s*$)/;

/**
 * Redoc's search index reads a description's text with its line breaks dropped, so a paragraph wrapped in the
 * spec runs the words at each break together in search snippets ("…holds none of its assetto repay…") and a
 * search for either word misses there. Joining each paragraph's soft breaks into spaces keeps the words apart and
 * renders the same (a soft break is a space in HTML). Fenced code, tables, headings, list items and hard breaks
 * (two trailing spaces or a backslash) stay as they are.
 */
export function searchableParagraphs(markdown: string): string {
  const out: string[] = [];
  let fenced = false;
  let joinable = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const blank = line.trim() === '';
    const last = out.length - 1;
    if (!fenced && joinable && !blank && !MARKDOWN_BLOCK.test(line) && last >= 0) {
      out[last] = `${out[last]} ${line.trimStart()}`;
    } else {
      out.push(line);
    }
    const current = out[out.length - 1] ?? '';
    joinable = !fenced && !blank && !/(\s{2}|\\)$/.test(current) && !/^\s*(#|\||```|~~~|<)/.test(current) && !/^ {4}/.test(current);
  }
  return out.join('\n');
}

function joinedDescriptions(value: Json): Json {
  if (Array.isArray(value)) return value.map(joinedDescriptions);
  if (!isObject(value)) return value;
  const copy: JsonObject = {};
  for (const [key, item] of Object.entries(value)) copy[key] = key === 'description' && typeof item === 'string' ? searchableParagraphs(item) : joinedDescriptions(item);
  return copy;
}

function rewriteRefs(value: Json, renames: ReadonlyMap<string, string>): Json {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, renames));
  if (isObject(value)) {
    const copy: JsonObject = {};
    for (const [key, item] of Object.entries(value)) {
      copy[key] = key === '$ref' && typeof item === 'string' && renames.has(item) ? (renames.get(item) as string) : rewriteRefs(item, renames);
    }
    return copy;
  }
  return value;
}

function equalJson(a: Json | undefined, b: Json | undefined): boolean {
  const text = (v: Json | undefined): string => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x));
  return text(a) === text(b);
}

export interface CombinePart {
  readonly api: ApiSource;
  readonly document: JsonObject;
  /** Title of the API's tag group. */
  readonly group: string;
}

/**
 * Merges the (already prefixed) API documents into one. Components with the same name and the same content are
 * shared; a name used with different content is renamed for the later API (`<slug>.<Name>`) and its references
 * rewritten. Each path carries its API's servers.
 */
export function combine(parts: readonly CombinePart[], info: JsonObject): JsonObject {
  const components: Record<string, JsonObject> = {};
  const paths: JsonObject = {};
  const tags: Json[] = [];
  const groups: Json[] = [];
  let security: Json | undefined;
  for (const part of parts) {
    // Rename what clashes; renaming changes the components that refer to it, which may then clash in turn.
    const renames = new Map<string, string>();
    let document = part.document;
    for (let round = 0; ; round++) {
      if (round > 100) throw new Error('component renaming does not settle');
      const before = renames.size;
      for (const [section, entries] of Object.entries(isObject(document.components) ? document.components : {})) {
        if (!isObject(entries)) continue;
        for (const [name, value] of Object.entries(entries)) {
          const ref = `#/components/${section}/${name}`;
          const existing = components[section]?.[name];
          if (!renames.has(ref) && existing !== undefined && !equalJson(existing, value)) renames.set(ref, `#/components/${section}/${part.api.slug}.${name}`);
        }
      }
      document = renames.size > 0 ? (rewriteRefs(part.document, renames) as JsonObject) : part.document;
      if (renames.size === before) break;
    }
    for (const [section, entries] of Object.entries(isObject(document.components) ? document.components : {})) {
      if (!isObject(entries)) continue;
      const target = (components[section] ??= {});
      for (const [name, value] of Object.entries(entries)) {
        const renamed = renames.get(`#/components/${section}/${name}`);
        target[renamed ? renamed.slice(`#/components/${section}/`.length) : name] = value;
      }
    }
    for (const [path, item] of Object.entries(isObject(document.paths) ? document.paths : {})) {
      if (paths[path] !== undefined) throw new Error(`path ${path} is in more than one API`);
      paths[path] = isObject(item) ? { servers: document.servers ?? [], ...item } : item;
    }
    const partTags = Array.isArray(document.tags) ? document.tags : [];
    tags.push(...partTags);
    groups.push({ name: part.group, tags: partTags.map((t) => (isObject(t) ? t.name ?? null : null)) });
    if (security === undefined) security = document.security;
    else if (!equalJson(security, document.security)) throw new Error('the APIs disagree on the default security');
  }
  const combined: JsonObject = {
    openapi: parts[0]?.document.openapi ?? '3.1.0',
    info,
    jsonSchemaDialect: parts[0]?.document.jsonSchemaDialect ?? null,
    tags,
    'x-tagGroups': groups,
    paths,
    components,
  };
  if (combined.jsonSchemaDialect === null) delete combined.jsonSchemaDialect;
  if (security !== undefined) combined.security = security;
  return combined;
}
