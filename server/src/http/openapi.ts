import { z } from 'zod';
import { errorBodySchema } from './errors';
import type { ResponseDoc, Route } from './route';

type JsonSchema = Record<string, unknown>;

/** A zod schema as an OpenAPI 3.1 schema object (JSON Schema 2020-12, without the `$schema` key). */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

const ERROR_REF = { $ref: '#/components/schemas/Error' };

const COMMON_ERRORS: Record<number, string> = {
  500: 'Unexpected server error (details are logged on the hub, never sent)',
};

function errorResponse(description: string) {
  return { description, content: { 'application/json': { schema: ERROR_REF } } };
}

function responseObject(doc: ResponseDoc) {
  if (!doc.schema) return { description: doc.description };
  const schema = doc.schema === errorBodySchema ? ERROR_REF : jsonSchema(doc.schema, 'output');
  return { description: doc.description, content: { 'application/json': { schema } } };
}

function queryParameters(query: z.ZodObject) {
  const schema = jsonSchema(query, 'input');
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: 'query', required: required.has(name), ...(description ? { description } : {}), schema: rest };
  });
}

function pathParameters(path: string) {
  return [...path.matchAll(/:(\w+)/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
}

function operation(route: Route) {
  const responses: Record<string, unknown> = {};
  for (const [status, doc] of Object.entries(route.responses)) responses[status] = responseObject(doc);
  if (route.query || route.body) responses['400'] ??= errorResponse('The request is malformed or fails validation');
  if (route.body) {
    responses['413'] ??= errorResponse('The body exceeds the size limit');
    responses['415'] ??= errorResponse('The body is not application/json');
  }
  if (route.roles) {
    responses['401'] ??= errorResponse('Not signed in (once authentication is enabled)');
    responses['403'] ??= errorResponse('The signed-in role may not do this');
  }
  for (const [status, description] of Object.entries(COMMON_ERRORS)) responses[status] ??= errorResponse(description);

  const parameters = [...pathParameters(route.path), ...(route.query ? queryParameters(route.query) : [])];
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [route.tag],
    ...(parameters.length ? { parameters } : {}),
    ...(route.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } } }
      : {}),
    responses,
    ...(route.roles ? { 'x-roles': route.roles } : {}),
  };
}

export interface ApiInfo {
  title: string;
  version: string;
  description?: string;
}

/** The OpenAPI 3.1 document for `routes`; `:param` segments become `{param}`. */
export function buildOpenApi(routes: readonly Route[], info: ApiInfo): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    (paths[path] ??= {})[route.method] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info,
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: { schemas: { Error: jsonSchema(errorBodySchema, 'output') } },
  };
}
