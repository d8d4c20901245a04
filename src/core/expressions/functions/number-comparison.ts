import { defineFunction, required } from '../define-function.ts';

type Compare = (a: number, b: number) => boolean;

// Missing numbers make every ordering false rather than treating null as zero.
const numberComparison = (compare: Compare) =>
  defineFunction({
    args: [required('number'), required('number')],
    returns: 'boolean',
    impl: (_call, a, b) => (a === null || b === null ? false : compare(a, b)),
  });

export const greaterThan = numberComparison((a, b) => a > b);
export const greaterThanEq = numberComparison((a, b) => a >= b);
export const lessThan = numberComparison((a, b) => a < b);
export const lessThanEq = numberComparison((a, b) => a <= b);
