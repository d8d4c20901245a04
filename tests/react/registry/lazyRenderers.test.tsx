import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { builtinComponentTypes } from '../../../src/core/components/builtin.ts';
import type { RawComponent } from '../../../src/core/index.ts';
import { Datepicker } from '../../../src/react/components/Datepicker/Datepicker.tsx';
import { lazyComponent } from '../../../src/react/registry/lazyComponent.tsx';
import type { RendererModule } from '../../../src/react/registry/lazyRenderer.ts';
import { SkjemaForm } from '../../../src/react/SkjemaForm.tsx';
import { formOf } from '../../../stories/support/formOf.ts';
import { nb } from '../support/renderForm.tsx';

const texts = {
  nb: nb({ 'name.title': 'Navn', 'date.title': 'Dato', 'broken.title': 'Ødelagt' }),
};
const input = (id: string): RawComponent => ({
  id,
  type: 'Input',
  dataModelBindings: { simpleBinding: id },
  textResourceBindings: { title: 'name.title' },
});
const datepicker: RawComponent = {
  id: 'date',
  type: 'Datepicker',
  dataModelBindings: { simpleBinding: 'date' },
  textResourceBindings: { title: 'date.title' },
};
const next: RawComponent = { id: 'nav', type: 'NavigationButtons' };

/** The built-in Datepicker, its renderer fetched only when the test says so. */
function heldDatepicker() {
  const loads: string[] = [];
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const definition = lazyComponent({
    ...builtinComponentTypes.get('Datepicker')!,
    category: 'form',
    type: 'Datepicker',
    showsOwnErrors: true,
    load: async (): Promise<RendererModule> => {
      loads.push('Datepicker');
      await released;
      return { render: Datepicker };
    },
  });
  return { definition, loads, release: () => act(async () => release()) };
}

describe('component renderers loaded by type', () => {
  it('shows a page once its types are loaded, without waiting for the other pages’ types', async () => {
    const held = heldDatepicker();
    const layoutSet = formOf([], { texts, pages: { first: [input('name'), next], second: [datepicker, next] } });
    const user = userEvent.setup();
    render(<SkjemaForm layoutSet={layoutSet} components={[held.definition]} />);
    // The first page renders at once, and its Datepicker-free types do not wait for the second's.
    expect(screen.getByRole('textbox', { name: 'Navn' })).toBeInTheDocument();
    expect(held.loads).toHaveLength(1); // preloaded in the background once the first page showed

    await user.click(screen.getByRole('button', { name: 'Neste' }));
    expect(screen.queryByRole('textbox', { name: 'Navn' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Dato' })).not.toBeInTheDocument();
    await held.release();
    expect(await screen.findByRole('textbox', { name: 'Dato' })).toBeInTheDocument();
    expect(held.loads).toHaveLength(1);
  });

  it('builds the form while the first page’s renderers download, and shows it once they are loaded', async () => {
    const held = heldDatepicker();
    const checked: string[] = [];
    // The validator's first pass runs the type's own check: it shows when the form's session is built.
    const definition = {
      ...held.definition,
      validate: ({ node }: { node: { id: string } }) => {
        checked.push(node.id);
        return [];
      },
    };
    const layoutSet = formOf([datepicker], { texts });
    render(<SkjemaForm layoutSet={layoutSet} components={[definition]} />);
    expect(held.loads).toEqual(['Datepicker']);
    expect(checked).toEqual(['date']); // before the download is done (it waited for it before)
    expect(screen.queryByRole('textbox', { name: 'Dato' })).not.toBeInTheDocument();

    await held.release();
    expect(await screen.findByRole('textbox', { name: 'Dato' })).toBeInTheDocument();
    expect(checked).toEqual(['date']); // one session: shown, not built again
  });

  it('shows an error in place of a component whose renderer failed to load, and the rest of the page', async () => {
    const broken = lazyComponent({
      type: 'Broken',
      category: 'presentation',
      load: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    });
    const layoutSet = formOf([input('name'), { id: 'broken-1', type: 'Broken' }], { texts });
    render(<SkjemaForm layoutSet={layoutSet} components={[broken]} />);

    const alert = await screen.findByRole('heading', { name: 'En del av skjemaet kunne ikke lastes' });
    expect(alert.closest('[data-skjema-not-loaded]')).toHaveTextContent(
      'Komponenten broken-1 i App/ui/story/layouts/page1.json kunne ikke lastes.',
    );
    expect(screen.getByRole('textbox', { name: 'Navn' })).toBeInTheDocument();
  });

  it('loads only the renderers of the types the form uses', async () => {
    // Fresh modules: the test setup has loaded every built-in renderer of the shared ones.
    vi.resetModules();
    const fresh = await import('../../../src/react/index.ts');
    const freshForm = (await import('../../../stories/support/formOf.ts')).formOf;
    const registry = fresh.createDefaultRegistry();
    const loadedTypes = () =>
      fresh.builtinComponents.filter((definition) => definition.lazyRenderer?.module).map(({ type }) => type);
    expect(loadedTypes()).toEqual([]);

    render(<fresh.SkjemaForm layoutSet={freshForm([input('a'), input('b')], { texts })} registry={registry} />);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(await screen.findAllByRole('textbox', { name: 'Navn' })).toHaveLength(2);
    expect(loadedTypes()).toEqual(['Input']);
  });
});
