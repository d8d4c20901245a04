import { describe, expect, it } from 'vitest';
import { rowIndexWithin, transposeField } from '../../../src/core/tree/transpose.ts';

describe('transposeField', () => {
  it.each([
    ['Group.field', 'Group[2]', 'Group[2].field'],
    ['Group.Inner.field', 'Group[1].Inner[0]', 'Group[1].Inner[0].field'],
    ['Group.Inner.field', 'Group[1]', 'Group[1].Inner.field'],
    ['Group.field', 'Group[1].Inner[0]', 'Group[1].field'],
    ['Group[0].Inner.field', 'Group[1].Inner[3]', 'Group[0].Inner.field'],
    ['Group.Inner[5].field', 'Group[1].Inner[3]', 'Group[1].Inner[5].field'],
    ['Other.field', 'Group[1]', 'Other.field'],
    ['Groups.field', 'Group[1]', 'Groups.field'],
    ['a.b.Group.x', 'a.b.Group[4]', 'a.b.Group[4].x'],
    ['Group', 'Group[1]', 'Group[1]'],
  ])('%s at %s → %s', (field, location, expected) => {
    expect(transposeField(field, location)).toBe(expected);
  });
});

describe('rowIndexWithin', () => {
  it('finds the row of a location inside an array, and nothing outside it', () => {
    expect(rowIndexWithin('Group[1].Inner', 'Group[1].Inner[3].x')).toBe(3);
    expect(rowIndexWithin('Group[1].Inner', 'Group[1].Inner[3]')).toBe(3);
    expect(rowIndexWithin('Group[0].Inner', 'Group[1].Inner[3]')).toBeUndefined();
    expect(rowIndexWithin('Group', 'Other[1]')).toBeUndefined();
    expect(rowIndexWithin('Group', 'Group')).toBeUndefined();
  });
});
