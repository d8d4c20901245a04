import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { tabTo } from './keyboard.ts';

test('validation in the example app: required and schema errors block, an expression rule checks the email, a warning never blocks', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByText('Side 1 av 4')).toBeVisible();

  // Next with nothing filled in: the required errors appear, and the page does not change.
  await tabTo(page, page.getByRole('button', { name: 'Neste' }));
  await page.keyboard.press('Enter');
  const report = page.locator('.skjema-error-report');
  await expect(report).toBeFocused();
  await expect(page.getByRole('group', { name: 'Du må rette disse feilene før du kan gå videre' })).toBeVisible();
  await expect(page.getByText('Side 1 av 4')).toBeVisible();
  const name = page.getByRole('textbox', { name: 'Navn på søker' });
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('status')).toHaveText(/Skjemaet har \d+ feil som må rettes/);
  await expectNoAxeViolations(page, 'applicant page with errors');

  // A link in the error report takes the keyboard to the field.
  await tabTo(page, report.getByRole('link', { name: 'Du må fylle ut navn på søker' }));
  await page.keyboard.press('Enter');
  await expect(name).toBeFocused();
  await page.keyboard.type('Kulturhuset i Bergen AS');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await expect(report.getByRole('link', { name: 'Du må fylle ut navn på søker' })).toHaveCount(0);

  // Schema: an organisation number must have nine digits.
  await tabTo(page, page.getByRole('radio', { name: 'Privatperson' }));
  await page.keyboard.press('ArrowDown');
  const orgNumber = page.getByRole('textbox', { name: 'Organisasjonsnummer', exact: true });
  await tabTo(page, orgNumber);
  await page.keyboard.type('12345');
  const orgError = page.getByText('Organisasjonsnummeret må ha nøyaktig ni siffer, uten mellomrom.').first();
  await expect(orgError).toBeVisible();
  await page.keyboard.type('6789');
  await expect(orgError).toHaveCount(0);

  // Expression validation from model.validation.json: the email needs an @.
  const email = page.getByRole('textbox', { name: 'E-postadresse' });
  await tabTo(page, email);
  await page.keyboard.type('post.kulturhuset.no');
  const emailError = page.getByText('E-postadressen mangler @. Skriv den som navn@domene.no.').first();
  await expect(emailError).toBeVisible();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'applicant page with schema and expression errors');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('post@kulturhuset.no');
  await expect(emailError).toHaveCount(0);

  await tabTo(page, page.getByRole('button', { name: 'Neste' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Side 2 av 4')).toBeVisible();

  // A soft warning: shown, announced as an alert, and it does not stop the user.
  await tabTo(page, page.getByRole('textbox', { name: 'Navn på arrangementet' }));
  await page.keyboard.type('Bryggejazz');
  await tabTo(page, page.getByRole('combobox', { name: 'Type arrangement' }));
  await page.keyboard.press('ArrowDown');
  const attendees = page.getByRole('textbox', { name: 'Forventet antall deltakere' });
  await tabTo(page, attendees);
  await page.keyboard.type('9000');
  const warning = page.getByText(/Over 5000 deltakere er uvanlig mange/);
  await expect(warning).toBeVisible();
  await expect(attendees).not.toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'event page with a warning');
  await tabTo(page, page.getByRole('button', { name: 'Neste' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Side 3 av 4')).toBeVisible();

  await tabTo(page, page.getByRole('checkbox', { name: /forplikter meg/ }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Neste' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Send inn søknaden' }));
  await page.keyboard.press('Enter');
  const submitted = page.getByTestId('submitted-json');
  await expect(submitted).toBeVisible();
  expect(JSON.parse(await submitted.innerText()).event.attendees).toBe(9000);
});

test('next is blocked by the errors of the current page only, and a report link focuses the field', async ({
  page,
}) => {
  await page.goto('/');
  await tabTo(page, page.getByRole('radio', { name: 'Privatperson' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('textbox', { name: 'Navn på søker' }));
  await page.keyboard.type('Kari Nordmann');
  await tabTo(page, page.getByRole('textbox', { name: 'E-postadresse' }));
  await page.keyboard.type('kari@example.no');
  await tabTo(page, page.getByRole('textbox', { name: 'Telefonnummer' }));
  await page.keyboard.type('99 99 99 99');
  await tabTo(page, page.getByRole('button', { name: 'Neste' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Side 2 av 4')).toBeVisible();
  await expect(page.locator('.skjema-error-report')).toHaveCount(0);

  await tabTo(page, page.getByRole('button', { name: 'Neste' }));
  await page.keyboard.press('Enter');
  const report = page.locator('.skjema-error-report');
  await expect(report).toBeVisible();
  await expect(page.getByText('Side 2 av 4')).toBeVisible();
  // Only this page's errors: the conditions page is not checked yet.
  await expect(report.getByRole('link')).toHaveText([
    'Du må fylle ut navn på arrangementet',
    'Du må fylle ut type arrangement',
  ]);
  await expectNoAxeViolations(page, 'event page with required errors');
  await tabTo(page, report.getByRole('link', { name: 'Du må fylle ut type arrangement' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Type arrangement' })).toBeFocused();

  // Going back is never blocked.
  await tabTo(page, page.getByRole('button', { name: 'Tilbake' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Side 1 av 4')).toBeVisible();
});
