import { asRecord } from '../../core/app/appFormat.ts';
import { applyJsonPatch } from '../data/jsonPatch.ts';
import { addRowIds } from '../data/rowIds.ts';
import { badRequest, HttpProblem, notFound } from '../http/problem.ts';
import type { PreviewUser, ServerContext } from '../serverContext.ts';
import { checkDataWrite } from './dataAccess.ts';
import { refreshPresentationFields } from './presentationFields.ts';
import { runHook } from './taskLifecycle.ts';
import type { WorkingCopy } from './workingCopy.ts';

/**
 * Applies one element's patch, then the processor's `processDataWrite`. A failed `test` is 409 and
 * any other failed operation 422, both with the server's model so the client can rebase.
 */
export async function patchFormData(
  context: ServerContext,
  user: PreviewUser,
  work: WorkingCopy,
  id: string,
  patch: unknown,
  lang: string,
): Promise<void> {
  const element = work.element(id);
  if (!element) throw notFound(`Instance ${work.instance.id} has no data element ${id}.`);
  const type = checkDataWrite(context, user, work, element.dataType, 'update', element);
  if (!type.isFormData)
    throw badRequest(`Data element ${id} holds a file ("${type.id}"), not form data; it cannot be patched.`);
  const previous = work.model(id);
  const outcome = applyJsonPatch(previous, patch);
  if (!outcome.ok) {
    const failure = {
      type: 'https://datatracker.ietf.org/doc/html/rfc6902/',
      previousModel: previous,
      dataElementId: id,
      patchOperationIndex: outcome.index,
    };
    if (outcome.failedTest) throw new HttpProblem(409, 'Precondition in patch failed', outcome.message, failure);
    throw new HttpProblem(422, 'Patch Operation Failed', outcome.message, failure);
  }
  const patched = asRecord(outcome.model);
  if (!patched)
    throw new HttpProblem(422, 'Patch operation did not deserialize', 'The patched model must be a JSON object.', {
      dataElementId: id,
    });
  addRowIds(patched);
  const processor = context.processor;
  let result: Record<string, unknown> = patched;
  if (processor.processDataWrite) {
    const input = {
      instance: work.full(),
      dataType: type.id,
      dataElementId: id,
      data: patched,
      previousData: structuredClone(previous),
      language: lang,
    };
    const returned = await runHook('processDataWrite', () => processor.processDataWrite!(input));
    result = asRecord(returned) ?? asRecord(input.data) ?? patched;
    addRowIds(result);
  }
  const now = context.now().toISOString();
  work.setModel(id, result, now, String(user.userId));
  refreshPresentationFields(context, work);
  work.touch(now, String(user.userId));
}
