import { INSTANCE_CONTEXT_KEYS, type InstanceContextKey } from '../context.ts';
import { defineFunction, optional, required } from '../define-function.ts';
import { ExpressionRuntimeError } from '../errors.ts';
import { hostMethod } from '../host-method.ts';
import { toLiteral } from '../to-literal.ts';
import { literalStringArg } from './literal-arg-rule.ts';

const isInstanceContextKey = (key: string): key is InstanceContextKey =>
  (INSTANCE_CONTEXT_KEYS as readonly string[]).includes(key);

export const instanceContext = defineFunction({
  args: [required('string')],
  returns: 'string',
  impl: ({ context }, key) => {
    if (key === null || !isInstanceContextKey(key)) {
      throw new ExpressionRuntimeError(`Unknown Instance context property ${key}`);
    }
    return hostMethod(context, 'instanceContext', 'instanceContext')(key) ?? null;
  },
});

export const frontendSettings = defineFunction({
  args: [required('string')],
  returns: 'any',
  impl: ({ context }, key) => {
    if (key === null) throw new ExpressionRuntimeError("Value cannot be null. (Parameter 'key')");
    return toLiteral(hostMethod(context, 'frontendSettings', 'frontendSettings')(key));
  },
});

export const authContext = defineFunction({
  args: [required('string')],
  returns: 'boolean',
  impl: ({ context }, key) => {
    const value = key === null ? undefined : hostMethod(context, 'authContext', 'authContext')(key);
    if (value === undefined) {
      const task = context.taskId?.() ?? null;
      throw new ExpressionRuntimeError(`Unknown Auth context property ${key} for task ${task}`);
    }
    return value;
  },
});

const COMPONENT_ID_LITERAL = 'The component id must be a string (expressions cannot be used here)';

export const component = defineFunction({
  args: [required('string')],
  returns: 'any',
  validate: ({ rawArgs, pointer }) => literalStringArg(rawArgs, 0, pointer, COMPONENT_ID_LITERAL),
  impl: ({ context }, id) => {
    if (id === null) throw new ExpressionRuntimeError('Cannot lookup component null');
    return toLiteral(hostMethod(context, 'component', 'component')(id));
  },
});

export const displayValue = defineFunction({
  args: [required('string')],
  returns: 'string',
  validate: ({ rawArgs, pointer }) => literalStringArg(rawArgs, 0, pointer, COMPONENT_ID_LITERAL),
  impl: ({ context }, id) => {
    if (id === null) throw new ExpressionRuntimeError('Cannot lookup component null');
    return hostMethod(context, 'displayValue', 'displayValue')(id) ?? null;
  },
});

export const dataModel = defineFunction({
  args: [required('string'), optional('string')],
  returns: 'any',
  validate: ({ rawArgs, pointer }) =>
    literalStringArg(rawArgs, 1, pointer, 'The data type must be a string (expressions cannot be used here)'),
  impl: ({ context, format }, path, dataType) => {
    if (path === null) throw new ExpressionRuntimeError('Cannot lookup dataModel null');
    const found = hostMethod(context, 'dataModel', 'dataModel')(path, dataType ?? null);
    // v9 apps read a group or an object as the list or object it is; v8 apps saw nothing there.
    return format === 'v8' ? toLiteral(found) : found;
  },
});

export const countDataElements = defineFunction({
  args: [required('string')],
  returns: 'number',
  impl: ({ context }, dataType) => {
    if (dataType === null) throw new ExpressionRuntimeError('Cannot count data elements of data type null');
    return hostMethod(context, 'countDataElements', 'countDataElements')(dataType);
  },
});

export const optionLabel = defineFunction({
  args: [required('string'), required('any')],
  returns: 'string',
  validate: ({ rawArgs, pointer }) =>
    literalStringArg(rawArgs, 0, pointer, 'The options id must be a string (expressions cannot be used here)'),
  impl: ({ context }, optionsId, value) => {
    if (optionsId === null) throw new ExpressionRuntimeError('Cannot lookup options null');
    const label = hostMethod(context, 'optionLabel', 'optionLabel')(optionsId, toLiteral(value));
    if (label === undefined) throw new ExpressionRuntimeError(`Could not find options with id ${optionsId}`);
    return label;
  },
});

export const text = defineFunction({
  args: [required('string')],
  returns: 'string',
  impl: ({ context }, key) => {
    if (key === null) return null;
    return hostMethod(context, 'text', 'text')(key) ?? key;
  },
});

export const language = defineFunction({
  args: [],
  returns: 'string',
  impl: ({ context }) => context.language?.() ?? 'nb',
});
