import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { nb, renderForm } from '../support/renderForm.tsx';

// jsdom frames cannot answer axe's cross-frame messages, so only the host page is checked here;
// the Storybook run checks the frame in a real browser.
async function expectNoAxeViolationsOutsideFrames(container: Element): Promise<void> {
  const results = await axe.run(container, { iframes: false, rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.map(({ id }) => id)).toEqual([]);
}

const texts = { nb: nb({ 'embed.html': '<h1>Kart</h1><p>Torget</p>' }) };

describe('IFrame', () => {
  it('shows the HTML in a fully sandboxed frame with a title', async () => {
    const { container } = renderForm([{ id: 'embed', type: 'IFrame', textResourceBindings: { title: 'embed.html' } }], {
      texts,
    });
    const frame = container.querySelector('iframe');
    expect(frame).toHaveAttribute('srcdoc', '<h1>Kart</h1><p>Torget</p>');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame).toHaveAttribute('title', 'Innebygd innhold');
    await expectNoAxeViolationsOutsideFrames(container);
  });

  it('allows popups only as far as sandbox says', () => {
    const { container } = renderForm(
      [
        {
          id: 'embed',
          type: 'IFrame',
          sandbox: { allowPopups: true, allowPopupsToEscapeSandbox: true },
          textResourceBindings: { title: 'embed.html' },
        },
      ],
      { texts },
    );
    expect(container.querySelector('iframe')).toHaveAttribute('sandbox', 'allow-popups allow-popups-to-escape-sandbox');
  });

  it('has an English title in English', () => {
    const { container } = renderForm([{ id: 'embed', type: 'IFrame', textResourceBindings: { title: 'embed.html' } }], {
      texts: { nb: texts.nb, en: [{ id: 'embed.html', value: '<p>Map</p>' }] },
      language: 'en',
    });
    expect(container.querySelector('iframe')).toHaveAttribute('title', 'Embedded content');
  });

  it('writes values from the data into its HTML as text, never as markup', () => {
    const { container } = renderForm(
      [{ id: 'embed', type: 'IFrame', textResourceBindings: { title: 'embed.hello' } }],
      {
        texts: {
          nb: [
            {
              id: 'embed.hello',
              value: '<p>Hei, <b>{0}</b></p>',
              variables: [{ key: 'applicant.name', dataSource: 'dataModel.default' }],
            },
          ],
        },
        initialData: { applicant: { name: 'Kari <form action="https://evil.example"><input name="pw"></form> & co' } },
      },
    );
    expect(container.querySelector('iframe')).toHaveAttribute(
      'srcdoc',
      '<p>Hei, <b>Kari &lt;form action=&quot;https://evil.example&quot;&gt;&lt;input name=&quot;pw&quot;&gt;&lt;/form&gt; &amp; co</b></p>',
    );
  });
});
