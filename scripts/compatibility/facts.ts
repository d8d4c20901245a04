import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  componentProperties,
  componentTable,
  componentTextBindings,
  storyNames,
  type ComponentFacts,
} from './componentTable.ts';
import { LEFT_OUT, STORIES_OF } from './leftOut.ts';

/** The component table as the repository's files say it is now. */
export function currentComponentTable(repoRoot: string, layoutSchemaFile: string): string {
  const schema: unknown = JSON.parse(readFileSync(layoutSchemaFile, 'utf8'));
  const textBindings = componentTextBindings(schema);
  const facts: ComponentFacts[] = [...componentProperties(schema)].map(([type, properties]) => {
    const storyFile = join(repoRoot, 'stories', 'components', `${STORIES_OF[type] ?? type}.stories.tsx`);
    return {
      type,
      properties,
      stories: existsSync(storyFile) ? storyNames(readFileSync(storyFile, 'utf8')) : [],
      textBindings: textBindings.get(type) ?? [],
    };
  });
  return componentTable(facts, LEFT_OUT);
}
