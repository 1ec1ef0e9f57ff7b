/**
 * The parameters of an operation as one JSON schema object. Kept free of run-time imports: the central
 * generator (scripts/generate) uses it on the in-memory bundled documents, before any package is built.
 */
export type OpenApiDocument = {
  info: { title: string };
  paths: Record<string, Record<string, any>>;
  components: Record<string, any>;
};

export function resolveRef(doc: OpenApiDocument, ref: string): any {
  let node: any = doc;
  for (const part of ref.replace(/^#\//, '').split('/')) node = node?.[part];
  return node;
}

/** Query parameters (GET, DELETE) or form-body properties (POST, PUT) of an operation, as one object schema. */
export function operationInputSchema(doc: OpenApiDocument, operation: any, paramsIn: 'query' | 'body'): { properties: Record<string, unknown>; required: string[] } {
  if (paramsIn === 'body') {
    const schema = operation.requestBody?.content?.['application/x-www-form-urlencoded']?.schema;
    return { properties: schema?.properties ?? {}, required: schema?.required ?? [] };
  }
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const p of operation.parameters ?? []) {
    const param = p.$ref ? resolveRef(doc, p.$ref) : p;
    if (param.in !== 'query') continue;
    properties[param.name] = param.schema;
    if (param.required) required.push(param.name);
  }
  return { properties, required };
}
