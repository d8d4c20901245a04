import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { formOf } from '../../stories/support/formOf.ts';
import { groupedForm, processSteps } from '../../stories/support/navigationForm.ts';
import { standEntries, standLayoutSet, standsSubform, standTexts } from '../../stories/support/standSubform.ts';

// Fresh module instances: the test setup loaded the app navigation into the shared ones.
async function freshSkjemaForm() {
  vi.resetModules();
  return (await import('../../src/react/SkjemaForm.tsx')).SkjemaForm;
}

describe('parts loaded only by forms that show them (issue 14)', () => {
  it('is there in the first render of a form with page groups and process steps', async () => {
    const SkjemaForm = await freshSkjemaForm();
    render(
      createElement(SkjemaForm, { layoutSet: groupedForm(), taskNavigation: { steps: processSteps }, page: 'person' }),
    );
    await screen.findAllByRole('textbox');
    expect(screen.getByRole('navigation', { name: 'Sider i skjemaet' })).toBeInTheDocument();
  });

  it('is not shown for a plain page order, and the form shows without it', async () => {
    const SkjemaForm = await freshSkjemaForm();
    const layoutSet = formOf([{ id: 'name', type: 'Input', dataModelBindings: { simpleBinding: 'name' } }]);
    render(createElement(SkjemaForm, { layoutSet }));
    await screen.findByRole('textbox');
    expect(screen.queryByRole('navigation', { name: 'Sider i skjemaet' })).toBeNull();
  });

  it('has the subform editor ready when a form with a Subform first shows', async () => {
    const SkjemaForm = await freshSkjemaForm();
    const { FormServicesProvider } = await import('../../src/react/context/FormServices.ts');
    const { createInMemoryFormServices } = await import('../../src/core/services/inMemoryFormServices.ts');
    const services = createInMemoryFormServices({ subformEntries: { stand: standEntries() } });
    const layoutSet = formOf([standsSubform()], { texts: { nb: standTexts.nb } });
    render(
      createElement(FormServicesProvider, {
        services,
        children: createElement(SkjemaForm, { layoutSet, subformLayoutSets: [standLayoutSet()] }),
      }),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Endre Vaffelbua' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Om salgsboden' })).toBeInTheDocument();
  });

  it('reports the files of an upload on a page not shown, so that submitting checks them', async () => {
    const SkjemaForm = await freshSkjemaForm();
    const { FormServicesProvider } = await import('../../src/react/context/FormServices.ts');
    const { createInMemoryFormServices } = await import('../../src/core/services/inMemoryFormServices.ts');
    const services = createInMemoryFormServices({});
    const listAttachments = vi.spyOn(services, 'listAttachments');
    const upload = { id: 'attachments', type: 'FileUpload', displayMode: 'list', minNumberOfAttachments: 1 };
    const pages = {
      page1: [{ id: 'name', type: 'Input', dataModelBindings: { simpleBinding: 'name' } }],
      page2: [upload],
    };
    render(
      createElement(FormServicesProvider, {
        services,
        children: createElement(SkjemaForm, { layoutSet: formOf([], { pages }) }),
      }),
    );
    await screen.findByRole('textbox');
    await vi.waitFor(() => expect(listAttachments).toHaveBeenCalled());
  });

  it('has the analytics ready when a form given onAnalytics first shows: its first page view is told', async () => {
    const SkjemaForm = await freshSkjemaForm();
    const layoutSet = formOf([{ id: 'name', type: 'Input', dataModelBindings: { simpleBinding: 'name' } }]);
    const events: { type: string }[] = [];
    render(createElement(SkjemaForm, { layoutSet, onAnalytics: (event) => events.push(event) }));
    await screen.findByRole('textbox');
    await vi.waitFor(() => expect(events.map((event) => event.type)).toContain('pageViewed'));
  });

  it('has the help button in the first render of a form with a help text', async () => {
    const SkjemaForm = await freshSkjemaForm();
    const { helpPart } = await import('../../src/react/components/shared/useHelp.tsx');
    const layoutSet = formOf(
      [
        {
          id: 'name',
          type: 'Input',
          dataModelBindings: { simpleBinding: 'name' },
          textResourceBindings: { title: 'name.title', help: 'name.help' },
        },
      ],
      {
        texts: {
          nb: [
            { id: 'name.title', value: 'Navn' },
            { id: 'name.help', value: 'Som i passet' },
          ],
        },
      },
    );
    expect(helpPart.loaded()).toBeUndefined();
    render(createElement(SkjemaForm, { layoutSet }));
    // The field and its help button show in the same render.
    await screen.findByRole('textbox');
    expect(screen.getByRole('button', { name: 'Hjelp til Navn' })).toBeInTheDocument();
  });

  it('does not load the help button for a form without help texts', async () => {
    const SkjemaForm = await freshSkjemaForm();
    const { helpPart } = await import('../../src/react/components/shared/useHelp.tsx');
    const load = vi.spyOn(helpPart, 'load');
    const layoutSet = formOf([{ id: 'name', type: 'Input', dataModelBindings: { simpleBinding: 'name' } }]);
    render(createElement(SkjemaForm, { layoutSet }));
    await screen.findByRole('textbox');
    expect(load).not.toHaveBeenCalled();
    expect(helpPart.loaded()).toBeUndefined();
  });

  it('renders a long page light from its first render, and loads no light fields for a short one', async () => {
    const fields = (count: number) =>
      Array.from({ length: count }, (_, index) => ({
        id: `field${index}`,
        type: 'Input',
        dataModelBindings: { simpleBinding: `field${index}` },
        textResourceBindings: { title: `Felt ${index}` },
      }));
    const SkjemaForm = await freshSkjemaForm();
    const { lightFieldsPart, FULL_AT_TOP } = await import('../../src/react/render/light/lightFieldsPart.ts');
    const load = vi.spyOn(lightFieldsPart, 'load');
    const short = render(createElement(SkjemaForm, { layoutSet: formOf(fields(FULL_AT_TOP)) }));
    await short.findAllByRole('textbox');
    expect(load).not.toHaveBeenCalled();
    short.unmount();

    render(createElement(SkjemaForm, { layoutSet: formOf(fields(FULL_AT_TOP + 20)) }));
    // Every field is there in the first render, those below the top as light fields.
    expect(await screen.findAllByRole('textbox')).toHaveLength(FULL_AT_TOP + 20);
    expect(lightFieldsPart.loaded()).toBeDefined();
    expect(document.querySelectorAll('.skjema-component .ds-field:not(ds-field)').length).toBeGreaterThan(0);
  });
});
