import type { FormEngine } from '../form/formEngine.ts';
import { loadedBuiltinTexts } from '../texts/builtin/builtinTextsLoader.ts';
import { createTextResolver, TextMarkup, type TextResolver } from '../texts/textResolver.ts';
import { markValue, VALUE_START } from '../texts/textValues.ts';
import type { Issue, NodeIssue } from './types.ts';

/**
 * The text of an issue in a language. Params that name a text are replaced by it (the field
 * name of a required error is the component's title key); the name in a required message starts
 * lower-case, as it sits mid-sentence. Other params are values, shown as text; with `markValues`
 * they stay marked for a Markdown renderer (see `textValues.ts`).
 */
export function messageOf(engine: FormEngine, issue: Issue, language: string, markValues = false): string {
  const resolver = issue.customTextParameters
    ? resolverWithParameters(engine, language, issue.customTextParameters)
    : engine.texts(language);
  const rowIndices = 'nodeId' in issue ? engine.tree.node((issue as NodeIssue).nodeId)?.rowIndices : undefined;
  const params = issue.params.map((param) => {
    if (!resolver.has(param)) return issue.source === 'required' ? lowerFirst(param) : param;
    const text = resolver.resolve(param, { rowIndices, markValues: true });
    return new TextMarkup(issue.source === 'required' ? lowerFirst(text) : text);
  });
  // A backend message that names no text is the backend's own words (a `description`), which may
  // quote what the user typed: text, not Markdown.
  if (issue.source === 'backend' && !resolver.has(issue.textKey)) {
    return markValues ? markValue(issue.textKey) : issue.textKey;
  }
  return resolver.resolve(issue.textKey, { params, rowIndices, markValues });
}

function lowerFirst(text: string): string {
  // A text that starts with a value: the value's first letter.
  const at = text.startsWith(VALUE_START) ? 1 : 0;
  return text.slice(0, at) + text.charAt(at).toLocaleLowerCase() + text.slice(at + 1);
}

function resolverWithParameters(
  engine: FormEngine,
  language: string,
  parameters: Readonly<Record<string, string>>,
): TextResolver {
  const builtin = loadedBuiltinTexts(language) ?? {};
  return createTextResolver(language, engine.layoutSet.texts[language] ?? [], builtin, {
    dataModel: (path, dataType) => engine.data.model(dataType ?? engine.layoutSet.dataType).get(path),
    customTextParameters: parameters,
  });
}
