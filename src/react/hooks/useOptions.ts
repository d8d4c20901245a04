import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { AppOption } from '../../core/app/types.ts';
import { isExpression } from '../../core/expressions/index.ts';
import { fetchedOptionsWithinLimit } from '../../core/limits/fetchedOptions.ts';
import type { FormNode } from '../../core/form/index.ts';
import { useFormContext } from '../context/FormContext.ts';
import { useFormServices } from '../context/FormServices.ts';
import type { OptionsService } from '../../core/services/options.ts';
import { expressionReadsData, markValue, plainText } from '../../core/texts/textValues.ts';
import { useTextResolver } from '../i18n/useTexts.ts';
import { useBinding } from './useBinding.ts';
import { useNodeVersion } from './useNodeVersion.ts';
import { optionsDataPaths, subscribeAtOptionsData, type OptionsDataPaths } from './optionsDataPaths.ts';

export interface ResolvedOption {
  /** The value as stored in the data model (options are compared as text, like the reference frontend). */
  value: string;
  /** The label as plain text: for a combobox, sorting and a bound `label` field. */
  label: string;
  description?: string;
  /** The option's `helpText`, shown behind a help button beside it (RadioButtons, Checkboxes). */
  helpText?: string;
  /** The same texts for `<Markdown>`, with the values in them marked so they show as text. */
  markup: { label: string; description?: string; helpText?: string };
}

interface OptionSource {
  group: string;
  value: string;
  label: unknown;
  description?: unknown;
  helpText?: unknown;
  dataType?: string;
}

interface SourcedOption extends AppOption {
  rowIndex?: number;
  /** Label and description already evaluated from expressions, not text keys. */
  labelText?: string;
  descriptionText?: string;
  helpTextText?: string;
}

interface OptionsConfig {
  options?: AppOption[];
  optionsId?: string;
  source?: OptionSource;
  sortOrder?: 'asc' | 'desc';
  optionFilter?: unknown;
  preselectedOptionIndex?: number;
  queryParameters?: Record<string, unknown>;
  secure?: boolean;
}

/**
 * The node's options with labels resolved: static `options`, the app's code list `optionsId` (from the
 * layout set, else fetched through the form services) or rows of a repeating group (`source`); then
 * `optionFilter` and `sortOrder`. While rendered it also keeps the data tidy like the reference
 * frontend: preselects `preselectedOptionIndex`, removes stored values that are no longer options and
 * writes the chosen labels to a bound `label` field and the code list's metadata to `metadata`.
 */
export function useOptions(node: FormNode): ResolvedOption[] {
  return useOptionsWithStatus(node).options;
}

/**
 * `useOptions`, and whether the code list named by `optionsId` could not be fetched (the app has no
 * such file and its backend does not serve it): the component then says so in place of the options,
 * as the reference does, rather than offering an empty choice.
 */
export function useOptionsWithStatus(node: FormNode): { options: ResolvedOption[]; failed: boolean } {
  const { engine } = useFormContext();
  const texts = useTextResolver();
  const version = useNodeVersion(node);
  const config = node.component as OptionsConfig;
  const dataVersion = useDataVersion(config);
  const fetched = useFetchedOptions(node, config, texts.language, version);

  const raw: SourcedOption[] | undefined = useMemo(() => {
    if (Array.isArray(config.options)) return config.options;
    if (config.source) return optionsFromSource(engine, node, config.source, texts.language, dataVersion);
    if (config.optionsId) return engine.layoutSet.options[config.optionsId] ?? fetched.options;
    return [];
  }, [engine, node, config.options, config.source, config.optionsId, fetched.options, texts.language, dataVersion]);

  const resolved = useMemo(() => {
    if (!raw) return undefined;
    // The filter may read any data, so it runs again after every data change.
    void dataVersion;
    const kept = raw.filter((option, index) => {
      if (!option || option.value === undefined) return false;
      if (config.optionFilter === undefined) return true;
      const site = {
        node,
        positionalArguments: [index],
        valueArguments: {
          data: {
            value: option.value,
            label: option.label,
            description: option.description ?? null,
            helpText: option.helpText ?? null,
          },
          defaultKey: 'value',
        },
      };
      return engine.tree.evaluateAt(site, config.optionFilter, 'boolean', true).value !== false;
    });
    // The same expressions make every option's texts: whether they read data is decided once.
    const source = config.source;
    const readsData = {
      label: expressionReadsData(source?.label),
      description: expressionReadsData(source?.description),
      helpText: expressionReadsData(source?.helpText),
    };
    const list = kept.map((option) => {
      // Labels of `source` options are text keys whose `[{0}]` variables point into their row; one
      // that names no text is the row's data (or an expression's result), shown as text.
      const fromRow = option.rowIndex !== undefined;
      const text = (evaluated: string | undefined, key: unknown, fromData = false) => {
        if (evaluated !== undefined) return fromData ? markValue(evaluated) : evaluated;
        if (key === undefined || key === null || key === '') return undefined;
        const name = String(key);
        if (fromRow && !texts.has(name)) return markValue(name);
        return texts.resolve(name, { rowIndices: fromRow ? [option.rowIndex ?? 0] : undefined, markValues: true });
      };
      const label = text(option.labelText, option.label ?? option.value, readsData.label) ?? '';
      const description = text(option.descriptionText, option.description, readsData.description);
      const helpText = text(option.helpTextText, option.helpText, readsData.helpText);
      return {
        value: option.value === null ? '' : String(option.value),
        label: plainText(label),
        description: plainText(description),
        helpText: plainText(helpText),
        markup: { label, description, helpText },
      };
    });
    if (config.sortOrder === 'asc' || config.sortOrder === 'desc') {
      const sign = config.sortOrder === 'asc' ? 1 : -1;
      list.sort((a, b) => sign * a.label.localeCompare(b.label, texts.language));
    }
    return list;
  }, [raw, config.optionFilter, config.sortOrder, config.source, engine, node, texts, dataVersion]);

  useOptionEffects(node, resolved, config.preselectedOptionIndex, fetched.downstreamParameters);
  return { options: resolved ?? NO_OPTIONS, failed: fetched.failed === true };
}

const NO_OPTIONS: ResolvedOption[] = [];

/** `language` and `dataVersion` only tie the result to the texts and data it was read from. */
function optionsFromSource(
  engine: ReturnType<typeof useFormContext>['engine'],
  node: FormNode,
  source: OptionSource,
  language: string,
  dataVersion: number,
): SourcedOption[] {
  void language;
  void dataVersion;
  const dataType = source.dataType ?? engine.layoutSet.dataType;
  const model = engine.data.model(dataType);
  const rows = model.get(source.group);
  if (!Array.isArray(rows)) return [];
  return rows.map((_, index) => {
    const value = model.get(source.value.replaceAll('{0}', String(index)));
    const label = typeof source.label === 'string' ? source.label : String(value ?? '');
    // An expression label or description runs in its source row, so `text` variables and
    // `dataModel` lookups inside it read that row.
    const location = { dataType, path: `${source.group}[${index}]` };
    const evaluated = (expression: unknown) =>
      isExpression(expression)
        ? String(engine.tree.evaluateAt({ node, location }, expression, 'string', '').value ?? '')
        : undefined;
    return {
      value: value === undefined || value === null ? null : String(value),
      label,
      labelText: evaluated(source.label),
      description: typeof source.description === 'string' ? source.description : undefined,
      descriptionText: evaluated(source.description),
      helpText: typeof source.helpText === 'string' ? source.helpText : undefined,
      helpTextText: evaluated(source.helpText),
      rowIndex: index,
    };
  });
}

/** Counts the data changes the options can follow (`optionsDataPaths`), so options computed from data are recomputed. */
function useDataVersion(config: OptionsConfig): number {
  const { engine } = useFormContext();
  const texts = useTextResolver();
  const [version, bump] = useReducer((n: number) => n + 1, 0);
  // A string, so the effect subscribes anew only when the paths change, not on every render.
  const paths = JSON.stringify(optionsDataPaths(config, texts, engine.layoutSet.dataType));
  useEffect(() => subscribeAtOptionsData(engine.data, JSON.parse(paths) as OptionsDataPaths, bump), [engine, paths]);
  return version;
}

interface FetchState {
  /** Undefined while loading, and after a failed fetch. */
  options?: AppOption[];
  downstreamParameters?: string;
  failed?: boolean;
}

function useFetchedOptions(node: FormNode, config: OptionsConfig, language: string, version: number): FetchState {
  const { engine } = useFormContext();
  const optionSource: OptionsService = useFormServices();
  const { optionsId, secure } = config;
  const needsFetch =
    !Array.isArray(config.options) && !config.source && !!optionsId && !(optionsId in engine.layoutSet.options);
  const parameterKeys = Object.keys(config.queryParameters ?? {});
  const queryParameters = Object.fromEntries(
    parameterKeys.map((key) => [key, String(node.evaluate(`queryParameters.${key}`, 'string', '') ?? '')]),
  );
  const queryKey = JSON.stringify(queryParameters);
  const [state, setState] = useState<FetchState & { key?: string }>({});
  const requestKey = `${optionsId}|${language}|${queryKey}`;
  useEffect(() => {
    if (!needsFetch || !optionsId) return;
    let current = true;
    optionSource
      .fetchOptions(optionsId, { language, queryParameters: JSON.parse(queryKey) as Record<string, string>, secure })
      .then(
        (result) =>
          current && setState({ ...result, options: withinLimit(result.options, optionsId), key: requestKey }),
        // A failed fetch leaves the options unknown, so no stored value is taken for stale.
        () => current && setState({ key: requestKey, failed: true }),
      );
    return () => {
      current = false;
    };
  }, [needsFetch, optionsId, language, queryKey, secure, optionSource, requestKey, version]);
  if (!needsFetch) return { options: [] };
  return state.key === requestKey ? state : {};
}

/** A fetched code list held to the limit (docs/limits.md), said where `skjema check` and a developer look. */
function withinLimit(fetched: AppOption[], optionsId: string): AppOption[] {
  const { options, warning } = fetchedOptionsWithinLimit(fetched, optionsId);
  if (warning) console.warn(warning);
  return options;
}

function useOptionEffects(
  node: FormNode,
  options: ResolvedOption[] | undefined,
  preselectedIndex: number | undefined,
  downstreamParameters: string | undefined,
) {
  const { session } = useFormContext();
  const { text } = useBinding(node);
  const preselected = useRef(false);
  // Types that keep several chosen values comma-separated in one field say so in their definition.
  const multi = session.engine.componentTypes.get(node.type)?.bindings?.multiple === true;
  // With a `group` binding the value lives in the group's rows (useMultiSelection), not at one path.
  const hasBinding = node.bindings.simpleBinding !== undefined && node.bindings.group === undefined;
  // Label, metadata and dropping values no option has follow from the value and the options, not
  // from the user: they are written past the node's own `readOnly` (the session still checks the
  // instance's permission and locks).
  const derive = useCallback(
    (key: string, next: string) => {
      const binding = node.bindings[key];
      if (binding) session.write({ binding, text: next });
    },
    [session, node],
  );

  useEffect(() => {
    if (!options || !hasBinding) return;
    if (text === '' && !preselected.current && preselectedIndex !== undefined && options[preselectedIndex]) {
      preselected.current = true;
      session.write({ node, text: options[preselectedIndex].value, origin: 'prefill' });
      return;
    }
    preselected.current = true;
    if (text === '') return;
    // A value of another type than the schema's (a number or boolean where text belongs, a value
    // outside its enum) is data the form was given, not a stale choice: it is kept and reported.
    const binding = node.bindings.simpleBinding;
    if (binding && !session.engine.data.fitsSchema(binding)) return;
    const known = new Set(options.map((option) => option.value));
    const values = multi ? text.split(',').map((value) => value.trim()) : [text];
    const kept = values.filter((value) => known.has(value));
    if (kept.length !== values.length) derive('simpleBinding', kept.join(','));
  }, [options, text, session, node, derive, preselectedIndex, multi, hasBinding]);

  const labels = useMemo(() => {
    if (!options || text === '') return '';
    const values = multi ? text.split(',').map((value) => value.trim()) : [text];
    return values
      .map((value) => options.find((option) => option.value === value)?.label)
      .filter((found) => found !== undefined)
      .join(',');
  }, [options, text, multi]);
  useEffect(() => {
    if (options && hasBinding) derive('label', labels);
  }, [labels, options, derive, hasBinding]);
  useEffect(() => {
    if (downstreamParameters !== undefined) derive('metadata', downstreamParameters);
  }, [downstreamParameters, derive]);
}
