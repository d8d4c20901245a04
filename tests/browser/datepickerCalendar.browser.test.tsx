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

const texts = textsOf({ 'date.title': ['Dato for arrangementet', 'Date of the event'] });

// The calendar is a modal dialog in the top layer, sized by the viewport: a story's phone frame
// cannot narrow it, so this checks a real 375 px viewport.
it('fits the Datepicker calendar on a 375 px phone without sideways scrolling', async () => {
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
      language="nb"
    />,
  );
  await page.getByRole('button', { name: 'Velg Dato for arrangementet i kalender' }).click();
  const dialog = page.getByRole('dialog', { name: 'Velg dato' });
  await expect.element(dialog).toBeVisible();
  const element = dialog.element();
  expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
  expect(element.getBoundingClientRect().right).toBeLessThanOrEqual(375);
});
