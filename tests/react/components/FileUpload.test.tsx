import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { createInMemoryFormServices } from '../../../src/core/services/inMemoryFormServices.ts';
import { SkjemaForm } from '../../../src/react/SkjemaForm.tsx';
import { formOf } from '../../../stories/support/formOf.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';
import { renderWithServices } from '../support/renderWithServices.tsx';

const texts = {
  nb: nb({
    'attachments.title': 'Situasjonskart',
    'tag.title': 'Type vedlegg',
    'tag.map': 'Kart',
    'tag.plan': 'Plan',
  }),
};

function upload(extra: Partial<RawComponent> = {}): RawComponent {
  return {
    id: 'attachments',
    type: 'FileUpload',
    displayMode: 'list',
    maxFileSizeInMB: 1,
    maxNumberOfAttachments: 2,
    minNumberOfAttachments: 0,
    dataModelBindings: { list: 'event.attachments' },
    textResourceBindings: { title: 'attachments.title' },
    ...extra,
  };
}

const pdf = (name: string, size = 2048) => new File(['x'.repeat(size)], name, { type: 'application/pdf' });
const input = () => screen.getByLabelText('Situasjonskart') as HTMLInputElement;

describe('FileUpload', () => {
  it('is a labelled file input that states its limits', async () => {
    const { container } = renderForm([upload({ hasCustomFileEndings: true, validFileEndings: '.pdf, .png' })], {
      texts,
    });
    expect(input()).toHaveAttribute('type', 'file');
    expect(input()).toHaveAttribute('accept', '.pdf,.png');
    expect(screen.getByText('Største tillatte filstørrelse er 1 MB.')).toBeInTheDocument();
    expect(screen.getByText('Tillatte filtyper: .pdf, .png.')).toBeInTheDocument();
    expect(screen.getByText('Lastet opp 0 av 2 filer.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it("is chosen with a button in the form's language, not the browser's, which follows a language switch", async () => {
    const { user, rerender } = renderForm([upload()], { texts });
    // The label opens the input's file chooser; the input keeps its name for screen readers.
    const chooser = screen.getByText('Velg filer');
    expect(chooser.tagName).toBe('LABEL');
    expect(chooser).toHaveAttribute('for', input().id);
    expect(input()).toHaveAccessibleName('Situasjonskart Velg filer');
    await user.upload(input(), [pdf('kart.pdf')]);
    // One file left of two: it says so.
    expect(await screen.findByText('Velg fil')).toBeInTheDocument();
    rerender(<SkjemaForm layoutSet={formOf([upload()], { texts })} language="en" />);
    expect(await screen.findByText('Choose a file')).toBeInTheDocument();
  });

  it('uploads files, lists them and stores their ids', async () => {
    const { user, submitted, container } = renderForm([upload()], { texts, withSubmit: true });
    await user.upload(input(), [pdf('kart.pdf')]);
    const table = await screen.findByRole('table', { name: 'Opplastede filer' });
    expect(within(table).getByRole('cell', { name: 'kart.pdf' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: '2 kB' })).toBeInTheDocument();
    expect(screen.getByText('Lastet opp 1 av 2 filer.')).toBeInTheDocument();
    expect(await submitted()).toEqual({ event: { attachments: ['attachment-1'] } });
    await expectNoAxeViolations(container);
  });

  it('refuses files that are too large or of the wrong type, and more than allowed', async () => {
    renderForm([upload({ hasCustomFileEndings: true, validFileEndings: ['.pdf'] })], { texts });
    // A browser's file dialog only suggests `accept`; a user can still pick any file.
    const user = userEvent.setup({ applyAccept: false });
    await user.upload(input(), [pdf('stor.pdf', 2 * 1024 * 1024), pdf('bilde.png')]);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('«stor.pdf» er for stor. Største tillatte filstørrelse er 1 MB.');
    expect(alert).toHaveTextContent('«bilde.png» har en filtype som ikke er tillatt.');
    await user.upload(input(), [pdf('a.pdf'), pdf('b.pdf'), pdf('c.pdf')]);
    expect(screen.getByRole('alert')).toHaveTextContent('Du kan laste opp høyst 2 filer.');
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(3));
    // With the limit reached there is nothing more to choose.
    expect(screen.queryByLabelText('Situasjonskart')).toBeNull();
  });

  it('deletes a file, after confirming when alertOnDelete is set', async () => {
    const { user, submitted } = renderForm([upload({ alertOnDelete: true })], { texts, withSubmit: true });
    await user.upload(input(), [pdf('kart.pdf')]);
    await user.click(await screen.findByRole('button', { name: 'Slett kart.pdf' }));
    expect(screen.getByText('Vil du slette kart.pdf?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Slett' }));
    await waitFor(() => expect(screen.queryByRole('table')).toBeNull());
    expect(await submitted()).toEqual({ event: {} });
  });

  it('shows how far an upload has come while the service sends it', async () => {
    const stored = createInMemoryFormServices();
    let finish: () => void = () => {};
    const services = {
      ...stored,
      uploadAttachment: async (...args: Parameters<typeof stored.uploadAttachment>) => {
        args[1]?.onProgress?.({ loaded: 1024, total: 2048 });
        await new Promise<void>((resolve) => (finish = resolve));
        return stored.uploadAttachment(...args);
      },
    };
    const { user, container } = renderWithServices([upload()], services, { texts });
    await user.upload(input(), [pdf('kart.pdf')]);
    const progress = await screen.findByRole('progressbar', { name: 'Laster opp …' });
    expect(progress).toHaveAttribute('value', '1024');
    expect(progress).toHaveAttribute('max', '2048');
    await expectNoAxeViolations(container);
    finish();
    expect(await screen.findByRole('cell', { name: 'kart.pdf' })).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows files already uploaded, without controls when read-only', async () => {
    const services = createInMemoryFormServices({
      attachments: [
        {
          id: 'a1',
          dataType: 'attachments',
          filename: 'plan.pdf',
          size: 3000000,
          contentType: 'application/pdf',
          tags: [],
        },
      ],
    });
    const { container } = renderWithServices([upload({ readOnly: true, displayMode: 'simple' })], services, { texts });
    const list = await screen.findByRole('list', { name: 'Opplastede filer' });
    expect(list).toHaveTextContent('plan.pdf (2,9 MB)');
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByLabelText('Situasjonskart')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('lists a file once when the service tells of the change before the upload resolves', async () => {
    const inMemory = createInMemoryFormServices();
    const listeners = new Set<() => void>();
    const services = {
      ...inMemory,
      // As the connected instance does: the new instance (with the file) is announced, then the upload resolves.
      uploadAttachment: async (...args: Parameters<typeof inMemory.uploadAttachment>) => {
        const file = await inMemory.uploadAttachment(...args);
        listeners.forEach((listener) => listener());
        await new Promise((settle) => setTimeout(settle, 10));
        return file;
      },
      subscribeAttachments: (listener: () => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    const { user } = renderWithServices([upload()], services, { texts });
    await user.upload(input(), [pdf('kart.pdf')]);
    await screen.findByRole('cell', { name: /kart\.pdf/ });
    await new Promise((settle) => setTimeout(settle, 50));
    expect(screen.getAllByRole('cell', { name: /kart\.pdf/ })).toHaveLength(1);
  });

  it('shows a file’s virus scan beside its name and follows it when the service says the files changed', async () => {
    const inMemory = createInMemoryFormServices({
      attachments: [
        {
          id: 'a1',
          dataType: 'attachments',
          filename: 'kart.pdf',
          size: 2048,
          contentType: 'application/pdf',
          tags: [],
          fileScanResult: 'Pending',
          url: 'https://example.no/files/a1',
        },
      ],
    });
    const listeners = new Set<() => void>();
    let scan: 'Pending' | 'Infected' | 'Clean' = 'Pending';
    const services = {
      ...inMemory,
      listAttachments: async (dataType: string) =>
        (await inMemory.listAttachments(dataType)).map((file) => ({ ...file, fileScanResult: scan })),
      subscribeAttachments: (listener: () => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    const { container } = renderWithServices([upload()], services, { texts });
    const cell = await screen.findByRole('cell', { name: /kart\.pdf/ });
    expect(cell).toHaveTextContent('Sjekkes for virus');
    // Not a download link until the scan says clean: the server does not serve it before.
    expect(screen.queryByRole('link', { name: 'kart.pdf' })).toBeNull();
    scan = 'Infected';
    listeners.forEach((listener) => listener());
    await waitFor(() => expect(cell).toHaveTextContent('Inneholder virus. Slett filen.'));
    expect(screen.queryByRole('link', { name: 'kart.pdf' })).toBeNull();
    // Above the field, so the user hears it before trying to submit.
    const alert = container.querySelector('.skjema-infected-alert');
    expect(alert).toHaveTextContent('Filen kart.pdf inneholder virus. Slett den før du sender inn.');
    expect(alert?.compareDocumentPosition(cell) ?? 0).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    await expectNoAxeViolations(container);
    scan = 'Clean';
    listeners.forEach((listener) => listener());
    await waitFor(() => expect(cell).toHaveTextContent(/^kart\.pdf\s*Ingen virus funnet$/));
    expect(screen.getByRole('link', { name: 'kart.pdf' })).toHaveAttribute('href', 'https://example.no/files/a1');
    expect(container.querySelector('.skjema-infected-alert')).toBeNull();
  });
});

describe('FileUploadWithTag', () => {
  it('lets the user tag each uploaded file with one of the options', async () => {
    const services = createInMemoryFormServices();
    const { user, container } = renderWithServices(
      [
        upload({
          type: 'FileUploadWithTag',
          textResourceBindings: { title: 'attachments.title', tagTitle: 'tag.title' },
          options: [
            { value: 'map', label: 'tag.map' },
            { value: 'plan', label: 'tag.plan' },
          ],
        }),
      ],
      services,
      { texts },
    );
    await user.upload(input(), [pdf('kart.pdf')]);
    expect(await screen.findByRole('columnheader', { name: 'Type vedlegg' })).toBeInTheDocument();
    const tag = screen.getByRole('combobox', { name: 'Type vedlegg for kart.pdf' });
    await user.selectOptions(tag, 'Kart');
    await waitFor(() => expect(tag).toHaveValue('map'));
    expect((await services.listAttachments('attachments'))[0].tags).toEqual(['map']);
    await expectNoAxeViolations(container);
  });

  it('blocks submit until the minimum number of attachments is uploaded', async () => {
    const { user, onSubmit, submitted } = renderForm([upload({ minNumberOfAttachments: 1 })], {
      texts,
      withSubmit: true,
    });
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(await screen.findAllByText('For å gå videre må du laste opp minst 1 vedlegg')).not.toHaveLength(0);
    await user.upload(input(), [pdf('kart.pdf')]);
    await screen.findByRole('table', { name: 'Opplastede filer' });
    await waitFor(() => expect(screen.queryByText('For å gå videre må du laste opp minst 1 vedlegg')).toBeNull());
    expect(await submitted()).toEqual({ event: { attachments: ['attachment-1'] } });
  });
});
