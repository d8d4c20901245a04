import { describe, expect, it } from 'vitest';
import { fetchedOptionsWithinLimit } from '../../../src/core/limits/fetchedOptions.ts';
import { LIMITS } from '../../../src/core/limits/limits.ts';

describe('fetchedOptionsWithinLimit', () => {
  it('keeps a code list within the limit as it is', () => {
    const options = [{ value: 'a', label: 'A' }];
    expect(fetchedOptionsWithinLimit(options, 'list')).toEqual({ options });
  });

  it('keeps the first options of a longer one, and says which list and how many', () => {
    const options = Array.from({ length: 200_000 }, (_, index) => ({ value: `v${index}`, label: `L${index}` }));
    const held = fetchedOptionsWithinLimit(options, 'postcodes');
    expect(held.options).toEqual(options.slice(0, LIMITS.optionsPerList));
    expect(held.warning).toContain('"postcodes" has 200000 options');
  });
});
