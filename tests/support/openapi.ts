/**
 * Contract validation against the Altinn app backend's own OpenAPI document.
 *
 * Usage (in any Node test):
 *
 *   import { validateRequest, validateResponse } from '../support/openapi.ts';
 *
 *   const response = await fetch(`${server.url}/ttd/app/instances/${id}/process`);
 *   expect(validateResponse({
 *     method: 'GET',
 *     url: response.url,                        // absolute or root-relative, with `/{org}/{app}` and query
 *     status: response.status,
 *     body: await response.json(),              // the parsed JSON; undefined for an empty body
 *     contentType: response.headers.get('content-type') ?? undefined,
 *   })).toEqual([]);
 *
 *   expect(validateRequest({ method: 'PUT', url, body: { action: 'confirm' } })).toEqual([]);
 *
 * Both return readable error strings; an empty list means the message fits the contract. A URL or
 * method the API does not have is an error too, so a typo in a route cannot pass unnoticed.
 *
 * The document is `../shared/altinn-app-openapi/OpenApiSpecChangeDetection.SaveJsonSwagger.verified.json`
 * (the Swashbuckle document of app-lib-dotnet), read at first use, with the wire corrections that its
 * README and `../shared/spec/app-api.md` describe, each listed in `CORRECTIONS` below. `DataPatchError`
 * is taken from the hand-built custom document beside it. `discriminator` is ignored.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

export interface RequestToValidate {
  method: string;
  url: string;
  /** The JSON body (not its text). Leave it out for no body. */
  body?: unknown;
  /** Defaults to `application/json` when there is a body. A non-JSON body (a file) is not inspected. */
  contentType?: string;
}

export interface ResponseToValidate {
  method: string;
  url: string;
  status: number;
  /** The parsed JSON body, the text of a text body, or undefined (or left out) when the body was empty. */
  body?: unknown;
  contentType?: string;
}

export interface MatchedOperation {
  /** The path template of the document, e.g. `/{org}/{app}/instances/{instanceOwnerPartyId}/{instanceGuid}`. */
  template: string;
  method: string;
}

const OPENAPI_DIR = resolve(process.cwd(), '../shared/altinn-app-openapi');
const SWAGGER_FILE = 'OpenApiSpecChangeDetection.SaveJsonSwagger.verified.json';
const CUSTOM_FILE = 'OpenApiSpecChangeDetection.SaveCustomOpenApiSpec.verified.json';
const DOCUMENT_ID = 'app-api.json';

/** The corrections applied to the document, for readers of a failing test. */
export const CORRECTIONS = [
  'JsonPatch is a plain array of { op, path, value?, from? } with string pointers (not { operations }).',
  'UserAction.type (ActionType) is the string "ProcessAction" or "ServerAction", not a number.',
  'ValidationIssueSeverity, ReadStatus and PartyType are numbers; FileScanResult is a string (as documented).',
  'AppOption.value keeps its JSON type: string, number, boolean or null.',
  'An object-typed property given as a bare $ref may be null (C# reference types; 3.0 cannot say so).',
  'POST data/{dataType} is the route the document lists as POST data/type/{dataType}; it answers 200, not 201.',
  'DELETE data/{dataGuid} answers DataDeleteResponse { instance, validationIssues, newDataModels }.',
  'PATCH data and data/{dataGuid} answer 409/422 with DataPatchError (from the custom document).',
  'Configuration files (layouts, layout sets and settings, JSON schema, validation config, footer) are any JSON, not a string.',
  'Stateless data (v1/data, v1/data/anonymous) answers with the model, not a DataElement.',
  'Application settings values may be null: appOidcProvider is null when the app sets none.',
  'A data type without a validation config answers 204 (the controller returns Ok(null)).',
  'Bodies the API takes as they are (a file, or a form-data model) are not inspected.',
  'An error status the document does not list may have an empty body, a text body or ProblemDetails.',
] as const;

interface Operation {
  template: string;
  segments: string[];
  method: string;
  parameters: Parameter[];
  requestSchema: ValidateFunction | undefined;
  /** Takes a body the document does not describe (a file, a model). */
  freeBody: boolean;
  responses: Map<string, ResponseSpec>;
}

interface Parameter {
  name: string;
  in: string;
  required: boolean;
  schema: { type?: string; format?: string };
}

interface ResponseSpec {
  mediaTypes: string[];
  validate: ValidateFunction | undefined;
}

type Json = Record<string, unknown>;

let loaded: Operation[] | undefined;

/** The operation a request goes to, or undefined when the API has none for it. */
export function matchOperation(method: string, url: string): MatchedOperation | undefined {
  const operation = find(method, url);
  return operation && { template: operation.template, method: operation.method };
}

export function validateRequest(request: RequestToValidate): string[] {
  const what = `${request.method.toUpperCase()} ${request.url}`;
  const operation = find(request.method, request.url);
  if (!operation) return [unknownOperation(request.method, request.url)];
  const errors = checkParameters(operation, request.url).map((error) => `${what}: ${error}`);

  if (request.body === undefined) return errors;
  const contentType = request.contentType ?? 'application/json';
  if (!isJson(contentType) || operation.freeBody) return errors;
  if (!operation.requestSchema) return [...errors, `${what}: this operation takes no JSON body`];
  return [...errors, ...schemaErrors(operation.requestSchema, request.body, `${what} request body`)];
}

export function validateResponse(response: ResponseToValidate): string[] {
  const what = `${response.method.toUpperCase()} ${response.url} → ${response.status}`;
  const operation = find(response.method, response.url);
  if (!operation) return [unknownOperation(response.method, response.url)];

  const spec = operation.responses.get(String(response.status)) ?? operation.responses.get('default');
  if (!spec) {
    if (response.status < 400) return [`${what}: status ${response.status} is not documented for this operation`];
    return undocumentedError(response, what);
  }
  if (response.body === undefined || !spec.validate) return [];
  const contentType = response.contentType ?? 'application/json';
  if (!isJson(contentType)) {
    const mediaType = contentType.split(';')[0].trim().toLowerCase();
    return spec.mediaTypes.length === 0 || spec.mediaTypes.includes(mediaType) || typeof response.body === 'string'
      ? []
      : [`${what}: ${mediaType} where ${spec.mediaTypes.join(' or ')} is documented`];
  }
  return schemaErrors(spec.validate, response.body, `${what} response body`);
}

/**
 * Checks a value against one component schema of the document (with the corrections), e.g.
 * `validateComponent('ValidationIssueWithSource', issue)`. An unknown name is an error.
 */
export function validateComponent(name: string, value: unknown): string[] {
  if (!(name in schemas())) return [`the contract has no schema ${name}`];
  return schemaErrors(compile({ $ref: `#/components/schemas/${name}` }), value, name);
}

function undocumentedError(response: ResponseToValidate, what: string): string[] {
  if (response.body === undefined || typeof response.body === 'string') return [];
  return schemaErrors(problemDetails(), response.body, `${what} error body`);
}

function unknownOperation(method: string, url: string): string {
  const path = pathOf(url);
  const templates = operations().filter((operation) => matches(operation.segments, splitPath(path)));
  return templates.length
    ? `${method.toUpperCase()} ${url}: the API has no ${method.toUpperCase()} on ${templates[0].template}`
    : `${method.toUpperCase()} ${url}: the API has no such path`;
}

// ---------------------------------------------------------------------------------------------
// Matching

function find(method: string, url: string): Operation | undefined {
  const upper = method.toUpperCase();
  const segments = splitPath(aliasOf(upper, pathOf(url)));
  const candidates = operations().filter(
    (operation) => operation.method === upper && matches(operation.segments, segments),
  );
  // `instances/{p}/active` and `instances/{p}/{g}` both match a GET of …/active: the literal wins.
  return candidates.sort((a, b) => literalCount(b.segments) - literalCount(a.segments))[0];
}

/** The document lists `POST data/{dataType}` only under its alias `data/type/{dataType}`. */
function aliasOf(method: string, path: string): string {
  const match = /^(\/[^/]+\/[^/]+\/instances\/[^/]+\/[^/]+\/data)\/([^/]+)$/.exec(path);
  return method === 'POST' && match && match[2].toLowerCase() !== 'type' ? `${match[1]}/type/${match[2]}` : path;
}

function pathOf(url: string): string {
  const parsed = new URL(url, 'http://localhost');
  return parsed.pathname.replace(/\/+$/, '');
}

function splitPath(path: string): string[] {
  return path.split('/').filter(Boolean);
}

function matches(template: string[], segments: string[]): boolean {
  return (
    template.length === segments.length &&
    template.every(
      (part, index) => isParameter(part) || part.toLowerCase() === decodeURIComponent(segments[index]).toLowerCase(),
    )
  );
}

function isParameter(segment: string): boolean {
  return segment.startsWith('{') && segment.endsWith('}');
}

function literalCount(segments: string[]): number {
  return segments.filter((segment) => !isParameter(segment)).length;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkParameters(operation: Operation, url: string): string[] {
  const parsed = new URL(url, 'http://localhost');
  const segments = splitPath(aliasOf(operation.method, parsed.pathname.replace(/\/+$/, '')));
  const values = new Map<string, string | null>();
  operation.segments.forEach((part, index) => {
    if (isParameter(part)) values.set(part.slice(1, -1), decodeURIComponent(segments[index]));
  });
  const errors: string[] = [];
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'path' && parameter.in !== 'query') continue;
    const value =
      parameter.in === 'path' ? values.get(parameter.name) : queryValue(parsed.searchParams, parameter.name);
    if (value === undefined || value === null) {
      // `dataType` is declared on `data/{dataGuid}` only for its `/type/{dataType}` alias.
      if (parameter.required && parameter.in === 'query') errors.push(`query parameter ${parameter.name} is required`);
      continue;
    }
    const problem = parameterProblem(parameter.schema, value);
    if (problem) errors.push(`${parameter.in} parameter ${parameter.name}=${JSON.stringify(value)} ${problem}`);
  }
  return errors;
}

/** ASP.NET binds query names case-insensitively. */
function queryValue(params: URLSearchParams, name: string): string | null {
  for (const [key, value] of params) if (key.toLowerCase() === name.toLowerCase()) return value;
  return null;
}

function parameterProblem(schema: Parameter['schema'], value: string): string | undefined {
  if (schema.type === 'integer' && !/^-?\d+$/.test(value)) return 'is not an integer';
  if (schema.type === 'boolean' && !/^(true|false)$/i.test(value)) return 'is not a boolean';
  if (schema.format === 'uuid' && !UUID.test(value)) return 'is not a UUID';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Schemas

function schemaErrors(validate: ValidateFunction, value: unknown, what: string): string[] {
  if (validate(value)) return [];
  return relevant(validate.errors ?? []).map((error) => `${what}: ${describeError(error)}`);
}

/** A nullable object fails as "must be null" and "must match anyOf" too; those only repeat the real error. */
function relevant(errors: ErrorObject[]): ErrorObject[] {
  const specific = errors.filter(
    (error) => error.keyword !== 'anyOf' && !(error.keyword === 'type' && error.params.type === 'null'),
  );
  return specific.length ? specific : errors;
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath || '(root)';
  if (error.keyword === 'additionalProperties') {
    return `${where} has a property the contract does not know: ${String(error.params.additionalProperty)}`;
  }
  if (error.keyword === 'enum') return `${where} ${error.message} (${JSON.stringify(error.params.allowedValues)})`;
  return `${where} ${error.message ?? error.keyword}`;
}

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

function compile(schema: unknown): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) {
    validate = validator().compile(toJsonSchema(schema, schemas()) as Json);
    compiled.set(key, validate);
  }
  return validate;
}

function problemDetails(): ValidateFunction {
  return compile({ $ref: '#/components/schemas/ProblemDetails' });
}

function validator(): Ajv {
  if (ajv) return ajv;
  // `strict: false` lets OpenAPI's own keywords (example, deprecated, discriminator, xml…) pass.
  ajv = new Ajv({ strict: false, allErrors: true });
  const addFormats = addFormatsModule as unknown as (instance: Ajv) => Ajv;
  addFormats(ajv);
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && Math.abs(n) <= 2 ** 31 });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  for (const format of ['float', 'double']) ajv.addFormat(format, { type: 'number', validate: () => true });
  for (const format of ['binary', 'byte']) ajv.addFormat(format, true);
  ajv.addSchema({ $id: DOCUMENT_ID, components: { schemas: toComponentSchemas(schemas()) } });
  return ajv;
}

let documentSchemas: Record<string, Json> | undefined;

function schemas(): Record<string, Json> {
  operations();
  return documentSchemas ?? {};
}

/** OpenAPI 3.0 schema → JSON Schema: `nullable`, refs into the registered document, and the corrections. */
function toJsonSchema(schema: unknown, all: Record<string, Json>): unknown {
  if (Array.isArray(schema)) return schema.map((item) => toJsonSchema(item, all));
  if (!isRecord(schema)) return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'nullable' || key === 'discriminator' || key === 'example' || key === 'xml') continue;
    if (key === '$ref' && typeof value === 'string') out.$ref = `${DOCUMENT_ID}${value}`;
    else if (key === 'properties' && isRecord(value)) {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, property]) => [name, propertySchema(property, all)]),
      );
    } else out[key] = toJsonSchema(value, all);
  }
  // readOnly properties are the server's; a required readOnly property still has to be in responses.
  if (schema.nullable === true) return nullable(out);
  return out;
}

function propertySchema(property: unknown, all: Record<string, Json>): unknown {
  const converted = toJsonSchema(property, all);
  if (isRecord(property) && typeof property.$ref === 'string' && Object.keys(property).length === 1) {
    const target = all[property.$ref.replace('#/components/schemas/', '')];
    if (target && target.type === 'object') return { anyOf: [converted, { type: 'null' }] };
  }
  return converted;
}

function nullable(schema: Json): Json {
  if (typeof schema.type === 'string') {
    const { enum: allowed, ...rest } = schema;
    return Array.isArray(allowed)
      ? { ...rest, type: [schema.type, 'null'], enum: [...allowed, null] }
      : { ...rest, type: [schema.type, 'null'] };
  }
  return { anyOf: [schema, { type: 'null' }] };
}

function toComponentSchemas(all: Record<string, Json>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(all).map(([name, schema]) => [name, toJsonSchema(schema, all)]));
}

// ---------------------------------------------------------------------------------------------
// Loading and correcting the document

const FREE_BODY = new Set([
  'POST /{org}/{app}/instances/{instanceOwnerPartyId}/{instanceGuid}/data/type/{dataType}',
  'POST /{org}/{app}/instances/{instanceOwnerPartyId}/{instanceGuid}/data',
  'PUT /{org}/{app}/instances/{instanceOwnerPartyId}/{instanceGuid}/data/{dataGuid}',
  'POST /{org}/{app}/v1/data',
  'POST /{org}/{app}/v1/data/anonymous',
]);

const CONFIG_FILES = [
  '/{org}/{app}/api/layouts/{id}',
  '/{org}/{app}/api/layoutsettings/{id}',
  '/{org}/{app}/api/layoutsettings',
  '/{org}/{app}/api/layoutsets',
  '/{org}/{app}/api/jsonschema/{id}',
  '/{org}/{app}/api/validationconfig/{dataTypeId}',
  '/{org}/{app}/api/v1/footer',
  // Stateless data: the model itself, which the document mislabels as a DataElement.
  '/{org}/{app}/v1/data',
  '/{org}/{app}/v1/data/anonymous',
];

function readDocument(file: string): Json {
  // Both files start with a UTF-8 byte order mark, which JSON.parse refuses.
  return JSON.parse(readFileSync(resolve(OPENAPI_DIR, file), 'utf8').replace(/^\uFEFF/, '')) as Json;
}

function operations(): Operation[] {
  if (loaded) return loaded;
  const swagger = readDocument(SWAGGER_FILE);
  const custom = readDocument(CUSTOM_FILE);
  const components = swagger.components as { schemas: Record<string, Json> };
  const customSchemas = (custom.components as { schemas: Record<string, Json> }).schemas;
  documentSchemas = correctSchemas(components.schemas, customSchemas);

  const result: Operation[] = [];
  for (const [template, item] of Object.entries(swagger.paths as Record<string, Json>)) {
    for (const [method, value] of Object.entries(item)) {
      if (!isRecord(value) || !['get', 'put', 'post', 'patch', 'delete', 'head'].includes(method)) continue;
      result.push(operationOf(template, method.toUpperCase(), value));
    }
  }
  loaded = result;
  return result;
}

function correctSchemas(original: Record<string, Json>, custom: Record<string, Json>): Record<string, Json> {
  const all: Record<string, Json> = { ...original };
  all.JsonPatch = {
    type: 'array',
    items: {
      type: 'object',
      required: ['op', 'path'],
      properties: {
        op: { type: 'string', enum: ['add', 'remove', 'replace', 'move', 'copy', 'test'] },
        path: { type: 'string' },
        from: { type: 'string' },
        value: {},
      },
      additionalProperties: false,
    },
  };
  all.ActionType = { type: 'string', enum: ['ProcessAction', 'ServerAction'] };
  all.AppOption = {
    ...original.AppOption,
    properties: {
      ...(original.AppOption.properties as Json),
      value: { type: ['string', 'number', 'boolean', 'null'] },
    },
  };
  all.DataPatchError = custom.DataPatchError;
  const post = original.DataPostResponse;
  all.DataDeleteResponse = {
    ...post,
    required: ['instance', 'validationIssues', 'newDataModels'],
    properties: Object.fromEntries(
      Object.entries(post.properties as Json).filter(([name]) => name !== 'newDataElementId'),
    ),
  };
  return all;
}

function operationOf(template: string, method: string, spec: Json): Operation {
  const key = `${method} ${template}`;
  const requestContent = isRecord(spec.requestBody) ? (spec.requestBody.content as Json | undefined) : undefined;
  const requestJson = requestContent && jsonSchemaOf(requestContent);
  const responses = new Map<string, ResponseSpec>();
  for (const [status, response] of Object.entries((spec.responses as Json | undefined) ?? {})) {
    const content = isRecord(response) && isRecord(response.content) ? response.content : undefined;
    const schema = content ? correctedResponseSchema(template, method, status, jsonSchemaOf(content)) : undefined;
    responses.set(status, {
      mediaTypes: content ? Object.keys(content) : [],
      validate: schema === undefined ? undefined : lazy(schema),
    });
  }
  correctStatuses(template, method, responses);
  return {
    template,
    segments: splitPath(template),
    method,
    parameters: ((spec.parameters as Json[] | undefined) ?? []).map((parameter) => ({
      name: String(parameter.name),
      in: String(parameter.in),
      required: parameter.required === true,
      schema: (parameter.schema as Parameter['schema'] | undefined) ?? {},
    })),
    requestSchema: requestJson === undefined ? undefined : lazy(requestJson),
    freeBody: FREE_BODY.has(key),
    responses,
  };
}

function correctedResponseSchema(template: string, method: string, status: string, schema: unknown): unknown {
  if (CONFIG_FILES.includes(template)) return status.startsWith('2') ? {} : schema;
  if (template === '/{org}/{app}/api/v1/applicationsettings' && status === '200') {
    return { type: 'object', additionalProperties: { type: 'string', nullable: true } };
  }
  const dataElement = '/{org}/{app}/instances/{instanceOwnerPartyId}/{instanceGuid}/data/{dataGuid}';
  if (method === 'DELETE' && template === dataElement && status === '200') {
    return { $ref: '#/components/schemas/DataDeleteResponse' };
  }
  const patched = [dataElement, '/{org}/{app}/instances/{instanceOwnerPartyId}/{instanceGuid}/data'];
  if (method === 'PATCH' && patched.includes(template) && (status === '409' || status === '422')) {
    return { $ref: '#/components/schemas/DataPatchError' };
  }
  return schema;
}

function correctStatuses(template: string, method: string, responses: Map<string, ResponseSpec>): void {
  const upload = '/{org}/{app}/instances/{instanceOwnerPartyId}/{instanceGuid}/data/type/{dataType}';
  const created = responses.get('201');
  if (method === 'POST' && template === upload && created) responses.set('200', created);
  if (template === '/{org}/{app}/api/validationconfig/{dataTypeId}') {
    responses.set('204', { mediaTypes: [], validate: undefined });
  }
}

function jsonSchemaOf(content: Json): unknown {
  const media = content['application/json'] ?? Object.values(content)[0];
  return isRecord(media) ? media.schema : undefined;
}

/** Compiling all 65 paths' schemas up front costs more than the tests that use a few of them. */
function lazy(schema: unknown): ValidateFunction {
  let validate: ValidateFunction | undefined;
  const run = ((value: unknown) => {
    validate ??= compile(schema);
    const ok = validate(value);
    run.errors = validate.errors;
    return ok;
  }) as ValidateFunction;
  return run;
}

function isJson(contentType: string): boolean {
  return /[/+]json\b/i.test(contentType);
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
