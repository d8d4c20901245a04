import type { DataElement } from '../../wire/dataElement.ts';
import type { DataTypeConfig } from '../app/dataTypes.ts';
import { dataTypeById } from '../app/previewApp.ts';
import { conflict, forbidden, HttpProblem, notFound } from '../http/problem.ts';
import type { PreviewUser, ServerContext } from '../serverContext.ts';
import type { WorkingCopy } from './workingCopy.ts';

export type DataMutation = 'create' | 'update' | 'delete';

/**
 * The checks the reference runs before any data write (app-api §8.2, `DataElementAccessChecker`):
 * 403 for the system PDF, an unauthorised `actionRequiredToWrite` or a data type reserved for
 * other contributors; 409 when the instance is no longer active or the element is locked; the
 * create and delete limits. Returns the data type's configuration.
 */
export function checkDataWrite(
  context: ServerContext,
  user: PreviewUser,
  work: WorkingCopy,
  dataTypeId: string,
  mutation: DataMutation,
  element?: DataElement,
): DataTypeConfig {
  const type = dataTypeById(context.app(), dataTypeId);
  if (!type) throw notFound(`The app has no data type "${dataTypeId}".`);
  if (type.id === 'ref-data-as-pdf') throw forbidden('The generated PDF (ref-data-as-pdf) cannot be written by users.');
  const partyId = Number(work.instance.instanceOwner.partyId);
  const taskId = work.instance.process?.currentTask?.elementId ?? undefined;
  if (
    type.actionRequiredToWrite &&
    !context.auth.authorize({ user, partyId, instanceId: work.instance.id, action: type.actionRequiredToWrite, taskId })
      .permit
  ) {
    throw forbidden(
      `Writing "${type.id}" needs the action "${type.actionRequiredToWrite}", which the policy does not give user ${user.userId}.`,
    );
  }
  if (type.allowedContributors.length > 0) {
    throw forbidden(
      `Only ${type.allowedContributors.join(', ')} may write "${type.id}" (allowedContributors); a user may not.`,
    );
  }
  const status = work.instance.status;
  if (status?.isArchived || status?.isSoftDeleted || status?.isHardDeleted) {
    throw conflict(
      'Instance Not Active',
      `Instance ${work.instance.id} is archived or deleted; its data can no longer change.`,
    );
  }
  if (element?.locked) {
    throw conflict(
      'Data element is locked',
      `Data element ${element.id} is locked: its task (${type.taskId ?? 'unknown'}) is over.`,
    );
  }
  if (mutation === 'create') {
    const count = work.data.filter((candidate) => candidate.dataType === type.id).length;
    if (type.maxCount > 0 && count >= type.maxCount) {
      throw conflict(
        'Max Count Exceeded',
        `"${type.id}" allows at most ${type.maxCount} element(s); the instance has ${count}.`,
      );
    }
    if (type.disallowUserCreate)
      throw new HttpProblem(
        400,
        'User Create Disallowed',
        `"${type.id}" cannot be created by users (disallowUserCreate).`,
      );
  }
  if (mutation === 'delete') {
    if (type.disallowUserDelete)
      throw new HttpProblem(
        400,
        'User Delete Disallowed',
        `"${type.id}" cannot be deleted by users (disallowUserDelete).`,
      );
    if (type.isFormData && type.minCount === 1 && type.maxCount === 1) {
      throw new HttpProblem(
        400,
        'Cannot Delete main data element',
        `"${type.id}" is the main form data of its task and cannot be deleted.`,
      );
    }
  }
  return type;
}

/** A data element of the instance the user may read; 404 when it does not exist, 403 when `actionRequiredToRead` is not permitted. */
export function readableElement(context: ServerContext, user: PreviewUser, work: WorkingCopy, id: string): DataElement {
  const element = work.element(id);
  if (!element) throw notFound(`Instance ${work.instance.id} has no data element ${id}.`);
  const type = dataTypeById(context.app(), element.dataType);
  if (type?.actionRequiredToRead) {
    const permitted = context.auth.authorize({
      user,
      partyId: Number(work.instance.instanceOwner.partyId),
      instanceId: work.instance.id,
      action: type.actionRequiredToRead,
      taskId: work.instance.process?.currentTask?.elementId ?? undefined,
    }).permit;
    if (!permitted) throw forbidden(`Reading "${type.id}" needs the action "${type.actionRequiredToRead}".`);
  }
  return element;
}
