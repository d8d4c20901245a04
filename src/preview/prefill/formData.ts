import { prefillMetadataEntry } from '../../core/data/prefillRecord.ts';
import type { KeyValueEntry } from '../../wire/dataElement.ts';
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
