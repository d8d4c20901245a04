import { defineFunction, optional, required } from '../define-function.ts';
import { ExpressionRuntimeError } from '../errors.ts';
import { toLiteral } from '../to-literal.ts';

export const argv = defineFunction({
  args: [required('number')],
  returns: 'any',
  impl: ({ context }, index) => {
    const args = context.positionalArguments?.();
    if (!args || args.length === 0) throw new ExpressionRuntimeError('No positional arguments available');
    if (index === null || !Number.isInteger(index) || index < 0 || index >= args.length) {
      throw new ExpressionRuntimeError(`Index ${index} out of range`);
    }
    return toLiteral(args[index]);
  },
});

export const value = defineFunction({
  args: [optional('string')],
  returns: 'any',
  impl: ({ context }, key) => {
    const values = context.valueArguments?.();
    if (!values) throw new ExpressionRuntimeError('No value arguments available');
    const realKey = key ?? values.defaultKey;
    if (!Object.prototype.hasOwnProperty.call(values.data, realKey)) {
      const valid = Object.keys(values.data).join(', ');
      throw new ExpressionRuntimeError(`Unknown key ${realKey}, Valid keys are: ${valid}`);
    }
    return toLiteral(values.data[realKey]);
  },
});
