import { describe, expect, it } from 'vitest';
import { formatPath, parsePath } from '../../../src/core/data/path.ts';

describe('parsePath', () => {
  it('splits keys and list indexes, plain or not', () => {
    expect(parsePath('Person.Name')).toEqual(['Person', 'Name']);
    expect(parsePath('field')).toEqual(['field']);
    expect(parsePath('Person.Addresses[0].Street')).toEqual(['Person', 'Addresses', 0, 'Street']);
    expect(parsePath('rows[12]')).toEqual(['rows', 12]);
    expect(parsePath('')).toEqual([]);
    expect(parsePath('a..b')).toEqual(['a', 'b']);
    expect(parsePath('.a')).toEqual(['a']);
  });

  it('gives back what formatPath wrote', () => {
    for (const path of ['a', 'a.b.c', 'a[0]', 'a[0].b[1][2].c']) expect(formatPath(parsePath(path))).toBe(path);
  });
});
