// The example app's form (examples/event-permit) filled in as a user does, for the built-package
// tests that walk it in Chromium: the preview's own page and `<skjema-form>`, plain or connected.

/** Page 1, "Søker": a private person with name, e-mail and phone. */
export async function fillApplicant(page) {
  await page.getByRole('radio', { name: 'Privatperson' }).check();
  await page.getByRole('textbox', { name: 'Navn på søker' }).fill('Sophie Salt');
  await page.getByRole('textbox', { name: 'E-postadresse' }).fill('sophie@example.no');
  await page.getByRole('textbox', { name: 'Telefonnummer' }).fill('99 88 77 66');
}

/** Page 2, "Arrangementet", all but its date, which each test gives in its own way. */
export async function fillEventButDate(page) {
  await page.getByRole('textbox', { name: 'Navn på arrangementet' }).fill('Bryggejazz');
  // The combobox's list opens where the form renders: inside the shadow root for the element.
  await page.getByRole('combobox', { name: 'Type arrangement' }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.getByRole('textbox', { name: 'Forventet antall deltakere' }).fill('1200');
  await page.getByRole('textbox', { name: 'Beskrivelse av arrangementet' }).fill('Jazz på Bryggen.');
}

/** Pages 3 and 4: the conditions accepted, then "Send inn søknaden" on the summary. */
export async function acceptConditionsAndSend(page) {
  await page.getByText('Side 3 av 4').waitFor();
  await page.getByRole('checkbox', { name: /forplikter meg til å følge dem/ }).check();
  await page.getByRole('button', { name: 'Neste' }).click();
  await page.getByText('Side 4 av 4').waitFor();
  await page.getByRole('button', { name: 'Send inn søknaden' }).click();
}
