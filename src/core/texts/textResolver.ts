import type { TextResource, TextResourceVariable } from '../app/types.ts';
import { markValue, plainText, VALUE_END, VALUE_START, withoutMarks } from './textValues.ts';

/** What a text variable can read; each source is optional, a missing one yields the variable's default. */
export interface TextVariableSources {
  /** Reads a data-model path; `dataType` is undefined for `dataModel.default`. */
  dataModel?: (path: string, dataType: string | undefined) => unknown;
  instanceContext?: Readonly<Record<string, unknown>>;
  applicationSettings?: Readonly<Record<string, unknown>>;
  customTextParameters?: Readonly<Record<string, unknown>>;
}

export interface TextResolveOptions {
  /**
   * Positional values for `{0}`, `{1}`… in texts that have no `variables` (built-in texts, validation
   * messages). They are text; a `TextMarkup` param (another resolved text) keeps its markup.
   */
  params?: readonly unknown[];
  /** Row indexes of the component asking, outermost first: fill `[{0}]` markers in data-model variable keys. */
  rowIndices?: readonly number[];
  /**
   * How a variable's value is written into the text, for texts that are markup: an IFrame's HTML
   * escapes them, so data the user typed stays text there.
   */
  formatValue?: (value: string) => string;
  /**
   * Keep each value between the marks of `textValues.ts`, for a renderer that reads the text as
   * Markdown (it shows the values as text). Without it the values are plain parts of the text.
   */
  markValues?: boolean;
}

/** A text that is already resolved (an app text, with its own values marked), as a param of another. */
export class TextMarkup {
  constructor(readonly text: string) {}
}

export interface TextResolver {
  readonly language: string;
  /** Whether `key` names an app or built-in text (otherwise `resolve` returns the key itself). */
  has(key: string): boolean;
  /** Whether the text reads variables (so its value changes with the data, not only with the language). */
  hasVariables(key: string): boolean;
  resolve(key: string, options?: TextResolveOptions): string;
  /**
   * The data-model values resolving `key` reads now (`dataType` undefined: the default model), so
   * that whoever shows the text can listen to those paths alone instead of to every write.
   */
  dataReads(key: string, options?: TextResolveOptions): TextDataRead[];
}

/** A data-model value a text reads through a `dataModel.*` variable. */
export interface TextDataRead {
  readonly dataType: string | undefined;
  readonly path: string;
}

// Text values may name another text; a cycle in an app's texts must not hang the form.
const MAX_INDIRECTIONS = 10;

/**
 * Looks a key up the way Altinn apps expect: app text resources first (so an app can override
 * any built-in string), then the built-in texts, then the key itself as literal text.
 */
export function createTextResolver(
  language: string,
  appTexts: readonly TextResource[],
  builtinTexts: Readonly<Record<string, string>>,
  sources: TextVariableSources = {},
): TextResolver {
  const app = new Map<string, TextResource>();
  for (const resource of appTexts) if (resource && typeof resource.id === 'string') app.set(resource.id, resource);

  function has(key: string): boolean {
    return app.has(key) || Object.hasOwn(builtinTexts, key);
  }

  function resolve(key: string, options: TextResolveOptions = {}): string {
    return resolveWith(sources, key, options);
  }

  function dataReads(key: string, options: TextResolveOptions = {}): TextDataRead[] {
    const reads: TextDataRead[] = [];
    const read = sources.dataModel;
    resolveWith(
      {
        ...sources,
        dataModel: (path, dataType) => {
          reads.push({ dataType, path });
          return read?.(path, dataType);
        },
      },
      key,
      options,
    );
    return reads;
  }

  function resolveWith(sources: TextVariableSources, key: string, options: TextResolveOptions): string {
    let current = key;
    for (let step = 0; step < MAX_INDIRECTIONS; step++) {
      const resource = app.get(current);
      const value = resource
        ? fillVariables(resource, sources, options.rowIndices ?? [], options.formatValue)
        : Object.hasOwn(builtinTexts, current)
          ? withoutMarks(String(builtinTexts[current]))
          : undefined;
      if (value === undefined || value === current) break;
      current = value;
      if (!has(current)) break;
    }
    const filled = options.params ? fillMarked(current, options.params.map(asValue)) : current;
    return options.markValues ? filled : plainText(filled);
  }

  function hasVariables(key: string): boolean {
    const variables = app.get(key)?.variables;
    return Array.isArray(variables) && variables.length > 0;
  }

  return { language, has, hasVariables, resolve, dataReads };
}

/** Fills `{0}`, `{1}`… of a text with the params, as plain text. */
export function fillParams(text: string, params: readonly unknown[]): string {
  return plainText(fillMarked(withoutMarks(text), params.map(asValue)));
}

/** A param as it goes into a text: marked as a value, unless it is resolved markup. */
function asValue(param: unknown): string | undefined {
  if (param === undefined) return undefined;
  return param instanceof TextMarkup ? param.text : markValue(String(param));
}

// `{n}` outside the values already in the text: a value that reads `{0}` is not filled again.
const SLOT_OR_VALUE = new RegExp(`\\{(\\d+)\\}|${VALUE_START}[^${VALUE_END}]*${VALUE_END}`, 'g');

function fillMarked(text: string, values: readonly (string | undefined)[]): string {
  return text.replace(SLOT_OR_VALUE, (match, index: string | undefined) =>
    index === undefined ? match : (values[Number(index)] ?? match),
  );
}

function fillVariables(
  resource: TextResource,
  sources: TextVariableSources,
  rowIndices: readonly number[],
  formatValue: (value: string) => string = (value) => value,
): string {
  const variables = Array.isArray(resource.variables) ? resource.variables : [];
  const text = withoutMarks(String(resource.value ?? ''));
  if (variables.length === 0) return text;
  const values = variables.map((variable) => markValue(formatValue(variableValue(variable, sources, rowIndices))));
  return fillMarked(text, values);
}

function variableValue(variable: TextResourceVariable, sources: TextVariableSources, rowIndices: readonly number[]) {
  const value = readVariable(variable, sources, rowIndices);
  if (value === undefined || value === null || value === '' || typeof value === 'object') {
    const { defaultValue, key } = (variable ?? {}) as Partial<TextResourceVariable>;
    return defaultValue ?? (typeof key === 'string' ? key : '');
  }
  return String(value);
}

function readVariable(variable: TextResourceVariable, sources: TextVariableSources, rowIndices: readonly number[]) {
  // App files are not typed at run time: a variable without a source (the loader reports it) reads
  // nothing, so the text shows its default instead of taking the whole form down.
  const { dataSource, key } = (variable ?? {}) as Partial<TextResourceVariable>;
  if (typeof dataSource !== 'string' || typeof key !== 'string') return undefined;
  if (dataSource.startsWith('dataModel.')) {
    const dataType = dataSource.slice('dataModel.'.length);
    const path = key.replace(/\[\{(\d+)\}\]/g, (_marker, level: string) => {
      const index = rowIndices[Number(level)];
      return index === undefined ? '' : `[${index}]`;
    });
    return sources.dataModel?.(path, dataType === 'default' ? undefined : dataType);
  }
  if (dataSource === 'instanceContext') return sources.instanceContext?.[key];
  if (dataSource === 'applicationSettings') return sources.applicationSettings?.[key];
  if (dataSource === 'customTextParameters') return sources.customTextParameters?.[key];
  return undefined;
}
