import { defineFunction, optional, required, rest } from '../define-function.ts';
import { ExpressionRuntimeError } from '../errors.ts';

export const concat = defineFunction({
  args: [rest('string')],
  returns: 'string',
  impl: (_call, parts) => parts.map((part) => part ?? '').join(''),
});

type Test = (subject: string, search: string) => boolean;

// Null on either side means "no match", whatever the test.
const stringTest = (test: Test, whenNull: boolean) =>
  defineFunction({
    args: [required('string'), required('string')],
    returns: 'boolean',
    impl: (_call, subject, search) => (subject === null || search === null ? whenNull : test(subject, search)),
  });

export const contains = stringTest((s, q) => s.includes(q), false);
export const notContains = stringTest((s, q) => !s.includes(q), true);
export const startsWith = stringTest((s, q) => s.startsWith(q), false);
export const endsWith = stringTest((s, q) => s.endsWith(q), false);
export const commaContains = stringTest((s, q) => s.split(',').some((part) => part.trim() === q), false);

export const stringReplace = defineFunction({
  args: [required('string'), required('string'), required('string')],
  returns: 'string',
  impl: (_call, subject, search, replacement) => {
    if (!subject || !search) return null;
    return subject.split(search).join(replacement ?? '');
  },
});

export const stringLength = defineFunction({
  args: [required('string')],
  returns: 'number',
  impl: (_call, value) => (value ?? '').length,
});

export const stringSlice = defineFunction({
  args: [required('string'), required('number'), optional('number')],
  returns: 'string',
  impl: (_call, value, start, end) => {
    if (start === null || end === null) throw new ExpressionRuntimeError('Start/end index cannot be null');
    if (value === null) return null;
    return value.slice(start, end);
  },
});

export const stringIndexOf = defineFunction({
  args: [required('string'), required('string')],
  returns: 'number',
  impl: (_call, subject, search) => {
    if (!subject || !search) return null;
    const index = subject.indexOf(search);
    return index === -1 ? null : index;
  },
});

type Transform = (value: string) => string;

const stringTransform = (transform: Transform) =>
  defineFunction({
    args: [required('string')],
    returns: 'string',
    impl: (_call, value) => (value === null ? null : transform(value)),
  });

export const lowerCase = stringTransform((s) => s.toLowerCase());
export const upperCase = stringTransform((s) => s.toUpperCase());
export const lowerCaseFirst = stringTransform((s) => s.charAt(0).toLowerCase() + s.slice(1));
export const upperCaseFirst = stringTransform((s) => s.charAt(0).toUpperCase() + s.slice(1));
