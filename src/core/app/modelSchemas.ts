import type { Diagnostic } from '../diagnostics.ts';
import { asRecord } from './appFormat.ts';
import { parseJsonFile } from './json.ts';
import { classRefOf, findModelSchemaFile, listLayoutSets } from './loadLayoutSet.ts';
import { modelRootSchema } from './modelRoot.ts';
import { reportingSource } from './reportingSource.ts';
import type { AppSource } from './source.ts';

/** One data model of an app, as the form validates it. */
export interface AppModelSchema {
  readonly dataType: string;
  /** The app-relative schema file (`App/models/model.schema.json`). */
  readonly file: string;
  /** The schema with the model's root applied (`info.rootNode` or the class in metadata), as the loader gives it to the form. */
  readonly schema: Readonly<Record<string, unknown>>;
  /** The file's JSON as written, for locating problems in it. */
  readonly document: unknown;
}

/**
 * The data models an app's forms can validate: every data type with a model class
 * (`appLogic.classRef` in application metadata) and every layout set's data type, each with its
 * schema file found as the loader finds it. What cannot be read is a located diagnostic.
 */
export async function listModelSchemas(
  appSource: AppSource,
): Promise<{ models: AppModelSchema[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const source = reportingSource(appSource, (diagnostic) => diagnostics.push(diagnostic));
  const metadataFile = 'App/config/applicationmetadata.json';
  const metadataText = await source.read(metadataFile);
  const parsedMetadata = metadataText === undefined ? undefined : parseJsonFile(metadataText, metadataFile);
  if (parsedMetadata && !parsedMetadata.ok) diagnostics.push(parsedMetadata.diagnostic);
  const metadata = parsedMetadata?.ok ? asRecord(parsedMetadata.value) : undefined;
  const listing = await listLayoutSets(appSource);
  const dataTypes = new Set<string>();
  for (const entry of Array.isArray(metadata?.dataTypes) ? metadata.dataTypes : []) {
    const type = asRecord(entry);
    if (typeof type?.id === 'string' && typeof asRecord(type.appLogic)?.classRef === 'string') dataTypes.add(type.id);
  }
  for (const set of listing.layoutSets) dataTypes.add(set.dataType ?? 'model');

  const models: AppModelSchema[] = [];
  for (const dataType of dataTypes) {
    const file = await findModelSchemaFile(source, dataType, metadata);
    if (!file) {
      diagnostics.push({
        severity: 'warning',
        code: 'data-model',
        file: 'App/models',
        message: `No schema for data type "${dataType}" (${dataType}.schema.json, or named after its model class): its data is not checked against a schema.`,
      });
      continue;
    }
    const text = await source.read(file);
    if (text === undefined) continue;
    const parsed = parseJsonFile(text, file);
    if (!parsed.ok) {
      diagnostics.push(parsed.diagnostic);
      continue;
    }
    const schema = modelRootSchema(parsed.value, classRefOf(metadata, dataType));
    const record = asRecord(schema);
    if (!record) {
      diagnostics.push({
        severity: 'error',
        code: 'data-model',
        file,
        pointer: '',
        message: `The schema of data type "${dataType}" is not a JSON object.`,
      });
      continue;
    }
    models.push({ dataType, file, schema: record, document: parsed.value });
  }
  return { models, diagnostics };
}
