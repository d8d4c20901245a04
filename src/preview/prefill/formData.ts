import { prefillMetadataEntry } from '../../core/data/prefillRecord.ts';
import type { DataElement, KeyValueEntry } from '../../wire/dataElement.ts';
import { addRowIds } from '../data/rowIds.ts';
import { newDataElement } from '../instances/records.ts';
import type { WorkingCopy } from '../instances/workingCopy.ts';
import type { ServerContext } from '../serverContext.ts';
import { runPrefill } from './apply.ts';
import { registerOrganisation, registerPerson, registerUserProfile } from './register.ts';

export interface PrefillRequest {
  readonly dataType: string;
  /** The new model, changed in place. */
  readonly model: Record<string, unknown>;
  /** The instance owner, whose register data ER and DSF read. */
  readonly partyId: number;
  /** The signed-in user, whose profile UserProfile reads; undefined for a service owner. */
  readonly userId?: number;
  readonly external?: Readonly<Record<string, unknown>>;
}

/**
 * Prefills a new form data model at one of the moments of platform spec §2.4 from the app's
 * configuration and the preview's register, and returns the data element's metadata entry that
 * records what came from where.
 */
export function prefillFormData(context: ServerContext, request: PrefillRequest): KeyValueEntry[] {
  const { configs, schemas } = context.app().prefill;
  const fields = runPrefill({
    model: request.model,
    schema: schemas.get(request.dataType),
    config: configs.get(request.dataType),
    external: request.external,
    register: {
      userProfile: request.userId === undefined ? undefined : registerUserProfile(context.users, request.userId),
      organisation: registerOrganisation(context.users, request.partyId),
      person: registerPerson(context.users, request.partyId),
    },
    log: (message) => context.log(message),
  });
  return prefillMetadataEntry(fields);
}

/**
 * Adds a new form data element to the instance: the model prefilled (changed in place), given row
 * ids, and stored with the metadata that says what was prefilled from where.
 */
export function addPrefilledFormData(
  context: ServerContext,
  work: WorkingCopy,
  request: Omit<PrefillRequest, 'partyId'>,
  by: string,
): DataElement {
  const metadata = prefillFormData(context, {
    ...request,
    partyId: Number(work.instance.instanceOwner.partyId),
  });
  addRowIds(request.model);
  const content = Buffer.from(JSON.stringify(request.model), 'utf8');
  const element = {
    ...newDataElement(context, work, {
      dataType: request.dataType,
      contentType: 'application/json',
      size: content.length,
      by,
    }),
    metadata,
  };
  work.addElement(element, content);
  return element;
}
