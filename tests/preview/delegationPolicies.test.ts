import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  authorize,
  defaultTestUsers,
  loadPolicy,
  type Principal,
  type TestUsers,
} from '../../src/preview/auth/index.ts';
import { CORPUS_DIR } from './support/previewHarness.ts';

/*
 * Every permission every corpus policy.xml writes down — each role of each rule, for each action
 * (instantiate, read, write, confirm, sign, complete, reject, delete, pay and the apps' own) in
 * each task or end event it names — is asked of the preview's decision point, for a person who
 * holds exactly that role for the instance owner and for one who holds a role no rule names.
 * The expectations are read from the XML here, independently of the preview's own policy reader.
 */

const apps = readdirSync(CORPUS_DIR).filter((app) =>
  existsSync(join(CORPUS_DIR, app, 'App/config/authorization/policy.xml')),
);

interface Permission {
  readonly rule: string;
  readonly role: string;
  readonly action: string;
  readonly taskId?: string;
  readonly endEventId?: string;
}

type Node = Record<string, unknown>;
const list = (value: unknown): Node[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]) as Node[];
const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, attributeNamePrefix: '@' });

function matchesOf(anyOf: Node): { id: string; value: string }[][] {
  return list(anyOf.AllOf).map((allOf) =>
    list(allOf.Match).map((match) => ({
      id: String((match.AttributeDesignator as Node)['@AttributeId']),
      value: String((match.AttributeValue as Node)['#text'] ?? match.AttributeValue),
    })),
  );
}

/** The (role, action, task or end event) triples the Permit rules grant, with role subjects only. */
function permissionsIn(xml: string): Permission[] {
  const policy = (parser.parse(xml) as Node).Policy as Node;
  return list(policy.Rule)
    .filter((rule) => rule['@Effect'] === 'Permit')
    .flatMap((rule) => {
      const [subjects = [], resources = [], actions = []] = list((rule.Target as Node).AnyOf).map(matchesOf);
      const roles = subjects.flatMap((allOf) =>
        allOf.length === 1 && allOf[0]!.id === 'urn:altinn:rolecode' ? [allOf[0]!.value] : [],
      );
      const places = resources.flatMap((allOf) => {
        if (allOf.some((match) => match.id === 'urn:altinn:appresource')) return [];
        const task = allOf.find((match) => match.id === 'urn:altinn:task')?.value;
        const endEvent = allOf.find((match) => match.id === 'urn:altinn:end-event')?.value;
        return [{ taskId: task, endEventId: endEvent }];
      });
      const actionIds = actions.flatMap((allOf) => allOf.map((match) => match.value));
      return roles.flatMap((role) =>
        places.flatMap((place) =>
          actionIds.map((action) => ({ rule: String(rule['@RuleId']), role, action, ...place })),
        ),
      );
    });
}

const defaults = defaultTestUsers();
/** Ola Nordmann (12345) holding exactly `roles` for DDG Fitness (500000). */
function olaWith(roles: readonly string[]): TestUsers {
  return { ...defaults, roles: new Map([[12345, new Map([[500000, roles]])]]) };
}
const ola: Principal = {
  kind: 'user',
  userId: 12345,
  userName: 'OlaNordmann',
  partyId: 512345,
  authLevel: 3,
  scopes: [],
};

describe('the roles of every corpus policy, action by action, task by task', () => {
  it.each(apps)('%s', (app) => {
    const root = join(CORPUS_DIR, app, 'App/config');
    const metadata = JSON.parse(readFileSync(join(root, 'applicationmetadata.json'), 'utf8')) as { id: string };
    const [org = '', name = ''] = metadata.id.split('/');
    const xml = readFileSync(join(root, 'authorization/policy.xml'), 'utf8')
      .replaceAll(/\[org\]/gi, org)
      .replaceAll(/\[app\]/gi, name);
    const { policy } = loadPolicy(xml, { org, app: name });
    const permissions = permissionsIn(xml);
    expect(permissions.length).toBeGreaterThan(0);
    for (const permission of permissions) {
      const request = {
        principal: ola,
        partyId: 500000,
        action: permission.action,
        taskId: permission.taskId,
        endEventId: permission.endEventId,
      };
      const label = `${app} ${permission.rule}: ${permission.role} ${permission.action} in ${permission.taskId ?? permission.endEventId ?? 'the app'}`;
      expect(authorize(policy, olaWith([permission.role]), request).permit, label).toBe(true);
      expect(authorize(policy, olaWith(['UTINN']), request).permit, `${label}, without the role`).toBe(false);
      // The role is held for DDG Fitness, not for Ola's own party.
      expect(
        authorize(policy, olaWith([permission.role]), { ...request, partyId: 512345 }).permit,
        `${label}, other party`,
      ).toBe(false);
    }
  });

  it('covers every action the issue names somewhere in the corpus', () => {
    const actions = new Set(
      apps.flatMap((app) =>
        permissionsIn(readFileSync(join(CORPUS_DIR, app, 'App/config/authorization/policy.xml'), 'utf8')).map(
          (permission) => permission.action,
        ),
      ),
    );
    for (const action of ['instantiate', 'read', 'write', 'confirm', 'sign', 'reject', 'delete', 'pay', 'fill']) {
      expect(actions, action).toContain(action);
    }
  });
});
