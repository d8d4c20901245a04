import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '@fontsource-variable/inter';
import '../../src/react/styles.css';
import { Checkbox, Fieldset, FieldsetLegend, Radio } from '@digdir/designsystemet-react';
import { afterAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../../stories/support/formOf.ts';

/**
 * Radio and checkbox options stand as far apart as in a plain Designsystemet fieldset: the
 * reference is rendered beside the form in the same page, so the test follows the theme.
 */

const choices = [
  { value: 'market', label: 'Marked' },
  { value: 'concert', label: 'Konsert' },
  { value: 'sports', label: 'Idrettsarrangement med et navn så langt at det går over flere linjer på en telefon' },
];

const layoutSet = formOf(
  [
    { id: 'kind', type: 'RadioButtons', options: choices, dataModelBindings: { simpleBinding: 'kind' } },
    { id: 'services', type: 'Checkboxes', options: choices, dataModelBindings: { simpleBinding: 'services' } },
    {
      id: 'survey',
      type: 'Likert',
      dataModelBindings: { questions: 'survey', answer: 'survey.answer' },
      options: choices,
    },
  ],
  {},
);

/** Space between each option and the next in `root`, in px. */
function gaps(root: Element): number[] {
  const options = [...root.querySelectorAll('.ds-field:has(input[type=radio], input[type=checkbox])')];
  return options
    .slice(1)
    .map((option, index) =>
      Math.round(option.getBoundingClientRect().top - options[index].getBoundingClientRect().bottom),
    );
}

afterAll(() => page.viewport(1280, 800));

describe('option spacing', () => {
  // The Likert shows a radio group per question only below 40rem; above, a table.
  for (const width of [375, 1280]) {
    it(`spaces options as Designsystemet does, at ${width} px`, async () => {
      await page.viewport(width, 1400);
      await render(
        <>
          <div data-testid="reference">
            <Fieldset>
              <FieldsetLegend>Radio</FieldsetLegend>
              {choices.map((choice) => (
                <Radio key={choice.value} name="reference" value={choice.value} label={choice.label} />
              ))}
            </Fieldset>
            <Fieldset>
              <FieldsetLegend>Checkbox</FieldsetLegend>
              {choices.map((choice) => (
                <Checkbox key={choice.value} value={choice.value} label={choice.label} />
              ))}
            </Fieldset>
          </div>
          <SkjemaForm layoutSet={layoutSet} initialData={{ survey: [{ text: 'Hvor fornøyd er du?' }] }} />
        </>,
      );
      const reference = gaps(document.querySelector('[data-testid="reference"] fieldset')!);
      expect(reference).toHaveLength(2);
      // Designsystemet's own spacing, not nothing: the check would pass on options stacked tight.
      expect(reference[0]).toBeGreaterThan(8);
      expect(new Set(gaps(document.querySelectorAll('[data-testid="reference"] fieldset')[1]))).toEqual(
        new Set(reference),
      );
      const groups = ['#kind', '#services', ...(width < 640 ? ['#survey fieldset'] : [])];
      for (const selector of groups) {
        expect(gaps(document.querySelector(selector)!), selector).toEqual(reference);
      }
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `../../test-results/options/options-${width}.png` });
    });
  }
});
