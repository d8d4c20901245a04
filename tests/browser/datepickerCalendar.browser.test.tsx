import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '@fontsource-variable/inter';
import '../../src/react/styles.css';
import { expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../../stories/support/formOf.ts';
import { textsOf } from '../../stories/support/texts.ts';

const texts = {
  ...textsOf({ 'date.title': ['Dato for arrangementet', 'Date of the event'] }),
  nn: [{ id: 'date.title', value: 'Dato for arrangementet' }],
};

// The calendar is a modal dialog in the top layer, sized by the viewport: a story's phone frame
// cannot narrow it, so this checks a real 375 px viewport. In every language, since the week
// column is as wide as its header ("Uke", "Veke", "Week").
const languages = [
  { language: 'nb', open: 'Velg Dato for arrangementet i kalender', dialog: 'Velg dato' },
  { language: 'nn', open: 'Vel Dato for arrangementet i kalender', dialog: 'Vel dato' },
  { language: 'en', open: 'Choose Date of the event in a calendar', dialog: 'Choose a date' },
];

it.each(languages)(
  'fits the Datepicker calendar on a 375 px phone without sideways scrolling ($language)',
  async (names) => {
    await page.viewport(375, 700);
    render(
      <SkjemaForm
        layoutSet={formOf(
          [
            {
              id: 'date',
              type: 'Datepicker',
              timeStamp: false,
              dataModelBindings: { simpleBinding: 'date' },
              textResourceBindings: { title: 'date.title' },
            },
          ],
          { texts },
        )}
        initialData={{ date: '2026-05-17' }}
        language={names.language}
      />,
    );
    await page.getByRole('button', { name: names.open }).click();
    const dialog = page.getByRole('dialog', { name: names.dialog });
    await expect.element(dialog).toBeVisible();
    const element = dialog.element();
    expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
    expect(element.getBoundingClientRect().right).toBeLessThanOrEqual(375);
  },
);
