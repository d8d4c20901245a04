import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  authorize,
  authorizeMany,
  defaultTestUsers,
  loadPolicy,
  type Policy,
  type Principal,
} from '../../../src/preview/auth/index.ts';
import { parseProcess } from '../../../src/preview/process/index.ts';
import { CORPUS_DIR } from '../../support/altinnSchemas.ts';

const users = defaultTestUsers();
const apps = readdirSync(CORPUS_DIR).filter((app) =>
  existsSync(join(CORPUS_DIR, app, 'App/config/authorization/policy.xml')),
);

interface CorpusApp {
  policy: Policy;
  firstTask: string;
}

function corpusApp(app: string): CorpusApp {
  const root = join(CORPUS_DIR, app, 'App/config');
  const metadata = JSON.parse(readFileSync(join(root, 'applicationmetadata.json'), 'utf8')) as { id: string };
  const [org = '', name = ''] = metadata.id.split('/');
  const loaded = loadPolicy(readFileSync(join(root, 'authorization/policy.xml'), 'utf8'), { org, app: name });
  expect(loaded.diagnostics).toEqual([]);
  const process = parseProcess(readFileSync(join(root, 'process/process.bpmn'), 'utf8')).definition!;
  return { policy: loaded.policy, firstTask: process.tasks[0]!.id };
}

function user(userId: number, authLevel = 2): Principal {
  const partyId = users.persons.find((person) => person.userId === userId)!.partyId;
  return { kind: 'user', userId, userName: null, partyId, authLevel, scopes: [] };
}

function permitted(policy: Policy, principal: Principal, partyId: number, action: string, taskId?: string): boolean {
  return authorize(policy, users, { principal, partyId, action, taskId }).permit;
}

// Apps whose policies grant DAGL/REGNA the basic actions on the whole app or the first task. The
// other two (tdd-contributer-restriction, frontend-test-v9) only grant them per task or to an org.
describe('every policy.xml of the corpus', () => {
  it('has apps to read', () => {
    expect(apps.length).toBeGreaterThanOrEqual(11);
  });

  it.each(apps)(
    '%s loads without diagnostics and lets 1337 instantiate, read and write for 501337 and 500000',
    (app) => {
      const { policy, firstTask } = corpusApp(app);
      expect(policy.kind).toBe('xacml');
      for (const partyId of [501337, 500000]) {
        expect(permitted(policy, user(1337), partyId, 'instantiate')).toBe(true);
        expect(permitted(policy, user(1337), partyId, 'read', firstTask)).toBe(true);
        expect(permitted(policy, user(1337), partyId, 'write', firstTask)).toBe(true);
      }
    },
  );

  it.each(apps)('%s refuses 1001 on 501337, a party 1001 holds no role for', (app) => {
    const { policy, firstTask } = corpusApp(app);
    for (const action of ['instantiate', 'read', 'write', 'delete']) {
      expect(permitted(policy, user(1001), 501337, action, firstTask)).toBe(false);
    }
  });
});

describe('role codes are the roles held for the instance owner', () => {
  it('lets 1001 act for 500000 only where the policy grants the Altinn 2 roles A0239–A0241 (signing-test)', () => {
    const signing = corpusApp('signing-test');
    const frontend = corpusApp('frontend-test');
    expect(permitted(signing.policy, user(1001), 500000, 'instantiate')).toBe(true);
    expect(permitted(frontend.policy, user(1001), 500000, 'instantiate')).toBe(false);
  });

  it('compares role codes ignoring case where the policy says so (seln, dagl)', () => {
    const { policy, firstTask } = corpusApp('frontend-test-v9');
    expect(permitted(policy, user(1004), 510004, 'write', firstTask)).toBe(true);
    expect(permitted(policy, user(1004), 510004, 'write', 'Task_Unknown')).toBe(false);
  });

  it('scopes rules to the task, and to the end event once the process has ended', () => {
    const { policy } = corpusApp('frontend-test');
    const decide = (action: string, where: { taskId?: string; endEventId?: string }) =>
      authorize(policy, users, { principal: user(1337), partyId: 501337, action, ...where }).permit;
    // Rule 2b grants the server action `fill` in Task_2 only.
    expect(decide('fill', { taskId: 'Task_2' })).toBe(true);
    expect(decide('fill', { taskId: 'Task_3' })).toBe(false);
    expect(decide('fill', { endEventId: 'EndEvent_1' })).toBe(false);
    expect(decide('write', { endEventId: 'EndEvent_1' })).toBe(true);
    expect(decide('write', { endEventId: 'EndEvent_2' })).toBe(false);
  });
});

describe('organisations as subjects', () => {
  it('permits the service owner and an org number the policy names (tdd-contributer-restriction)', () => {
    const { policy } = corpusApp('tdd-contributer-restriction');
    const serviceOwner: Principal = { kind: 'org', org: 'tdd', orgNumber: '991825827', authLevel: 3, scopes: [] };
    const other: Principal = { kind: 'org', org: 'ttd', orgNumber: '999999999', authLevel: 3, scopes: [] };
    expect(
      authorize(policy, users, {
        principal: serviceOwner,
        partyId: 500000,
        action: 'complete',
        endEventId: 'EndEvent_1',
      }).permit,
    ).toBe(true);
    expect(
      authorize(policy, users, { principal: other, partyId: 500000, action: 'complete', endEventId: 'EndEvent_1' })
        .permit,
    ).toBe(false);
    // Rule 4 grants write to the org number 405003309 (Testdepartementet) by its organisation token.
    const department: Principal = { kind: 'org', org: null, orgNumber: '405003309', authLevel: 3, scopes: [] };
    const stranger: Principal = { kind: 'org', org: null, orgNumber: '991825827', authLevel: 3, scopes: [] };
    expect(
      authorize(policy, users, { principal: department, partyId: 500000, action: 'write', taskId: 'Task_1' }).permit,
    ).toBe(true);
    expect(
      authorize(policy, users, { principal: stranger, partyId: 500000, action: 'write', taskId: 'Task_1' }).permit,
    ).toBe(false);
  });
});

describe('the minimum authentication level obligation', () => {
  it('refuses a permitted user whose token level is too low, with the level in the failed obligation map', () => {
    const { policy } = corpusApp('tdd-contributer-restriction');
    expect(policy.minimumAuthenticationLevel).toBe(2);
    expect(authorize(policy, users, { principal: user(1337, 1), partyId: 500000, action: 'instantiate' })).toEqual({
      permit: false,
      failedObligations: { RequiredAuthenticationLevel: '2' },
    });
    expect(authorize(policy, users, { principal: user(1337, 2), partyId: 500000, action: 'instantiate' })).toEqual({
      permit: true,
    });
  });

  it('does not mention the obligation when no rule permits anyway', () => {
    const { policy } = corpusApp('tdd-contributer-restriction');
    expect(authorize(policy, users, { principal: user(1001, 0), partyId: 501337, action: 'instantiate' })).toEqual({
      permit: false,
    });
  });
});

describe('policies the preview cannot use as written', () => {
  const rule = (effect: string, role: string, action: string) => `
    <xacml:Rule RuleId="${effect}-${role}-${action}" Effect="${effect}"><xacml:Target>
      <xacml:AnyOf><xacml:AllOf><xacml:Match MatchId="urn:oasis:names:tc:xacml:3.0:function:string-equal-ignore-case">
        <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">${role}</xacml:AttributeValue>
        <xacml:AttributeDesignator AttributeId="urn:altinn:rolecode" Category="urn:oasis:names:tc:xacml:1.0:subject-category:access-subject"/>
      </xacml:Match></xacml:AllOf></xacml:AnyOf>
      <xacml:AnyOf><xacml:AllOf><xacml:Match MatchId="urn:oasis:names:tc:xacml:1.0:function:string-equal">
        <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">[APP]</xacml:AttributeValue>
        <xacml:AttributeDesignator AttributeId="urn:altinn:app" Category="urn:oasis:names:tc:xacml:3.0:attribute-category:resource"/>
      </xacml:Match></xacml:AllOf></xacml:AnyOf>
      <xacml:AnyOf><xacml:AllOf><xacml:Match MatchId="urn:oasis:names:tc:xacml:1.0:function:string-equal">
        <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">${action}</xacml:AttributeValue>
        <xacml:AttributeDesignator AttributeId="urn:oasis:names:tc:xacml:1.0:action:action-id" Category="urn:oasis:names:tc:xacml:3.0:attribute-category:action"/>
      </xacml:Match></xacml:AllOf></xacml:AnyOf>
    </xacml:Target></xacml:Rule>`;
  const policyXml = (rules: string) =>
    `<xacml:Policy xmlns:xacml="urn:oasis:names:tc:xacml:3.0:core:schema:wd-17" RuleCombiningAlgId="urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-overrides"><xacml:Target/>${rules}</xacml:Policy>`;

  it('replaces [APP] with the app name before matching', () => {
    const { policy } = loadPolicy(policyXml(rule('Permit', 'PRIV', 'read')), { org: 'ttd', app: 'my-app' });
    expect(permitted(policy, user(1337), 501337, 'read')).toBe(true);
    const other = loadPolicy(policyXml(rule('Permit', 'PRIV', 'read')).replace('[APP]', 'another-app'), {
      org: 'ttd',
      app: 'my-app',
    });
    expect(permitted(other.policy, user(1337), 501337, 'read')).toBe(false);
  });

  it('lets a Deny rule override a Permit rule', () => {
    const { policy } = loadPolicy(policyXml(rule('Permit', 'PRIV', 'read') + rule('Deny', 'UTINN', 'read')), {
      org: 'ttd',
      app: 'a',
    });
    expect(permitted(policy, user(1337), 501337, 'read')).toBe(false);
    expect(permitted(policy, user(12345), 512345, 'read')).toBe(true);
  });

  it('denies everything, with an error for the start banner, when policy.xml is broken', () => {
    const loaded = loadPolicy(policyXml(rule('Permit', 'PRIV', 'read')).replace('</xacml:Policy>', ''), {
      org: 'ttd',
      app: 'a',
    });
    expect(loaded.policy.kind).toBe('deny-all');
    expect(loaded.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringMatching(/line \d+/) }),
    ]);
    expect(permitted(loaded.policy, user(1337), 501337, 'read')).toBe(false);
  });

  it('denies everything when policy.xml brings a DOCTYPE, rather than expanding its entities', () => {
    const xml = `<!DOCTYPE p [<!ENTITY r "PRIV">]>${policyXml(rule('Permit', '&r;', 'read'))}`;
    const loaded = loadPolicy(xml, { org: 'ttd', app: 'a' });
    expect(loaded.policy.kind).toBe('deny-all');
    expect(loaded.diagnostics[0]?.message).toContain('DOCTYPE');
  });

  it('never matches an attribute it does not know, and says so', () => {
    const xml = policyXml(rule('Permit', 'PRIV', 'read').replace('urn:altinn:rolecode', 'urn:altinn:accesspackage'));
    const loaded = loadPolicy(xml, { org: 'ttd', app: 'a' });
    expect(loaded.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', ruleId: 'Permit-PRIV-read' })]);
    expect(permitted(loaded.policy, user(1337), 501337, 'read')).toBe(false);
  });

  it('lets a Deny rule it cannot fully evaluate deny, and a Permit rule with a Condition never permit', () => {
    const unknownDeny = rule('Deny', 'UTINN', 'read').replace('urn:altinn:rolecode', 'urn:altinn:accesspackage');
    const denying = loadPolicy(policyXml(rule('Permit', 'PRIV', 'read') + unknownDeny), { org: 'ttd', app: 'a' });
    expect(denying.diagnostics[0]?.message).toContain('the rule denies');
    expect(permitted(denying.policy, user(1337), 501337, 'read')).toBe(false);

    const conditional = rule('Permit', 'PRIV', 'read').replace('</xacml:Target>', '</xacml:Target><xacml:Condition/>');
    const loaded = loadPolicy(policyXml(conditional), { org: 'ttd', app: 'a' });
    expect(loaded.diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['Permit-PRIV-read', null]);
    expect(permitted(loaded.policy, user(1337), 501337, 'read')).toBe(false);
  });

  it("applies the policy's own target to every rule", () => {
    const target = `<xacml:Target><xacml:AnyOf><xacml:AllOf><xacml:Match MatchId="urn:oasis:names:tc:xacml:1.0:function:string-equal">
      <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">[ORG]</xacml:AttributeValue>
      <xacml:AttributeDesignator AttributeId="urn:altinn:org" Category="urn:oasis:names:tc:xacml:3.0:attribute-category:resource"/>
    </xacml:Match></xacml:AllOf></xacml:AnyOf></xacml:Target>`;
    const xml = policyXml(rule('Permit', 'PRIV', 'read')).replace('<xacml:Target/>', target);
    expect(permitted(loadPolicy(xml, { org: 'ttd', app: 'a' }).policy, user(1337), 501337, 'read')).toBe(true);
    const otherOrg = xml.replace('>[ORG]<', '>skd<');
    expect(permitted(loadPolicy(otherOrg, { org: 'ttd', app: 'a' }).policy, user(1337), 501337, 'read')).toBe(false);
  });

  it('without policy.xml, lets those who act for the owner and the service owner in, nobody else', () => {
    const loaded = loadPolicy(undefined, { org: 'ttd', app: 'a' });
    expect(loaded.policy.kind).toBe('owner-only');
    expect(loaded.diagnostics[0]?.severity).toBe('info');
    expect(permitted(loaded.policy, user(1337), 500000, 'write')).toBe(true);
    expect(permitted(loaded.policy, user(1001), 501337, 'read')).toBe(false);
    const serviceOwner: Principal = { kind: 'org', org: 'ttd', orgNumber: null, authLevel: 3, scopes: [] };
    const otherOrg: Principal = { kind: 'org', org: 'skd', orgNumber: null, authLevel: 3, scopes: [] };
    expect(permitted(loaded.policy, serviceOwner, 501337, 'write')).toBe(true);
    expect(permitted(loaded.policy, otherOrg, 501337, 'read')).toBe(false);
  });
});

describe('authorizeMany', () => {
  it('decides each action of a task for the same subject and resource', () => {
    const { policy } = corpusApp('frontend-test');
    const decisions = authorizeMany(
      policy,
      users,
      { principal: user(1337), partyId: 501337, taskId: 'Task_Custom_Confirm' },
      ['read', 'write', 'confirm', 'reject', 'sign'],
    );
    expect(
      Object.fromEntries(Object.entries(decisions).map(([action, decision]) => [action, decision.permit])),
    ).toEqual({
      read: true,
      write: true,
      confirm: true,
      reject: true,
      sign: false,
    });
  });
});
