import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { SERVICE_PORT } from '../../playwright.config.ts';
import { expectNoAxeViolations } from './axe.ts';
import { pressOn, typeInto } from './keyboard.ts';

// The whole service as `npm start` runs it: `skjema preview` on the example app, with storage in
// the run's own data folder (playwright.config.ts).
test.use({ baseURL: `http://127.0.0.1:${SERVICE_PORT}` });

const appPath = '/skjema/event-permit';

function instanceIdOf(page: Page): string {
  const match = /#\/instance\/(\d+\/[0-9a-f-]{36})(?:\/|$)/.exec(page.url());
  expect(match, `the address names the instance: ${page.url()}`).not.toBeNull();
  return match![1]!;
}

test('creates an instance, fills two pages, survives a reload, submits, confirms and shows the receipt; the instance is archived and refuses further writes', async ({
  page,
  context,
}) => {
  await page.goto('/');
  // Not logged in: the preview offers its test users, as localtest does.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, 'test user login');
  await pressOn(page, page.getByRole('link', { name: 'Sophie Salt' }), 'Enter');

  // A new instance for the user's own party, on the form's first page.
  await expect(page.getByText('Side 1 av 4')).toBeVisible();
  const instanceId = instanceIdOf(page);
  await expectNoAxeViolations(page, 'applicant page in the service');
  await pressOn(page, page.getByRole('radio', { name: 'Privatperson' }), 'Space');
  await typeInto(page, page.getByRole('textbox', { name: 'Navn på søker' }), 'Sophie Salt');
  await typeInto(page, page.getByRole('textbox', { name: 'E-postadresse' }), 'sophie@example.no');
  await typeInto(page, page.getByRole('textbox', { name: 'Telefonnummer' }), '99 88 77 66');
  await pressOn(page, page.getByRole('button', { name: 'Neste' }), 'Enter');

  await expect(page.getByText('Side 2 av 4')).toBeVisible();
  await typeInto(page, page.getByRole('textbox', { name: 'Navn på arrangementet' }), 'Bryggejazz');
  await pressOn(page, page.getByRole('combobox', { name: 'Type arrangement' }), 'ArrowDown');
  await page.keyboard.press('ArrowDown');
  await typeInto(page, page.getByRole('textbox', { name: 'Dato for arrangementet' }), '14.06.2027');
  await typeInto(page, page.getByRole('textbox', { name: 'Forventet antall deltakere' }), '1200');
  await typeInto(page, page.getByRole('textbox', { name: 'Beskrivelse av arrangementet' }), 'Jazz på Bryggen.');

  // A reload continues the same instance on the same page (kept in the address as Altinn does),
  // with everything that was typed, the last keystrokes included.
  expect(page.url()).toMatch(/#\/instance\/\d+\/[0-9a-f-]{36}\/Task_1\/event$/);
  await page.reload();
  await expect(page.getByText('Side 2 av 4')).toBeVisible();
  expect(instanceIdOf(page)).toBe(instanceId);
  await expect(page.getByRole('textbox', { name: 'Navn på arrangementet' })).toHaveValue('Bryggejazz');
  await expect(page.getByRole('textbox', { name: 'Dato for arrangementet' })).toHaveValue('14.06.2027');
  await expect(page.getByRole('textbox', { name: 'Forventet antall deltakere' })).toHaveValue('1200');
  await expect(page.getByRole('textbox', { name: 'Beskrivelse av arrangementet' })).toHaveValue('Jazz på Bryggen.');
  await pressOn(page, page.getByRole('button', { name: 'Tilbake' }), 'Enter');
  await expect(page.getByText('Side 1 av 4')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Navn på søker' })).toHaveValue('Sophie Salt');
  await expect(page.getByRole('radio', { name: 'Privatperson' })).toBeChecked();
  await pressOn(page, page.getByRole('button', { name: 'Neste' }), 'Enter');
  await expect(page.getByText('Side 2 av 4')).toBeVisible();
  await pressOn(page, page.getByRole('checkbox', { name: 'Salg av mat' }), 'Space');
  await pressOn(page, page.getByRole('button', { name: 'Neste' }), 'Enter');

  await expect(page.getByText('Side 3 av 4')).toBeVisible();
  await pressOn(page, page.getByRole('checkbox', { name: /forplikter meg til å følge dem/ }), 'Space');
  await pressOn(page, page.getByRole('button', { name: 'Neste' }), 'Enter');

  await expect(page.getByText('Side 4 av 4')).toBeVisible();
  await expect(page.getByText('Bryggejazz').first()).toBeVisible();
  await pressOn(page, page.getByRole('button', { name: 'Send inn søknaden' }), 'Enter');

  // Task_2: confirm what is sent.
  const confirm = page.getByRole('button', { name: 'Send inn', exact: true });
  await expect(confirm).toBeVisible();
  await expect(page.getByText('Sophie Salt').first()).toBeVisible();
  await expectNoAxeViolations(page, 'confirmation');
  await pressOn(page, confirm, 'Enter');

  await expect(page.getByRole('heading', { name: 'Skjemaet er sendt inn' })).toBeVisible();
  await expectNoAxeViolations(page, 'receipt');

  // The server stored the instance as archived, with the process ended.
  const databaseFile = join(process.env.SKJEMA_E2E_DATA!, 'preview.sqlite');
  expect(existsSync(databaseFile)).toBe(true);
  const database = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const row = database.prepare('SELECT json FROM instances WHERE id = ?').get(instanceId) as
      { json: string } | undefined;
    expect(row, `instance ${instanceId} in SQLite`).toBeDefined();
    const stored = JSON.parse(row!.json) as {
      status: { isArchived: boolean };
      process: { ended?: string; currentTask?: unknown };
    };
    expect(stored.status.isArchived).toBe(true);
    expect(stored.process.ended).toBeTruthy();

    // A further write is refused.
    const elements = database
      .prepare('SELECT json FROM data_elements WHERE instance_id = ?')
      .all(instanceId)
      .map(
        (element) =>
          JSON.parse((element as { json: string }).json) as { id: string; dataType: string; locked: boolean },
      );
    const model = elements.find((element) => element.dataType === 'model')!;
    expect(model.locked).toBe(true);
    const xsrf = (await context.cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
    const response = await page.request.patch(`${appPath}/instances/${instanceId}/data`, {
      headers: { 'X-XSRF-TOKEN': xsrf },
      data: {
        patches: [{ dataElementId: model.id, patch: [{ op: 'replace', path: '/event/name', value: 'Endret' }] }],
        ignoredValidators: [],
      },
    });
    // The policy grants only `read` at the end event, and authorisation comes first in Altinn too:
    // 403 (a caller with `write` would get 409, "instance not active", tested in tests/preview).
    expect(response.status()).toBe(403);
  } finally {
    database.close();
  }
});
