import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FUNCTIONS } from '../../src/core/expressions/functions/registry.ts';
import { storyNames } from '../compatibility/componentTable.ts';
import { STORIES_OF } from '../compatibility/leftOut.ts';
import { clientReferenceMarkdown } from './clientReference.ts';
import { componentReferenceMarkdown, componentReferences } from './componentReference.ts';
import { expressionReferenceMarkdown } from './expressionReference.ts';

/** The generated reference pages, by their path in the repository, as its files say they are now. */
export function currentReferences(repoRoot: string, schemaDir: string): Record<string, string> {
  const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
  const layoutSchema = read(join(schemaDir, 'layout/layout.schema.v1.json')) as Parameters<
    typeof componentReferences
  >[0];
  const storiesOf = (type: string) => {
    const file = join(repoRoot, 'stories/components', `${STORIES_OF[type] ?? type}.stories.tsx`);
    if (!existsSync(file)) return undefined;
    const source = readFileSync(file, 'utf8');
    // The meta's title names a folder (`Components/Input`); a component's `title` text binding does not.
    const title = /^\s*title:\s*'([^']*\/[^']*)'/m.exec(source)?.[1];
    return title ? { title, exports: storyNames(source) } : undefined;
  };
  const expressionSchemas = ['v9/layout/expression.schema.v1.json', 'layout/expression.schema.v1.json']
    .map((path) => join(schemaDir, path))
    .filter((file) => existsSync(file))
    .map((file) => read(file) as Parameters<typeof expressionReferenceMarkdown>[1][number]);
  return {
    'docs/reference/components.md': componentReferenceMarkdown(componentReferences(layoutSchema, storiesOf)),
    'docs/reference/expressions.md': expressionReferenceMarkdown(FUNCTIONS, expressionSchemas),
    'docs/reference/client.md': clientReferenceMarkdown(repoRoot),
  };
}
