import { getAtPath } from '../../data/path.ts';
import { defineFunction, required } from '../define-function.ts';
import { hostMethod } from '../host-method.ts';

export const externalApi = defineFunction({
  args: [required('string'), required('string')],
  returns: 'string',
  impl: ({ context }, apiId, path) => {
    if (apiId === null || !path) return null;
    const picked = getAtPath(hostMethod(context, 'externalApi', 'externalApi')(apiId), path);
    // Only scalar, truthy picks count; a whole object is not something a text can show.
    if (!picked || typeof picked === 'object') return null;
    return picked;
  },
});
