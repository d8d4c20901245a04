import { defineFunction, required } from '../define-function.ts';
import { errorMessage } from '../error-message.ts';
import { ExpressionRuntimeError } from '../errors.ts';
import { loadedJmespath, loadJmespath } from './jmespathLoader.ts';

/**
 * `["jmespath", data, query]`: a JMESPath query (https://jmespath.org) over any value, with the
 * same library the reference frontend uses so queries mean the same. No match is null.
 */
export const jmespath = defineFunction({
  args: [required('any'), required('string', false)],
  returns: 'any',
  since: 'v9',
  impl: (_call, data, query) => {
    const search = loadedJmespath();
    if (!search) {
      // Only a layout set not read by `loadLayoutSet` gets here; the next evaluation has it.
      void loadJmespath().catch(() => {});
      throw new ExpressionRuntimeError(
        'Jmespath error: the JMESPath library is not loaded yet (loadLayoutSet loads it for apps that use jmespath)',
      );
    }
    try {
      return search(data, query);
    } catch (error) {
      throw new ExpressionRuntimeError(`Jmespath error: ${errorMessage(error)}`);
    }
  },
});
