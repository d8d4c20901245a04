import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RawComponent } from '../../src/core/index.ts';
import { AltinnApp } from '../../src/react/app/AltinnApp.tsx';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { scriptedApp } from '../../stories/app/scriptedApp.ts';
import { formOf } from '../../stories/support/formOf.ts';
import { expectAccessible } from './app/axe.ts';

beforeAll(() => {
  document.getAnimations ??= () => [];
});

const text = (id: string, value: string) => ({ id, value });
const form = formOf([], {
  texts: {
    nb: [
      text('appName', 'Søknad om arrangement'),
      text('header', 'Om arrangementet'),
      text('group', 'Arrangør'),
      text('inner', 'Kontaktperson'),
      text('name', 'Navn'),
      text('summary', 'Oppsummering'),
    ],
  },
  schema: { type: 'object', properties: { name: { type: 'string' } } },
  pages: {
    page1: [
      { id: 'header', type: 'Header', size: 'L', textResourceBindings: { title: 'header' } },
      { id: 'group', type: 'Group', children: ['inner'], textResourceBindings: { title: 'group' } },
      { id: 'inner', type: 'Group', children: ['name'], textResourceBindings: { title: 'inner' } },
      {
        id: 'name',
        type: 'Input',
        dataModelBindings: { simpleBinding: 'name' },
        textResourceBindings: { title: 'name' },
      },
      { id: 'summary-header', type: 'Header', size: 'M', textResourceBindings: { title: 'summary' } },
      { id: 'summary', type: 'Summary2', target: { type: 'page', id: 'page1' } },
    ] as RawComponent[],
  },
});

/** Every heading of the page in document order, as `h<level> name`. */
function outline(): string[] {
  return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
    (heading) => `${heading.tagName.toLowerCase()} ${heading.textContent?.trim()}`,
  );
}

/** Each heading at most one level below the one before it, as a screen reader's outline needs. */
function expectNoSkippedLevels(): void {
  const levels = outline().map((entry) => Number(entry[1]));
  levels.forEach((level, index) => {
    if (index > 0) expect(level, outline().join('\n')).toBeLessThanOrEqual(levels[index - 1]! + 1);
  });
}

/** The host's page: its own h1, and the form in a section under it. */
function HostPage({ children }: { children: React.ReactNode }) {
  return (
    <main>
      <h1>Min side</h1>
      <section aria-label="Skjema">{children}</section>
    </main>
  );
}

describe('the form in the host page’s outline', () => {
  it('has its title as the h1 and its headings below it by default', async () => {
    render(<SkjemaForm layoutSet={form} />);
    await screen.findByRole('heading', { level: 1, name: 'Søknad om arrangement' });
    expect(screen.getByRole('heading', { level: 2, name: 'Om arrangementet' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Arrangør' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Kontaktperson' })).toBeTruthy();
  });

  it('moves the title and every heading inside one level down when the host asks for level 2', async () => {
    const { container } = render(
      <HostPage>
        <SkjemaForm layoutSet={form} titleLevel={2} />
      </HostPage>,
    );
    await screen.findByRole('heading', { level: 2, name: 'Søknad om arrangement' });
    // The host's h1 is the page's only one.
    expect(screen.getAllByRole('heading', { level: 1 }).map((heading) => heading.textContent)).toEqual(['Min side']);
    expect(screen.getByRole('heading', { level: 3, name: 'Om arrangementet' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Arrangør' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: 'Kontaktperson' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: 'Oppsummering' })).toBeTruthy();
    // The summary's own headings follow too.
    expect(outline().filter((entry) => /^h[12] /.test(entry))).toEqual(['h1 Min side', 'h2 Søknad om arrangement']);
    expectNoSkippedLevels();
    await expectAccessible(container);
  });

  it('shows no title when the host shows it, and starts the form’s headings under the host’s h1', async () => {
    const { container } = render(
      <HostPage>
        <SkjemaForm layoutSet={form} hideTitle />
      </HostPage>,
    );
    await screen.findByRole('heading', { level: 2, name: 'Om arrangementet' });
    expect(screen.getAllByRole('heading', { level: 1 }).map((heading) => heading.textContent)).toEqual(['Min side']);
    expect(screen.queryByRole('heading', { name: 'Søknad om arrangement' })).toBeNull();
    expectNoSkippedLevels();
    await expectAccessible(container);
  });

  it('with the title hidden, still takes focus to the form’s title on a page change, for screen readers', async () => {
    const twoPages = {
      ...form,
      pageOrder: ['page1', 'page2'],
      layouts: {
        ...form.layouts,
        page1: { data: { layout: [...form.layouts.page1!.data.layout, { id: 'next', type: 'NavigationButtons' }] } },
        page2: {
          data: { layout: [{ id: 'header2', type: 'Header', size: 'L', textResourceBindings: { title: 'summary' } }] },
        },
      },
      settings: { pages: { order: ['page1', 'page2'] } },
    } as typeof form;
    const user = userEvent.setup();
    render(<SkjemaForm layoutSet={twoPages} hideTitle />);
    await user.click(await screen.findByRole('button', { name: 'Neste' }));
    await screen.findByRole('heading', { level: 2, name: 'Oppsummering' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Søknad om arrangement'));
    expect(document.activeElement?.tagName).not.toMatch(/^H[1-6]$/);
  });

  it('<AltinnApp> places the form of the current task as asked', async () => {
    const script = scriptedApp({
      layoutSets: [{ ...form, id: 'form', tasks: ['Task_1'] }],
      tasks: [{ id: 'Task_1', type: 'data', layoutSetId: 'form', write: true }],
      models: { model: {} },
    });
    render(
      <HostPage>
        <AltinnApp connectedApp={script.app} language="nb" titleLevel={2} />
      </HostPage>,
    );
    await screen.findByRole('heading', { level: 3, name: 'Om arrangementet' });
    expect(screen.getAllByRole('heading', { level: 1 }).map((heading) => heading.textContent)).toEqual(['Min side']);
    expectNoSkippedLevels();
  });
});
