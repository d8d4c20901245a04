import { describe, expect, it } from 'vitest';
import { previousIndices } from '../../../src/core/validation/rowMoves.ts';

describe('previousIndices', () => {
  const [a, b, c, d] = [{ n: 'a' }, { n: 'b' }, { n: 'c' }, { n: 'd' }];

  it('pairs each item with its index before: a row deleted, added, or the rows sorted', () => {
    expect(previousIndices([a, b, c, d], [a, c, d])).toEqual([0, 2, 3]);
    expect(previousIndices([a, b, c], [a, b, c, d])).toEqual([0, 1, 2, -1]);
    expect(previousIndices([a, b, c, d], [d, c, b, a])).toEqual([3, 2, 1, 0]);
    expect(previousIndices([a, b], [])).toEqual([]);
    expect(previousIndices([], [a])).toEqual([-1]);
  });

  it('pairs repeated primitive rows one to one', () => {
    const after = previousIndices(['x', 'y', 'x', 'x'], ['x', 'x', 'x']);
    expect(after.filter((from) => from >= 0).sort()).toEqual([0, 2, 3]);
    expect(previousIndices(['x', 'x'], ['x', 'x', 'x'])).toEqual([0, 1, -1]);
  });
});
