import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '@fontsource-variable/inter';
import '../../src/react/styles.css';
import axe from 'axe-core';
import { expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { Markdown } from '../../src/react/components/shared/Markdown.tsx';
import { WCAG_TAGS } from '../support/wcag.ts';

const WIDE = [
  '## Gebyrer',
  '',
  '| Arrangementstype | Saksbehandlingsgebyr | Tilleggsgebyr for skjenkebevilling | Merknad |',
  '|---|---|---|---|',
  '| Konsert | 2 500 kr | 4 000 kr | Gjelder arrangementer med over 500 deltakere |',
  '',
  '```',
  'https://www.example.no/kommune/arrangement/soknad/vedlegg/dokumentasjon/skjema?id=0123456789abcdef',
  '```',
  '',
  '> Arrangementstillatelsessøknadsbehandlingstiden er normalt fire uker.',
].join('\n');

it('reflows a wide table, long code and long words at phone width, in Chromium, with no axe violation', async () => {
  await page.viewport(320, 640);
  await render(
    <main className="skjema-form">
      <div>
        <Markdown text={WIDE} />
      </div>
    </main>,
  );
  await expect.element(page.getByRole('table')).toBeVisible();
  // Reflow (WCAG 1.4.10): nothing makes the page scroll sideways.
  expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
  const results = await axe.run(document.body, { runOnly: { type: 'tag', values: WCAG_TAGS } });
  expect(results.violations.map(({ id }) => id)).toEqual([]);
});
