import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import type { Attachment, FormServices } from '../../../src/react/context/FormServices.ts';
import { createInMemoryFormServices, type InMemorySeed } from '../../../src/core/services/inMemoryFormServices.ts';
import {
  standEntries,
  standLayoutSet,
  standPage,
  standsSubform,
  standTexts,
} from '../../../stories/support/standSubform.ts';
import { nb } from '../support/renderForm.tsx';
import { renderWithServices } from '../support/renderWithServices.tsx';

const TOO_FEW_ENTRIES = 'For å gå videre må du legge til flere oppføringer (minst 1).';
const TOO_FEW_FILES = 'For å gå videre må du laste opp minst 1 vedlegg';
const texts = {
  nb: [...standTexts.nb, ...nb({ 'attachments.title': 'Situasjonskart', 'intro.title': 'Om søknaden' })],
};

const firstPage: RawComponent[] = [
  { id: 'intro', type: 'Paragraph', textResourceBindings: { title: 'intro.title' } },
  { id: 'nav', type: 'NavigationButtons' },
  { id: 'submit', type: 'Button' },
];
const backAndSubmit: RawComponent[] = [
  { id: 'nav2', type: 'NavigationButtons', showBackButton: true },
  { id: 'submit2', type: 'Button' },
];

function upload(id = 'attachments', extra: Partial<RawComponent> = {}): RawComponent {
  return {
    id,
    type: 'FileUpload',
    displayMode: 'list',
    maxNumberOfAttachments: 3,
    minNumberOfAttachments: 1,
    textResourceBindings: { title: 'attachments.title' },
    ...extra,
  };
}

const map = (id: string, dataType = 'attachments'): Attachment => ({
  id,
  dataType,
  filename: `${id}.pdf`,
  size: 2048,
  contentType: 'application/pdf',
  tags: [],
});

/** In-memory services whose listings are counted. */
function countedServices(seed: InMemorySeed = {}) {
  const services: FormServices = createInMemoryFormServices(seed);
  return {
    services,
    listSubformEntries: vi.spyOn(services, 'listSubformEntries'),
    listAttachments: vi.spyOn(services, 'listAttachments'),
  };
}

function renderTwoPages(services: FormServices, secondPage: RawComponent[], initialData?: unknown) {
  return renderWithServices([], services, {
    texts,
    pages: { page1: firstPage, page2: [...secondPage, ...backAndSubmit] },
    subformLayoutSets: [standLayoutSet(standPage(), { minCount: 1 })],
    initialData,
  });
}

describe('Subform entries on a page the user has not opened', () => {
  it('are checked on submit from the first page: too few entries block it and are named in the error report', async () => {
    const counted = countedServices();
    const { user, onSubmit } = renderTwoPages(counted.services, [standsSubform()]);
    await waitFor(() => expect(counted.listSubformEntries).toHaveBeenCalledTimes(1));
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(await screen.findAllByText(TOO_FEW_ENTRIES)).not.toHaveLength(0);
    // Page 2 was never shown: the error comes from the check alone.
    expect(screen.queryByRole('table', { name: 'Salgsboder' })).toBeNull();
  });

  it('are checked by NavigationButtons\' validateOnNext with page "all": a later page\'s error does not stop the user but is shown as the page opens', async () => {
    const counted = countedServices();
    const checkAll: RawComponent = {
      id: 'nav',
      type: 'NavigationButtons',
      validateOnNext: { page: 'all', show: ['All'] },
    };
    const { user } = renderWithServices([], counted.services, {
      texts,
      pages: { page1: [firstPage[0], checkAll], page2: [standsSubform(), ...backAndSubmit] },
      subformLayoutSets: [standLayoutSet(standPage(), { minCount: 1 })],
    });
    await waitFor(() => expect(counted.listSubformEntries).toHaveBeenCalledTimes(1));
    await user.click(screen.getByRole('button', { name: 'Neste' }));
    await screen.findByRole('table', { name: 'Salgsboder' });
    expect(screen.getAllByText(TOO_FEW_ENTRIES)).not.toHaveLength(0);
    expect(counted.listSubformEntries).toHaveBeenCalledTimes(1);
  });

  it('let the form be submitted from the first page once there is an entry', async () => {
    const counted = countedServices({ subformEntries: { stand: standEntries().slice(0, 1) } });
    const { user, onSubmit } = renderTwoPages(counted.services, [standsSubform()]);
    await waitFor(() => expect(counted.listSubformEntries).toHaveBeenCalledTimes(1));
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('are listed once per layout set, and the component shows the same entries when its page opens, listing nothing again', async () => {
    const counted = countedServices({ subformEntries: { stand: standEntries() } });
    const { user } = renderTwoPages(counted.services, [standsSubform(), standsSubform({ id: 'moreStands' })]);
    await waitFor(() => expect(counted.listSubformEntries).toHaveBeenCalledTimes(1));
    await user.click(screen.getByRole('button', { name: 'Neste' }));
    const tables = await screen.findAllByRole('table', { name: 'Salgsboder' });
    expect(tables).toHaveLength(2);
    expect(screen.getAllByRole('button', { name: 'Endre Loppis' })).toHaveLength(2);
    expect(counted.listSubformEntries).toHaveBeenCalledTimes(1);
    expect(counted.listSubformEntries).toHaveBeenCalledWith('stand');
  });

  it('follow what the user does once the page is opened: an error shown there clears when an entry is added, and submit from the first page then passes', async () => {
    const counted = countedServices();
    const { user, onSubmit } = renderTwoPages(counted.services, [standsSubform()]);
    await waitFor(() => expect(counted.listSubformEntries).toHaveBeenCalledTimes(1));
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(onSubmit).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Neste' }));
    await screen.findByRole('table', { name: 'Salgsboder' });
    // The error the user was shown is still there on the component's own page: no blink on opening.
    expect(screen.getAllByText(TOO_FEW_ENTRIES)).not.toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Legg til salgsbod' }));
    await user.type(await screen.findByRole('textbox', { name: /Navn på boden/ }), 'Bokbua');
    await user.click(screen.getByRole('button', { name: 'Ferdig' }));
    await screen.findByRole('button', { name: 'Endre Bokbua' });
    await waitFor(() => expect(screen.queryByText(TOO_FEW_ENTRIES)).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Tilbake' }));
    await screen.findByText('Om søknaden');
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(counted.listSubformEntries).toHaveBeenCalledTimes(1);
  });
});

describe('Uploads on a page the user has not opened', () => {
  it('are counted on submit from the first page: too few attachments block it and are named in the error report', async () => {
    const counted = countedServices();
    const { user, onSubmit } = renderTwoPages(counted.services, [upload()]);
    await waitFor(() => expect(counted.listAttachments).toHaveBeenCalledTimes(1));
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(await screen.findAllByText(TOO_FEW_FILES)).not.toHaveLength(0);
    expect(screen.queryByLabelText('Situasjonskart')).toBeNull();
  });

  it('let the form be submitted from the first page when the attachments are already there', async () => {
    const counted = countedServices({ attachments: [map('kart')] });
    const { user, onSubmit } = renderTwoPages(counted.services, [upload()]);
    await waitFor(() => expect(counted.listAttachments).toHaveBeenCalledTimes(1));
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('are listed once per data type, also for an upload in every row of a repeating group', async () => {
    const counted = countedServices({ attachments: [map('kart'), map('bilde', 'rowFiles')] });
    const group: RawComponent = {
      id: 'rows',
      type: 'RepeatingGroup',
      dataModelBindings: { group: 'rows' },
      children: ['rowFiles'],
    };
    const { user, onSubmit } = renderTwoPages(counted.services, [upload(), group, upload('rowFiles')], {
      rows: [{ altinnRowId: 'a' }, { altinnRowId: 'b' }, { altinnRowId: 'c' }],
    });
    await waitFor(() => expect(counted.listAttachments).toHaveBeenCalledTimes(2));
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(counted.listAttachments.mock.calls.map(([dataType]) => dataType).sort()).toEqual([
      'attachments',
      'rowFiles',
    ]);
  });

  it('are not checked when hidden', async () => {
    const counted = countedServices();
    const { user, onSubmit } = renderTwoPages(counted.services, [upload('attachments', { hidden: true })]);
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});
