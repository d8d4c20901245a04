import { describe, expect, it } from 'vitest';
import { calledFunctions } from '../../../src/core/expressions/called-functions.ts';

describe('calledFunctions', () => {
  it('finds the named functions wherever an app file calls them, and no others', () => {
    const layout = {
      data: {
        layout: [
          { id: 'a', hidden: ['equals', ['formatDate', ['dataModel', 'd'], 'yyyy'], '2020'] },
          { id: 'b', textResourceBindings: { title: ['concat', 'x', ['jmespath', ['dataModel', 'o'], 'a.b']] } },
        ],
      },
    };
    expect(calledFunctions([layout], ['jmespath', 'formatDate', 'round'])).toEqual(new Set(['jmespath', 'formatDate']));
    expect(calledFunctions({ texts: ['formatDate is a word here'] }, ['formatDate'])).toEqual(new Set());
  });

  it('walks a nesting deeper than the call stack allows', () => {
    let deep: unknown = ['jmespath', {}, 'a'];
    for (let level = 0; level < 100_000; level++) deep = ['not', deep];
    expect(calledFunctions(deep, ['jmespath'])).toEqual(new Set(['jmespath']));
  });
});
