import type { FormEngine } from '../form/formEngine.ts';
import { builtinTexts } from '../texts/builtin/index.ts';
import { createTextResolver, type TextResolver } from '../texts/textResolver.ts';
import type { Issue, NodeIssue } from './types.ts';

/**
 * The text of an issue in a language. Params that name a text are replaced by it (the field
 * name of a required error is the component's title key); the name in a required message starts
 * lower-case, as it sits mid-sentence.
 */
export function messageOf(engine: FormEngine, issue: Issue, language: string): string {
  const resolver = issue.customTextParameters
    ? resolverWithParameters(engine, language, issue.customTextParameters)
    : engine.texts(language);
  const rowIndices = 'nodeId' in issue ? engine.tree.node((issue as NodeIssue).nodeId)?.rowIndices : undefined;
  const params = issue.params.map((param) => {
    const text = resolver.has(param) ? resolver.resolve(param, { rowIndices }) : param;
    return issue.source === 'required' ? lowerFirst(text) : text;
  });
  return resolver.resolve(issue.textKey, { params, rowIndices });
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}

function resolverWithParameters(
  engine: FormEngine,
  language: string,
  parameters: Readonly<Record<string, string>>,
): TextResolver {
  const builtin = builtinTexts[language as keyof typeof builtinTexts] ?? builtinTexts.en;
  return createTextResolver(language, engine.layoutSet.texts[language] ?? [], builtin, {
    dataModel: (path, dataType) => engine.data.model(dataType ?? engine.layoutSet.dataType).get(path),
    customTextParameters: parameters,
  });
}
