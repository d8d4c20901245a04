import { search } from 'jmespath';
import { defineFunction, required } from '../define-function.ts';
import { errorMessage } from '../error-message.ts';
import { ExpressionRuntimeError } from '../errors.ts';

/**
 * `["jmespath", data, query]`: a JMESPath query (https://jmespath.org) over any value, with the
 * same library the reference frontend uses so queries mean the same. No match is null.
 */
export const jmespath = defineFunction({
  args: [required('any'), required('string', false)],
  returns: 'any',
  since: 'v9',
  impl: (_call, data, query) => {
    try {
      return search(data, query) as unknown;
    } catch (error) {
      throw new ExpressionRuntimeError(`Jmespath error: ${errorMessage(error)}`);
    }
  },
});
