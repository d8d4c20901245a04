/**
 * Reading an app's prefill configurations (platform spec §2.1): `App/models/{dataType}.prefill.json`,
 * the reference's place, or `App/config/prefill/{dataType}.json` (the place issue 13 names; read
 * when the model folder has none). Every mapping is checked once when the app is loaded: the source
 * field must be one the register has, the target a property of the data type's schema. A mapping
 * that fails is kept with its problem, so the server can answer 500 naming the file and key when
 * it would be applied, as the reference throws then.
 */
import { asRecord } from '../../core/app/appFormat.ts';
import { parseJsonFile } from '../../core/app/json.ts';
import { listModelSchemas } from '../../core/app/modelSchemas.ts';
import type { AppSource } from '../../core/app/source.ts';
import { joinPointer, type Diagnostic } from '../../core/diagnostics.ts';
import { nearestName } from '../../core/schemas/nearestName.ts';
import { knownSourceFields } from './register.ts';
import { resolveTarget, type ResolvedTarget } from './target.ts';

export const PREFILL_SECTIONS = ['QueryParameters', 'UserProfile', 'ER', 'DSF'] as const;
export type PrefillSection = (typeof PREFILL_SECTIONS)[number];

export interface PrefillMapping {
  /** The source field (`Party.Person.Name`) or, for `QueryParameters`, the query parameter. */
  readonly source: string;
  /** The data model path as written in the file. */
  readonly target: string;
  /** The target with the schema's property names, when it resolved. */
  readonly resolved?: ResolvedTarget;
  /** Why the mapping cannot be applied; the request applying it fails with 500. */
  readonly problem?: string;
}

export interface PrefillConfig {
  readonly dataType: string;
  /** App-relative file it came from. */
  readonly file: string;
  readonly allowOverwrite: boolean;
  readonly sections: Readonly<Record<PrefillSection, readonly PrefillMapping[]>>;
}

export interface PrefillConfigs {
  readonly configs: ReadonlyMap<string, PrefillConfig>;
  /** Each form data type's schema (its model root), for placing external prefill values. */
  readonly schemas: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads and checks the prefill configuration of every form data type of the app. */
export async function loadPrefillConfigs(source: AppSource): Promise<PrefillConfigs> {
  const diagnostics: Diagnostic[] = [];
  const configs = new Map<string, PrefillConfig>();
  const [modelFiles, configFiles] = await Promise.all([
    source.list('App/models').catch(() => [] as string[]),
    source.list('App/config/prefill').catch(() => [] as string[]),
  ]);
  const prefillInModels = modelFiles.filter((name) => name.toLowerCase().endsWith('.prefill.json'));
  const prefillInConfig = configFiles.filter((name) => name.toLowerCase().endsWith('.json'));
  // Schema problems are the loader's to report; here only the schemas are wanted.
  const { models } = await listModelSchemas(source);
  const schemas = new Map(models.map((model) => [model.dataType, model.schema] as const));
  const claimed = new Set<string>();
  const candidates = [
    ...prefillInModels.map((name) => ({
      file: `App/models/${name}`,
      dataType: name.slice(0, -'.prefill.json'.length),
    })),
    ...prefillInConfig.map((name) => ({
      file: `App/config/prefill/${name}`,
      dataType: name.slice(0, -'.json'.length),
    })),
  ];
  for (const { file, dataType } of candidates) {
    if (claimed.has(dataType)) {
      diagnostics.push({
        severity: 'warning',
        code: 'prefill',
        file,
        message: `Data type "${dataType}" has a prefill configuration in App/models already; this file is not used.`,
      });
      continue;
    }
    claimed.add(dataType);
    if (!schemas.has(dataType)) {
      diagnostics.push({
        severity: 'error',
        code: 'prefill',
        file,
        message: `No form data type "${dataType}" with a schema: a prefill file is named after the data type it fills ({dataType}.prefill.json). Known: ${[...schemas.keys()].join(', ') || 'none'}.`,
      });
      continue;
    }
    const text = await source.read(file);
    if (text === undefined) continue;
    const config = readConfig(text, file, dataType, schemas.get(dataType)!, diagnostics);
    if (config) configs.set(dataType, config);
  }
  return { configs, schemas, diagnostics };
}

function readConfig(
  text: string,
  file: string,
  dataType: string,
  schema: Readonly<Record<string, unknown>>,
  diagnostics: Diagnostic[],
): PrefillConfig | undefined {
  const parsed = parseJsonFile(text, file);
  if (!parsed.ok) {
    diagnostics.push(parsed.diagnostic);
    return undefined;
  }
  const document = asRecord(parsed.value);
  if (!document) {
    diagnostics.push({
      severity: 'error',
      code: 'prefill',
      file,
      pointer: '',
      message: 'A prefill file is a JSON object.',
    });
    return undefined;
  }
  const error = (pointer: string, message: string) =>
    diagnostics.push({ severity: 'error', code: 'prefill', file, pointer, message });
  for (const key of Object.keys(document)) {
    if (!['$schema', 'allowOverwrite', ...PREFILL_SECTIONS].includes(key)) {
      const near = nearestName(key, ['allowOverwrite', ...PREFILL_SECTIONS]);
      diagnostics.push({
        severity: 'warning',
        code: 'prefill',
        file,
        pointer: joinPointer(key),
        message: `Unknown key "${key}"${near ? `; did you mean "${near}"?` : ''} It is ignored.`,
      });
    }
  }
  if (document.allowOverwrite !== undefined && typeof document.allowOverwrite !== 'boolean')
    error('/allowOverwrite', 'allowOverwrite is true or false.');
  const sections = {} as Record<PrefillSection, PrefillMapping[]>;
  for (const section of PREFILL_SECTIONS) {
    sections[section] = [];
    const value = document[section];
    if (value === undefined || value === null) continue;
    const mappings = asRecord(value);
    if (!mappings) {
      error(joinPointer(section), `${section} maps source fields to data model paths: a JSON object of strings.`);
      continue;
    }
    const known = section === 'QueryParameters' ? undefined : knownSourceFields(section);
    for (const [sourceField, target] of Object.entries(mappings)) {
      const pointer = joinPointer(section, sourceField);
      if (typeof target !== 'string' || target.trim() === '') {
        const problem = `${section}."${sourceField}" must name a data model path as a string.`;
        error(pointer, problem);
        sections[section].push({ source: sourceField, target: String(target), problem: `${file}: ${problem}` });
        continue;
      }
      const problems: string[] = [];
      if (known && !known.has(sourceField)) {
        const near = nearestName(sourceField, known);
        problems.push(
          `the register has no field "${sourceField}" in ${section}${near ? ` (did you mean "${near}"?)` : ''}; field names are the register's, case-sensitive`,
        );
      }
      const resolved = resolveTarget(schema, target);
      if (!resolved.ok) problems.push(`the target "${target}" ${resolved.reason} in the schema of "${dataType}"`);
      const found = problems.length ? `${section}."${sourceField}": ${problems.join('; ')}.` : undefined;
      // Query parameters reach the model as the stateless `prefill` map, whose unknown paths the reference skips.
      const problem = section === 'QueryParameters' ? undefined : found;
      if (found) {
        diagnostics.push({
          severity: problem ? 'error' : 'warning',
          code: 'prefill',
          file,
          pointer,
          message: problem ? found : `${found} The value is dropped when the form is opened.`,
        });
      }
      sections[section].push({
        source: sourceField,
        target,
        resolved: resolved.ok ? resolved.target : undefined,
        problem: problem ? `${file} at ${pointer}: ${problem}` : undefined,
      });
    }
  }
  return { dataType, file, allowOverwrite: document.allowOverwrite === true, sections };
}
