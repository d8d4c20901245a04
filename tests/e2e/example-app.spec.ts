import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { typeInto, pressOn } from './keyboard.ts';

test('fills and submits the example app with the keyboard alone, with no axe violations on any page', async ({
  page,
}) => {
  await page.goto('/');
  const title = page.getByRole('heading', { level: 1, name: 'Søknad om arrangementstillatelse' });
  await expect(title).toBeVisible();

  // Page 1: applicant. The organisation number only appears for organisations (a `hidden` expression).
  await expect(page.getByText('Side 1 av 4')).toBeVisible();
  await expectNoAxeViolations(page, 'applicant page');
  const orgNumber = page.getByRole('textbox', { name: 'Organisasjonsnummer', exact: true });
  await expect(orgNumber).toHaveCount(0);
  const phone = page.getByRole('textbox', { name: 'Telefonnummer' });
  await expect(phone).not.toHaveAttribute('required');
  await pressOn(page, page.getByRole('radio', { name: 'Privatperson' }), 'Space');
  // The phone number is required for persons only (a `required` expression).
  await expect(phone).toHaveAttribute('required');
  await page.keyboard.press('ArrowDown');
  await expect(phone).not.toHaveAttribute('required');
  await expect(page.getByRole('radio', { name: 'Organisasjon eller foretak' })).toBeChecked();
  await expect(orgNumber).toBeVisible();
  await typeInto(page, page.getByRole('textbox', { name: 'Navn på søker' }), 'Kulturhuset i Bergen AS');
  await typeInto(page, orgNumber, '987654321');
  await typeInto(page, page.getByRole('textbox', { name: 'E-postadresse' }), 'post@kulturhuset.example');
  await typeInto(page, page.getByRole('textbox', { name: 'Telefonnummer' }), '55 55 55 55');
  await expectNoAxeViolations(page, 'applicant page, filled');
  await pressOn(page, page.getByRole('button', { name: 'Neste' }), 'Enter');

  // Page 2: the event. Focus moves to the top of the new page.
  await expect(page.getByText('Side 2 av 4')).toBeVisible();
  await expect(title).toBeFocused();
  await expectNoAxeViolations(page, 'event page');
  await typeInto(page, page.getByRole('textbox', { name: 'Navn på arrangementet' }), 'Bryggejazz');
  await pressOn(page, page.getByRole('combobox', { name: 'Type arrangement' }), 'ArrowDown');
  await page.keyboard.press('ArrowDown');
  await typeInto(page, page.getByRole('textbox', { name: 'Dato for arrangementet' }), '14.06.2027');
  await typeInto(page, page.getByRole('textbox', { name: 'Forventet antall deltakere' }), '1200');
  await typeInto(
    page,
    page.getByRole('textbox', { name: 'Beskrivelse av arrangementet' }),
    'Utendørs jazzkonsert på Bryggen.',
  );
  await pressOn(page, page.getByRole('checkbox', { name: 'Salg av mat' }), 'Space');
  await pressOn(page, page.getByRole('checkbox', { name: 'Forsterket musikk eller lyd' }), 'Space');
  await pressOn(page, page.getByRole('button', { name: 'Neste' }), 'Enter');

  // Page 3: conditions.
  await expect(page.getByText('Side 3 av 4')).toBeVisible();
  await expectNoAxeViolations(page, 'conditions page');
  await pressOn(page, page.getByRole('checkbox', { name: /forplikter meg til å følge dem/ }), 'Space');
  await pressOn(page, page.getByRole('button', { name: 'Neste' }), 'Enter');

  // Page 4: the summary shows what was entered, through text-resource variables.
  await expect(page.getByText('Side 4 av 4')).toBeVisible();
  await expect(page.getByText('Kulturhuset i Bergen AS')).toBeVisible();
  await expect(page.getByText('1200')).toBeVisible();
  await expectNoAxeViolations(page, 'summary page');

  // Data is kept across pages: going back shows what was typed.
  await pressOn(page, page.getByRole('button', { name: 'Tilbake' }), 'Enter');
  await expect(page.getByRole('checkbox', { name: /forplikter meg til å følge dem/ })).toBeChecked();
  await pressOn(page, page.getByRole('button', { name: 'Neste' }), 'Enter');

  await pressOn(page, page.getByRole('button', { name: 'Send inn søknaden' }), 'Enter');
  const submitted = page.getByTestId('submitted-json');
  await expect(submitted).toBeVisible();
  expect(JSON.parse(await submitted.innerText())).toEqual({
    applicant: {
      type: 'organisation',
      name: 'Kulturhuset i Bergen AS',
      orgNumber: '987654321',
      email: 'post@kulturhuset.example',
      phone: '55 55 55 55',
    },
    event: {
      name: 'Bryggejazz',
      category: 'market',
      date: '14.06.2027',
      attendees: 1200,
      description: 'Utendørs jazzkonsert på Bryggen.',
      services: 'foodSale,amplifiedMusic',
    },
    conditions: { accepted: 'true' },
  });
  await expectNoAxeViolations(page, 'submitted page');
});
