import { describe, expect, it } from 'vitest';
import { createInMemoryFormServices } from '../../../src/core/services/inMemoryFormServices.ts';
import { createInMemoryTasks } from '../../../src/core/services/inMemoryTasks.ts';
import type { PaymentInformation } from '../../../src/core/services/payment.ts';

const unpaid: PaymentInformation = {
  status: 'Created',
  orderDetails: { currency: 'NOK', orderLines: [], totalPriceExVat: 100, totalVat: 25, totalPriceIncVat: 125 },
};

describe('in-memory task actions', () => {
  it('confirms a payment task only once it is paid', async () => {
    const tasks = createInMemoryTasks({ payment: unpaid });
    await expect(tasks.performTaskAction('confirm')).rejects.toThrow('Only a paid payment task can be confirmed');
    expect(await tasks.startPayment('nb')).toEqual({});
    expect(await tasks.fetchPayment('nb')).toMatchObject({ status: 'Paid', paymentId: 'payment-1' });
    await expect(tasks.performTaskAction('confirm')).resolves.toBeUndefined();
  });

  it('signs for the chosen organisation and marks its row, and refuses one the user may not sign for', async () => {
    const tasks = createInMemoryTasks({
      signingUser: {
        maySign: true,
        mayReject: false,
        maySubmit: false,
        hasSigned: false,
        organisations: [
          { orgNumber: '1', name: 'Bakeriet AS' },
          { orgNumber: '2', name: 'Kiosken AS' },
        ],
      },
      signees: [
        { organisation: 'Bakeriet AS', status: 'waiting' },
        { organisation: 'Kiosken AS', status: 'waiting' },
      ],
    });
    await expect(tasks.performTaskAction('sign')).rejects.toThrow('The user must choose an organisation');
    await expect(tasks.performTaskAction('sign', { onBehalfOf: '3' })).rejects.toThrow('may not sign on behalf of 3');
    await tasks.performTaskAction('sign', { onBehalfOf: '2', buttonId: 'sign-button' });
    expect((await tasks.listSignees()).map((s) => s.status)).toEqual(['waiting', 'signed']);
    expect((await tasks.fetchSigningUser()).organisations).toEqual([{ orgNumber: '1', name: 'Bakeriet AS' }]);
  });

  it('rejects process actions it does not know instead of pretending they ran', async () => {
    await expect(createInMemoryTasks().performTaskAction('instantiate')).rejects.toThrow(
      'No process action instantiate here',
    );
  });

  it('has no server actions, since there is no app to run them', () => {
    expect(createInMemoryFormServices().performServerAction).toBeUndefined();
  });
});
