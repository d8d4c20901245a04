import { describe, expect, it } from 'vitest';
import { evaluateExpression, type ExpressionContext } from '../../src/core/expressions/index.ts';

// The engine in a real browser: the jmespath package (CommonJS) must load through the bundler,
// and day periods must not depend on the browser's own locale data.
const people = [
  { name: 'Ola', age: 30 },
  { name: 'Kari', age: 17 },
];
const context = (language: string): ExpressionContext => ({
  language: () => language,
  dataModel: (path) => (path === 'people' ? people : undefined),
});
const run = (expression: unknown, language = 'nb') =>
  evaluateExpression(expression, context(language), { expected: 'any', defaultValue: null });

describe('expressions in Chromium', () => {
  it('runs the v9 functions over data-model groups', () => {
    expect(run(['jmespath', ['dataModel', 'people'], '[?age >= `18`].name'])).toEqual({ value: ['Ola'] });
    expect(run(['sum', ['jmespath', ['dataModel', 'people'], '[].age']])).toEqual({ value: 47 });
    expect(run(['average', ['list', 0.1, 0.2], 0])).toEqual({ value: 0.15 });
    expect(run(['count', ['dataModel', 'people']])).toEqual({ value: 2 });
    expect(run(['jmespath', ['object'], '#']).error?.message).toMatch(/^Jmespath error: /);
  });

  it('names day periods in nb, nn and en as the reference does', () => {
    const at = (language: string, pattern: string) =>
      run(['formatDate', '2023-03-04T15:06:07', pattern], language).value;
    expect(['nb', 'nn', 'en'].map((language) => at(language, 'a'))).toEqual(['p.m.', 'e.m.', 'PM']);
    expect(['nb', 'nn', 'en'].map((language) => at(language, 'aaaa'))).toEqual(['p.m.', 'ettermiddag', 'PM']);
    expect(at('nn', 'EEEE d. MMMM yyy')).toBe('laurdag 4. mars 2023');
  });

  // Chromium ships no Nynorsk locale data (Intl falls back to English there).
  it('writes Nynorsk dates in Nynorsk in Chromium too', () => {
    expect(run(['formatDate', '2023-03-04T15:06:07', 'EEE d. MMM G'], 'nn').value).toBe('lau 4. mar e.Kr.');
    expect(run(['formatDate', '2023-03-04'], 'nn').value).toBe('04.03.2023');
  });
});
