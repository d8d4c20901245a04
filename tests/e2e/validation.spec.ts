import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { typeInto, pressOn } from './keyboard.ts';

test('validation in the example app: required and schema errors block, an expression rule checks the email, a warning never blocks', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByText('Side 1 av 4')).toBeVisible();

  // Next with nothing filled in: the required errors appear, and the page does not change.
  await pressOn(page, page.getByRole('button', { name: 'Neste' }), 'Enter');
  const report = page.locator('.skjema-error-report');
  await expect(report).toBeFocused();
  await expect(page.getByRole('group', { name: 'Du må rette disse feilene før du kan gå videre' })).toBeVisible();
  await expect(page.getByText('Side 1 av 4')).toBeVisible();
  const name = page.getByRole('textbox', { name: 'Navn på søker' });
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('status')).toHaveText(/Skjemaet har \d+ feil som må rettes/);
  await expectNoAxeViolations(page, 'applicant page with errors');

  // A link in the error report takes the keyboard to the field.
  await pressOn(page, report.getByRole('link', { name: 'Du må fylle ut navn på søker' }), 'Enter');
  await expect(name).toBeFocused();
  await page.keyboard.type('Kulturhuset i Bergen AS');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await expect(report.getByRole('link', { name: 'Du må fylle ut navn på søker' })).toHaveCount(0);

  // Schema: an organisation number must have nine digits.
  await pressOn(page, page.getByRole('radio', { name: 'Privatperson' }), 'ArrowDown');
  const orgNumber = page.getByRole('textbox', { name: 'Organisasjonsnummer', exact: true });
  await typeInto(page, orgNumber, '12345');
  const orgError = page.getByText('Organisasjonsnummeret må ha nøyaktig ni siffer, uten mellomrom.').first();
  await expect(orgError).toBeVisible();
  await page.keyboard.type('6789');
  await expect(orgError).toHaveCount(0);

  // Expression validation from model.validation.json: the email needs an @.
  const email = page.getByRole('textbox', { name: 'E-postadresse' });
  await typeInto(page, email, 'post.kulturhuset.no');
  const emailError = page.getByText('E-postadressen mangler @. Skriv den som navn@domene.no.').first();
  await expect(emailError).toBeVisible();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'applicant page with schema and expression errors');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('post@kulturhuset.no');
  await expect(emailError).toHaveCount(0);

  await pressOn(page, page.getByRole('button', { name: 'Neste' }), 'Enter');
  await expect(page.getByText('Side 2 av 4')).toBeVisible();

  // A soft warning: shown, announced as an alert, and it does not stop the user.
  await typeInto(page, page.getByRole('textbox', { name: 'Navn på arrangementet' }), 'Bryggejazz');
  await pressOn(page, page.getByRole('combobox', { name: 'Type arrangement' }), 'ArrowDown');
  const attendees = page.getByRole('textbox', { name: 'Forventet antall deltakere' });
  await typeInto(page, attendees, '9000');
  const warning = page.getByText(/Over 5000 deltakere er uvanlig mange/);
  await expect(warning).toBeVisible();
  await expect(attendees).not.toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'event page with a warning');
  await pressOn(page, page.getByRole('button', { name: 'Neste' }), 'Enter');
  await expect(page.getByText('Side 3 av 4')).toBeVisible();

  await pressOn(page, page.getByRole('checkbox', { name: /forplikter meg/ }), 'Space');
  await pressOn(page, page.getByRole('button', { name: 'Neste' }), 'Enter');
  await pressOn(page, page.getByRole('button', { name: 'Send inn søknaden' }), 'Enter');
  const submitted = page.getByTestId('submitted-json');
  await expect(submitted).toBeVisible();
  expect(JSON.parse(await submitted.innerText()).event.attendees).toBe(9000);
});

test('next is blocked by the errors of the current page only, and a report link focuses the field', async ({
  page,
}) => {
  await page.goto('/');
  await pressOn(page, page.getByRole('radio', { name: 'Privatperson' }), 'Space');
  await typeInto(page, page.getByRole('textbox', { name: 'Navn på søker' }), 'Kari Nordmann');
  await typeInto(page, page.getByRole('textbox', { name: 'E-postadresse' }), 'kari@example.no');
  await typeInto(page, page.getByRole('textbox', { name: 'Telefonnummer' }), '99 99 99 99');
  await pressOn(page, page.getByRole('button', { name: 'Neste' }), 'Enter');
  await expect(page.getByText('Side 2 av 4')).toBeVisible();
  await expect(page.locator('.skjema-error-report')).toHaveCount(0);

  await pressOn(page, page.getByRole('button', { name: 'Neste' }), 'Enter');
  const report = page.locator('.skjema-error-report');
  await expect(report).toBeVisible();
  await expect(page.getByText('Side 2 av 4')).toBeVisible();
  // Only this page's errors: the conditions page is not checked yet.
  await expect(report.getByRole('link')).toHaveText([
    'Du må fylle ut navn på arrangementet',
    'Du må fylle ut type arrangement',
  ]);
  await expectNoAxeViolations(page, 'event page with required errors');
  await pressOn(page, report.getByRole('link', { name: 'Du må fylle ut type arrangement' }), 'Enter');
  await expect(page.getByRole('combobox', { name: 'Type arrangement' })).toBeFocused();

  // Going back is never blocked.
  await pressOn(page, page.getByRole('button', { name: 'Tilbake' }), 'Enter');
  await expect(page.getByText('Side 1 av 4')).toBeVisible();
});
