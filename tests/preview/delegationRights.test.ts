import { describe, expect, it } from 'vitest';
import { administers } from '../../src/preview/delegation/administrators.ts';
import { delegationGives, type DelegatedRequest } from '../../src/preview/delegation/delegationRights.ts';
import type { Delegation } from '../../src/preview/delegation/delegationStore.ts';

const delegation = (instanceId: string | null, rights: Delegation['rights']): Delegation => ({
  id: 'd1',
  from: { partyId: 500000 },
  to: { partyId: 512345 },
  instanceId,
  rights,
  grantedBy: 1337,
  granted: '2026-12-01T10:00:00Z',
});
const request = (extra: Partial<DelegatedRequest>): DelegatedRequest => ({
  partyId: 500000,
  instanceId: '500000/aaaa',
  action: 'read',
  taskId: 'Task_1',
  ...extra,
});

describe('what one delegation gives', () => {
  it('gives a task-scoped right in that task only, and not once the process has ended', () => {
    const scoped = delegation('500000/aaaa', [{ action: 'sign', taskId: 'Task_2' }]);
    expect(delegationGives(scoped, request({ action: 'sign', taskId: 'Task_2' }))).toBe(true);
    expect(delegationGives(scoped, request({ action: 'sign', taskId: 'Task_1' }))).toBe(false);
    expect(delegationGives(scoped, request({ action: 'sign', taskId: undefined, endEvent: 'EndEvent_1' }))).toBe(false);
    expect(delegationGives(scoped, request({ action: 'read', taskId: 'Task_2' }))).toBe(false);
  });

  it('gives an unscoped right in every task and after the end', () => {
    const everywhere = delegation(null, [{ action: 'read', taskId: null }]);
    expect(delegationGives(everywhere, request({ taskId: 'Task_9' }))).toBe(true);
    expect(delegationGives(everywhere, request({ taskId: undefined, endEvent: 'EndEvent_1' }))).toBe(true);
  });

  it('keeps an instance delegation to its instance, and any delegation to its giving party', () => {
    const one = delegation('500000/aaaa', [{ action: 'read', taskId: null }]);
    expect(delegationGives(one, request({ instanceId: '500000/bbbb' }))).toBe(false);
    expect(delegationGives(one, request({ instanceId: undefined }))).toBe(false);
    expect(delegationGives(delegation(null, [{ action: 'read', taskId: null }]), request({ partyId: 500600 }))).toBe(
      false,
    );
  });

  it('compares actions exactly', () => {
    expect(delegationGives(delegation(null, [{ action: 'read', taskId: null }]), request({ action: 'Read' }))).toBe(
      false,
    );
  });
});

describe('who administers a party', () => {
  it('is the party itself, or a holder of HADM, ADMAI or a leading register role, in any case', () => {
    expect(administers(512345, 512345, [])).toBe(true);
    expect(administers(501337, 500000, ['REGNA', 'hadm'])).toBe(true);
    expect(administers(501337, 500000, ['dagl'])).toBe(true);
    expect(administers(510001, 500000, ['A0239', 'A0240', 'REGNA', 'PRIV', 'SIGNE'])).toBe(false);
  });
});
