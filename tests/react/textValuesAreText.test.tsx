import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent, TextResource } from '../../src/core/index.ts';
import { SkjemaForm, type SkjemaFormProps } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../../stories/support/formOf.ts';

// Issue 12, finding 5: what a user typed, shown through a text variable, was read as Markdown and
// HTML together with the app's text, so a name could become a link on the summary page.
const hostile = '[Logg inn på nytt](https://evil.example/login) **fet** <b>b</b>\n# h\n- item';

const texts: Record<string, TextResource[]> = {
  nb: [
    {
      id: 'greeting',
      value: 'Hei **{0}**, se [{0}](https://example.com/search?q={0}) og [profil](https://{0}/x).',
      variables: [{ key: 'name', dataSource: 'dataModel.default' }],
    },
    { id: 'plain', value: '{0}', variables: [{ key: 'name', dataSource: 'dataModel.default' }] },
    {
      id: 'row.label',
      value: 'Person *{0}*',
      variables: [{ key: 'people[{0}].name', dataSource: 'dataModel.default' }],
    },
    {
      id: 'backend.message',
      value: 'Sjekk **{0}**',
      variables: [{ key: 'who', dataSource: 'customTextParameters' }],
    },
  ],
};

function renderWith(name: string, components: RawComponent[], props: Partial<SkjemaFormProps> = {}) {
  const layoutSet = formOf(components, { texts });
  return render(
    <SkjemaForm layoutSet={layoutSet} language="nb" initialData={{ name, people: [{ name }] }} {...props} />,
  );
}

describe('values inserted into texts are text', () => {
  it('shows a typed Markdown link, emphasis, HTML, heading and list as the characters typed', () => {
    const { container } = renderWith(hostile, [
      { id: 'p', type: 'Paragraph', textResourceBindings: { title: 'plain' } },
    ]);
    const paragraph = container.querySelector('#p');
    expect(paragraph?.textContent).toBe(hostile);
    expect(paragraph?.querySelectorAll('a, b, strong, h1, h2, h3, ul, li').length).toBe(0);
  });

  it("keeps the app text's own markup around a value, URL-encodes a value in an href and never lets it pick the host", () => {
    const { container } = renderWith('Ola [x](https://evil.example)', [
      { id: 'p', type: 'Paragraph', textResourceBindings: { title: 'greeting' } },
    ]);
    const paragraph = container.querySelector('#p');
    expect(paragraph?.querySelector('strong')?.textContent).toBe('Ola [x](https://evil.example)');
    const links = [...(paragraph?.querySelectorAll('a') ?? [])];
    expect(links.map((link) => link.textContent)).toEqual(['Ola [x](https://evil.example)']);
    expect(links[0].getAttribute('href')).toBe(
      `https://example.com/search?q=${encodeURIComponent('Ola [x](https://evil.example)')}`,
    );
    // The link whose host would come from the value is only its text.
    expect(paragraph?.textContent).toContain('profil');
  });

  it('makes no links of a 460 KB value full of them', () => {
    const huge = '[x](https://evil.example/) '.repeat(17_000);
    const { container } = renderWith(huge, [{ id: 'p', type: 'Paragraph', textResourceBindings: { title: 'plain' } }]);
    expect(container.querySelectorAll('#p a').length).toBe(0);
  });

  it('shows the value as typed in a label and in a summary', () => {
    const { container } = renderWith(hostile, [
      {
        id: 'name',
        type: 'Input',
        dataModelBindings: { simpleBinding: 'name' },
        textResourceBindings: { title: 'plain' },
      },
      { id: 'summary', type: 'Summary2', target: { type: 'component', id: 'name' } } as RawComponent,
    ]);
    expect(container.querySelectorAll('a[href*="evil"]').length).toBe(0);
    expect(container.querySelectorAll('label b, label strong').length).toBe(0);
  });

  it('shows a value as text in an option label made from a row, keeping the label text emphasis', () => {
    const { container } = renderWith(hostile, [
      {
        id: 'choice',
        type: 'RadioButtons',
        dataModelBindings: { simpleBinding: 'choice' },
        textResourceBindings: { title: 'Velg' },
        source: { group: 'people', label: 'row.label', value: 'people[{0}].name' },
      } as RawComponent,
    ]);
    const label = container.querySelector('label');
    expect(label?.querySelector('em')?.textContent).toBe(hostile);
    expect(container.querySelectorAll('#choice a, label b, label h1, label li').length).toBe(0);
  });

  it('shows the result of an expression that reads data as text', () => {
    const { container } = renderWith(hostile, [
      { id: 'p', type: 'Paragraph', textResourceBindings: { title: ['concat', 'Hei ', ['dataModel', 'name']] } },
    ]);
    expect(container.querySelector('#p')?.textContent).toBe(`Hei ${hostile}`);
    expect(container.querySelectorAll('#p a, #p b, #p li').length).toBe(0);
  });

  it("shows a backend message's text parameters as text inside the message's own Markdown", () => {
    const { container } = renderWith(
      'Kari',
      [
        {
          id: 'name',
          type: 'Input',
          dataModelBindings: { simpleBinding: 'name' },
          textResourceBindings: { title: 'Navn' },
        },
      ],
      {
        backendIssues: [
          {
            severity: 1,
            source: 'Custom',
            field: 'name',
            customTextKey: 'backend.message',
            customTextParameters: { who: hostile },
            showImmediately: true,
          },
        ],
      },
    );
    const strong = [...container.querySelectorAll('strong')].find((element) => element.textContent === hostile);
    expect(strong).toBeTruthy();
    expect(container.querySelectorAll('a[href*="evil"]').length).toBe(0);
  });
});
