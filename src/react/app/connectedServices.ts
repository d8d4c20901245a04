import type { AppOption } from '../../core/app/types.ts';
import { attachmentServiceOf } from '../../core/services/dataElementAttachments.ts';
import type { FormServices } from '../../core/services/index.ts';
import type { ConnectedInstance } from '../../connected/index.ts';
import type { AppProcessState } from '../../wire/index.ts';
import { canWrite, mayDo } from './taskView.ts';

/**
 * What the form's components need from the server, for a form that runs in a connected instance.
 * Files are the instance's data elements; the task's process actions (sign, reject, confirm) move
 * the process through the instance; the signing user's rights are the task's authorised actions.
 * What the connected layer cannot reach yet (lookups, data lists, subform entries, payment, the
 * signee list, server actions) fails visibly instead of pretending with in-memory stand-ins: an
 * upload or a subform entry that seemed stored but was not would lose the user's work.
 */
export function connectedFormServices(
  instance: ConnectedInstance,
  options: Readonly<Record<string, readonly AppOption[]>>,
): FormServices {
  const unavailable = (what: string) => Promise.reject(new Error(`${what} is not available in a connected form yet.`));
  const process = () => instance.process as AppProcessState;
  return {
    ...attachmentServiceOf(instance.attachments, (listener) => instance.on('instanceChanged', listener)),
    async fetchOptions(optionsId) {
      // The code lists the backend served were read with the layout set; any other one it did not serve.
      const list = options[optionsId];
      if (!list) throw new Error(`The app backend serves no code list "${optionsId}".`);
      return { options: [...list] };
    },
    lookupPerson: () => unavailable('Person lookup'),
    lookupOrganisation: () => unavailable('Organisation lookup'),
    lookupPostPlace: () => unavailable('Post place lookup'),
    fetchDataList: () => unavailable('Data lists'),
    listSubformEntries: () => unavailable('Subform entries'),
    addSubformEntry: () => unavailable('Subform entries'),
    deleteSubformEntry: () => unavailable('Subform entries'),
    saveSubformEntry: () => unavailable('Subform entries'),
    // "Nothing to pay" would be a false statement in a payment task: say it could not be fetched.
    fetchOrderDetails: () => unavailable('Payment'),
    fetchPayment: () => unavailable('Payment'),
    startPayment: () => unavailable('Payment'),
    // SigningActions needs the list to offer signing at all; the signee list itself is not reachable yet.
    listSignees: async () => [],
    async fetchSigningUser() {
      return {
        maySign: mayDo(process(), 'sign'),
        mayReject: mayDo(process(), 'reject'),
        maySubmit: canWrite(process()),
        hasSigned: false,
      };
    },
    async listSigningDocuments() {
      return instance.instance.data
        .filter((element) => !instance.dataModels.has(element.dataType))
        .map((element) => ({
          id: element.id,
          filename: element.filename ?? element.id,
          dataType: element.dataType,
          size: element.size ?? 0,
          url: element.selfLinks?.apps ?? undefined,
        }));
    },
    async performTaskAction(action) {
      const result = await instance.processNext(action);
      if (result.kind === 'blocked') throw new Error(`The ${action} action was blocked by validation.`);
      if (result.kind === 'error') throw result.error instanceof Error ? result.error : new Error(result.message);
    },
    fetchPdfPreviewUrl: async () => null,
    fetchExternalApi: () => unavailable('External APIs'),
  };
}
