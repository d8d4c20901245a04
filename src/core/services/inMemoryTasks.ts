import type { PaymentInformation, PaymentService, OrderDetails } from './payment.ts';
import type { Signee, SigningDocument, SigningService, SigningUser } from './signing.ts';
import type { TaskActionService } from './taskActions.ts';

export interface InMemoryTaskSeed {
  /** PaymentDetails' order; the same for any mapping. */
  orderDetails?: OrderDetails;
  /** The payment task's payment. Starting it marks it paid at once, with no provider page. */
  payment?: PaymentInformation;
  signees?: readonly Signee[];
  /** The current user in the signing task; by default someone with nothing to do. */
  signingUser?: SigningUser;
  /**
   * Index in `signees` of the current user, whose row signing marks as signed. Signing on behalf of
   * one of the user's `organisations` marks that organisation's row instead. Without it, signing
   * personally (`signingUser.personalSignee`) marks the row with the user's name and no organisation.
   */
  currentSignee?: number;
  signingDocuments?: readonly SigningDocument[];
}

const BYSTANDER: SigningUser = { maySign: false, mayReject: false, maySubmit: false, hasSigned: false };

/**
 * The payment and signing tasks in memory. They share one object because their process actions
 * (`sign`, `reject`, `confirm`) change what the payment and signing calls answer afterwards. There
 * are no server actions: there is no app to run them.
 */
export function createInMemoryTasks(seed: InMemoryTaskSeed = {}): PaymentService & SigningService & TaskActionService {
  let payment = seed.payment && structuredClone(seed.payment);
  const signees = (seed.signees ?? []).map((signee) => ({ ...signee }));
  let signingUser: SigningUser = { ...(seed.signingUser ?? BYSTANDER) };
  let nextPayment = 1;

  const sign = (onBehalfOf: string | undefined) => {
    if (!signingUser.maySign) throw new Error('The user may not sign');
    const organisations = signingUser.organisations ?? [];
    const { personalSignee } = signingUser;
    const organisation = organisations.find((candidate) => candidate.orgNumber === onBehalfOf);
    if (onBehalfOf !== undefined && !organisation) throw new Error(`The user may not sign on behalf of ${onBehalfOf}`);
    if (organisations.length > 1 && !organisation && !personalSignee)
      throw new Error('The user must choose an organisation');
    // Signing for one organisation, or personally, leaves the other signatures still to give.
    const organisationsLeft = organisations.filter((candidate) => candidate !== organisation);
    const personalLeft = organisation ? personalSignee : undefined;
    signingUser =
      (organisation || personalSignee) && (organisationsLeft.length > 0 || personalLeft)
        ? { ...signingUser, organisations: organisationsLeft, personalSignee: personalLeft }
        : { ...signingUser, maySign: false, hasSigned: true };
    const personal =
      seed.currentSignee !== undefined
        ? signees[seed.currentSignee]
        : personalSignee && signees.find((signee) => signee.name === personalSignee.name && !signee.organisation);
    const own = organisation
      ? signees.find((signee) => signee.organisation === organisation.name && signee.status !== 'signed')
      : personal;
    if (own) Object.assign(own, { status: 'signed', signedAt: new Date().toISOString() });
  };

  return {
    async fetchOrderDetails() {
      return seed.orderDetails ? structuredClone(seed.orderDetails) : null;
    },
    async fetchPayment() {
      return payment ? structuredClone(payment) : null;
    },
    async startPayment() {
      if (!payment) throw new Error('This instance has no payment');
      payment = {
        ...payment,
        status: 'Paid',
        paymentId: payment.paymentId ?? `payment-${nextPayment++}`,
        paidAt: new Date().toISOString(),
      };
      return {};
    },
    async listSignees() {
      return signees.map((signee) => ({ ...signee }));
    },
    async fetchSigningUser() {
      return { ...signingUser };
    },
    async listSigningDocuments() {
      return (seed.signingDocuments ?? []).map((document) => ({ ...document }));
    },
    async performTaskAction(action, options = {}) {
      if (action === 'sign') {
        sign(options.onBehalfOf);
      } else if (action === 'confirm') {
        if (payment?.status !== 'Paid') throw new Error('Only a paid payment task can be confirmed');
      } else if (action === 'reject') {
        // A rejected task goes back to the previous one: here, nobody has anything left to do.
        signingUser = { ...signingUser, maySign: false, mayReject: false, maySubmit: false };
      } else {
        throw new Error(`No process action ${action} here`);
      }
    },
  };
}
