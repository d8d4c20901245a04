import type { IncomingMessage } from 'node:http';
import { asRecord } from '../../core/app/appFormat.ts';
import type { DataTypeConfig } from '../app/dataTypes.ts';
import { checkUpload } from '../data/attachments.ts';
import { badRequest, HttpProblem } from '../http/problem.ts';
import { readBody } from '../http/request.ts';

/** A data part of a multipart instantiation, checked against its data type. */
export interface InstantiationPart {
  readonly type: DataTypeConfig;
  readonly content: Buffer;
  readonly contentType: string;
  readonly fileName?: string;
  /** The parsed model, for form data. */
  readonly model?: Record<string, unknown>;
}

/**
 * Reads `POST instances` as `multipart/form-data` (app-api §4.1 c): an optional `instance` part
 * with the template, and parts named by data types: form data as JSON, files with a file name.
 * Node's own `Request.formData()` parses the body.
 */
export async function readInstantiationParts(
  req: IncomingMessage,
  contentType: string,
  dataTypes: readonly DataTypeConfig[],
): Promise<{ template: Record<string, unknown>; parts: InstantiationPart[] }> {
  let form: FormData;
  try {
    const body = await readBody(req);
    form = await new Request('http://preview.invalid/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: new Uint8Array(body),
    }).formData();
  } catch (error) {
    if (error instanceof HttpProblem) throw error;
    throw badRequest(`The multipart body cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  let template: Record<string, unknown> = {};
  const parts: InstantiationPart[] = [];
  for (const [name, value] of form) {
    if (name === 'instance') {
      template = asRecord(parseJson(typeof value === 'string' ? value : await value.text(), 'instance')) ?? {};
      continue;
    }
    const type = dataTypes.find((candidate) => candidate.id === name);
    if (!type) throw badRequest(`The part "${name}" names no data type of the app.`);
    if (parts.filter((part) => part.type.id === name).length + 1 > type.maxCount && type.maxCount > 0) {
      throw badRequest(`More "${name}" parts than its maxCount (${type.maxCount}).`);
    }
    if (type.isFormData) {
      const mediaType = typeof value === 'string' ? 'application/json' : value.type || 'application/json';
      if (!mediaType.includes('json')) {
        throw new HttpProblem(
          415,
          'Unsupported Media Type',
          `The part "${name}" is ${mediaType}; the preview reads form data as JSON only.`,
        );
      }
      const text = typeof value === 'string' ? value : await value.text();
      const model = asRecord(parseJson(text, name));
      if (!model) throw badRequest(`The part "${name}" must be a JSON object.`);
      parts.push({ type, content: Buffer.from(JSON.stringify(model)), contentType: 'application/json', model });
      continue;
    }
    if (typeof value === 'string')
      throw badRequest(`The part "${name}" is a file: send it with a file name and content type.`);
    const content = Buffer.from(await value.arrayBuffer());
    checkUpload(type, value.name, value.type || 'application/octet-stream', content.length);
    parts.push({ type, content, contentType: value.type || 'application/octet-stream', fileName: value.name });
  }
  return { template, parts };
}

function parseJson(text: string, part: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw badRequest(`The part "${part}" is not valid JSON: ${(error as Error).message}`);
  }
}
