import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Subscription } from '../../src/preview/events/subscription.ts';
import { EventReceiver } from './support/eventReceiver.ts';
import { fixtureVariant, PreviewHarness } from './support/previewHarness.ts';

const STRING = 'http://www.w3.org/2001/XMLSchema#string';
const SUBJECT = 'urn:oasis:names:tc:xacml:1.0:subject-category:access-subject';
const RESOURCE = 'urn:oasis:names:tc:xacml:3.0:attribute-category:resource';
const ACTION = 'urn:oasis:names:tc:xacml:3.0:attribute-category:action';

const match = (category: string, attribute: string, value: string) =>
  `<xacml:Match MatchId="urn:oasis:names:tc:xacml:1.0:function:string-equal"><xacml:AttributeValue DataType="${STRING}">${value}</xacml:AttributeValue><xacml:AttributeDesignator AttributeId="${attribute}" Category="${category}" DataType="${STRING}" MustBePresent="false" /></xacml:Match>`;
const anyOf = (...allOfs: string[][]) =>
  `<xacml:AnyOf>${allOfs.map((matches) => `<xacml:AllOf>${matches.join('')}</xacml:AllOf>`).join('')}</xacml:AnyOf>`;

/** A Permit rule for the app's service owner: `actions` on the app, or on its `appResource`. */
function orgRule(id: number, actions: string[], appResource?: string): string {
  const resource = [match(RESOURCE, 'urn:altinn:org', '[ORG]'), match(RESOURCE, 'urn:altinn:app', '[APP]')];
  if (appResource) resource.push(match(RESOURCE, 'urn:altinn:appresource', appResource));
  return `<xacml:Rule RuleId="urn:test:ruleid:${id}" Effect="Permit"><xacml:Target>${anyOf([match(SUBJECT, 'urn:altinn:org', '[ORG]')])}${anyOf(resource)}${anyOf(...actions.map((action) => [match(ACTION, 'urn:oasis:names:tc:xacml:1.0:action:action-id', action)]))}</xacml:Target></xacml:Rule>`;
}

function appWithPolicy(rules: string[]): string {
  return fixtureVariant('events-policy', (appDir) => {
    const folder = join(appDir, 'App/config/authorization');
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, 'policy.xml'),
      `<?xml version="1.0" encoding="utf-8"?><xacml:Policy PolicyId="urn:altinn:policyid:1" Version="1.0" RuleCombiningAlgId="urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-overrides" xmlns:xacml="urn:oasis:names:tc:xacml:3.0:core:schema:wd-17"><xacml:Target />${rules.join('')}</xacml:Policy>`,
    );
  });
}

describe("preview server: events under the app's policy", () => {
  const cleanup: (() => Promise<unknown> | void)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  async function start(rules: string[]) {
    const appDir = appWithPolicy(rules);
    cleanup.push(() => rmSync(appDir, { recursive: true, force: true }));
    const harness = await PreviewHarness.start({ appDir, eventDelivery: { retryDelaysMs: [10] } });
    cleanup.push(() => harness.close());
    const orgToken = await (await fetch(`${harness.server.url}/Home/GetTestOrgToken/skjema`)).text();
    return { harness, orgToken };
  }

  it('lets whom the policy permits "read" on appresource events subscribe, and delivers the instances they may read', async () => {
    const receiver = await EventReceiver.start();
    cleanup.push(() => receiver.close());
    const { harness, orgToken } = await start([orgRule(1, ['instantiate', 'read']), orgRule(2, ['read'], 'events')]);
    const body = { endPoint: receiver.url, sourceFilter: harness.server.appUrl };
    const bySophie = await harness.request<{ detail: string }>('POST', '/events/api/v1/subscriptions', {
      body: { ...body, subjectFilter: '/party/501337' },
    });
    expect(bySophie.status).toBe(403);
    expect(bySophie.body.detail).toContain('appresource=events');
    const byOwner = await harness.request<Subscription>('POST', '/events/api/v1/subscriptions', {
      body,
      token: orgToken,
    });
    expect(byOwner.status).toBe(201);
    await receiver.until(() =>
      receiver.received.some((event) => event.type === 'platform.events.validatesubscription'),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));

    const created = await harness.request<{ id: string }>('POST', 'instances?instanceOwnerPartyId=501337', {
      token: orgToken,
    });
    expect(created.status).toBe(201);
    await receiver.until(() => receiver.accepted().some((event) => event.resourceinstance === created.body.id));
  });

  it("refuses the service owner a subscription when the policy gives no one the events; reading them stays the owner's, as on the platform's route for service owners", async () => {
    const { harness, orgToken } = await start([orgRule(1, ['instantiate', 'read'], 'something-else')]);
    const response = await harness.request('POST', '/events/api/v1/subscriptions', {
      body: { endPoint: 'https://example.com/hook', sourceFilter: harness.server.appUrl },
      token: orgToken,
    });
    expect(response.status).toBe(403);
    expect(
      (await harness.request('GET', '/events/api/v1/app/skjema/preview-fixture', { token: orgToken })).status,
    ).toBe(200);
  });
});
