import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  TABLE_END,
  TABLE_START,
  componentProperties,
  componentTextBindings,
} from '../../scripts/compatibility/componentTable.ts';
import { currentComponentTable } from '../../scripts/compatibility/facts.ts';
import { LEFT_OUT, STORIES_OF, TESTS_OF } from '../../scripts/compatibility/leftOut.ts';
import { ALTINN_SCHEMA_DIR, REPO_ROOT } from '../support/altinnSchemas.ts';

const LAYOUT_SCHEMA = resolve(ALTINN_SCHEMA_DIR, 'layout/layout.schema.v1.json');
const document = readFileSync(resolve(REPO_ROOT, 'docs/compatibility.md'), 'utf8');
const types = [...componentProperties(JSON.parse(readFileSync(LAYOUT_SCHEMA, 'utf8'))).keys()];

describe('docs/compatibility.md', () => {
  it('has the component table as the schema, the stories and the left-out list make it (npm run docs:compatibility)', () => {
    const written = document.slice(document.indexOf(TABLE_START), document.indexOf(TABLE_END) + TABLE_END.length);
    // Prettier pads the columns of the written table; cell by cell, the two must agree.
    const cells = (markdown: string) =>
      markdown
        .trim()
        .split('\n')
        .map((line) =>
          line.startsWith('|') ? line.split('|').map((cell) => cell.trim().replace(/^-{3,}$/, '---')) : line,
        );
    expect(cells(written)).toEqual(cells(currentComponentTable(REPO_ROOT, LAYOUT_SCHEMA)));
  });

  it('covers all 61 types, each with a story file and a unit test', () => {
    expect(types).toHaveLength(61);
    // LikertItem is never written in a layout: each Likert makes one per row, so its files test it.
    const covers = (file: string, type: string) =>
      existsSync(file) && (type === 'LikertItem' || readFileSync(file, 'utf8').includes(`'${type}'`));
    const missing = types.filter(
      (type) =>
        !covers(resolve(REPO_ROOT, `stories/components/${STORIES_OF[type] ?? type}.stories.tsx`), type) ||
        !covers(resolve(REPO_ROOT, `tests/react/components/${TESTS_OF[type] ?? type}.test.tsx`), type),
    );
    expect(missing).toEqual([]);
  });

  it('lists left-out properties only of types and properties the schema has', () => {
    const properties = componentProperties(JSON.parse(readFileSync(LAYOUT_SCHEMA, 'utf8')));
    for (const [type, leftOut] of Object.entries(LEFT_OUT)) {
      expect(properties.has(type), type).toBe(true);
      for (const property of Object.keys(leftOut.properties ?? {})) {
        expect(properties.get(type), `${type}.${property}`).toContain(property);
      }
    }
  });

  it('lists left-out text bindings only of keys the schema gives the type', () => {
    const textBindings = componentTextBindings(JSON.parse(readFileSync(LAYOUT_SCHEMA, 'utf8')));
    for (const [type, leftOut] of Object.entries(LEFT_OUT)) {
      for (const key of Object.keys(leftOut.texts ?? {})) {
        expect(textBindings.get(type), `${type}.textResourceBindings.${key}`).toContain(key);
      }
    }
  });

  it('reads the text bindings of each type from the schema, help among them where the schema has it', () => {
    const textBindings = componentTextBindings(JSON.parse(readFileSync(LAYOUT_SCHEMA, 'utf8')));
    expect(textBindings.get('Input')).toEqual([
      'tableTitle',
      'shortName',
      'requiredValidation',
      'summaryTitle',
      'summaryAccessibleTitle',
      'title',
      'description',
      'help',
      'prefix',
      'suffix',
    ]);
    expect([...textBindings].filter(([, keys]) => keys.includes('help'))).toHaveLength(29);
    expect(textBindings.get('NavigationBar')).toEqual([]);
  });
});
