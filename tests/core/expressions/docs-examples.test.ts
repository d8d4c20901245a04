import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  evaluateExpression,
  ExpressionRuntimeError,
  type ExpressionContext,
} from '../../../src/core/expressions/index.ts';
import { fakeContext } from './fake-context.ts';

// The example context described in docs/expressions.md.
const base = fakeContext(
  {
    dataModel: { person: { name: 'Kari', age: 17, country: 'NO' }, items: [{ title: 'A' }, { title: 'B' }] },
    frontendSettings: { theme: 'dark' },
    textResources: [{ id: 'greeting', value: 'Hei!' }],
    instance: {
      id: '512345/abc',
      appId: 'ttd/bakery',
      instanceOwner: { partyId: '512345', organisationNumber: '999888777', party: { name: 'Bakeriet AS' } },
    },
    instanceDataElements: [{ dataType: 'attachment' }],
    permissions: { read: true, write: true, actions: { sign: false } },
    process: { currentTask: { elementId: 'Task_1' } },
    codeLists: { countries: [{ value: 'NO', label: 'Norge' }] },
    externalApis: { data: { weather: { today: { temp: 21 } } } },
    positionalArguments: ['person.name'],
    valueArguments: { data: { value: 'NO', label: 'Norge' }, defaultKey: 'value' },
    context: { currentLayout: 'Start' },
  },
  'v9',
);

const unknown = (id: string) => new ExpressionRuntimeError(`Unable to find component with identifier ${id}`);

const context: ExpressionContext = {
  ...base,
  component: (id) => {
    if (id !== 'name') throw unknown(id);
    return 'Kari';
  },
  displayValue: (id) => {
    if (id !== 'name') throw unknown(id);
    return 'Kari';
  },
  componentLocation: (id) => ({ page: 'Start', indexedId: id }),
};

const EXAMPLE = /^(\[.*\])\s+\/\/ → (.*)$/;

const examples = readFileSync(resolve(process.cwd(), 'docs/expressions.md'), 'utf8')
  .split('\n')
  .map((line) => EXAMPLE.exec(line))
  .filter((match) => match !== null)
  .map(([, expression, result]) => ({ expression, result }));

describe('docs/expressions.md examples', () => {
  it('has examples for every function', () => {
    expect(examples.length).toBeGreaterThan(80);
  });

  for (const { expression, result } of examples) {
    it(`${expression} → ${result}`, () => {
      const outcome = evaluateExpression(JSON.parse(expression), context, { expected: 'any', defaultValue: null });
      if (result.startsWith('error: ')) {
        expect(outcome.error?.message).toBe(result.slice('error: '.length));
      } else {
        expect(outcome.error).toBeUndefined();
        expect(outcome.value).toEqual(JSON.parse(result));
      }
    });
  }
});
