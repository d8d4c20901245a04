import { expect, test, type Locator, type Page } from '@playwright/test';
import { pressOn, tabTo } from './keyboard.ts';

/**
 * Types a whole value into a field, key by key, and checks that every key landed there: the
 * field keeps the focus and shows the whole value, however the errors change while typing.
 */
async function typeWhole(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text, { delay: 20 });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(text);
}

/** Presses Next on a page where something is missing: the page stays and the report takes the focus. */
async function blockedNext(page: Page, pageLabel: string): Promise<void> {
  await pressOn(page, page.getByRole('button', { name: 'Neste' }), 'Enter');
  await expect(page.getByText(pageLabel)).toBeVisible();
  await expect(page.locator('.skjema-error-report')).toBeFocused();
}

test('after a blocked Next, whole values typed into every field of the example are kept, key by key', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByText('Side 1 av 4')).toBeVisible();

  await blockedNext(page, 'Side 1 av 4');
  // Arrow keys in a radio group move and choose: the second option is the organisation.
  await pressOn(page, page.getByRole('radio', { name: 'Privatperson' }), 'ArrowDown');
  await typeWhole(page, page.getByRole('textbox', { name: 'Navn på søker' }), 'Kulturhuset i Bergen AS');
  // The pattern rule (nine digits) fails on every key but the last: the report may change, the focus may not.
  await typeWhole(page, page.getByRole('textbox', { name: 'Organisasjonsnummer', exact: true }), '987654321');
  await typeWhole(page, page.getByRole('textbox', { name: 'E-postadresse' }), 'post@kulturhuset.no');
  await pressOn(page, page.getByRole('button', { name: 'Neste' }), 'Enter');
  await expect(page.getByText('Side 2 av 4')).toBeVisible();

  await blockedNext(page, 'Side 2 av 4');
  await typeWhole(page, page.getByRole('textbox', { name: 'Navn på arrangementet' }), 'Bryggejazz');
  await pressOn(page, page.getByRole('combobox', { name: 'Type arrangement' }), 'ArrowDown');
  // The listed errors are fixed now; the date's pattern and the number's type fail on the first key.
  await typeWhole(page, page.getByRole('textbox', { name: 'Dato for arrangementet' }), '17.05.2027');
  await typeWhole(page, page.getByRole('textbox', { name: 'Forventet antall deltakere' }), '250');
  await typeWhole(
    page,
    page.getByRole('textbox', { name: 'Beskrivelse av arrangementet' }),
    'Jazz på brygga, tre scener.',
  );
  await pressOn(page, page.getByRole('button', { name: 'Neste' }), 'Enter');
  await expect(page.getByText('Side 3 av 4')).toBeVisible();

  await blockedNext(page, 'Side 3 av 4');
  await pressOn(page, page.getByRole('checkbox', { name: /forplikter meg/ }), 'Space');
  await pressOn(page, page.getByRole('button', { name: 'Neste' }), 'Enter');
  await pressOn(page, page.getByRole('button', { name: 'Send inn søknaden' }), 'Enter');

  const submitted = page.getByTestId('submitted-json');
  await expect(submitted).toBeVisible();
  const data = JSON.parse(await submitted.innerText());
  expect(data.applicant).toMatchObject({
    type: 'organisation',
    name: 'Kulturhuset i Bergen AS',
    orgNumber: '987654321',
    email: 'post@kulturhuset.no',
  });
  expect(data.event).toMatchObject({
    name: 'Bryggejazz',
    date: '17.05.2027',
    attendees: 250,
    description: 'Jazz på brygga, tre scener.',
  });
});
