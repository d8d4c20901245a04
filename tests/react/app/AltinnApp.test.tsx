import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedLayoutSet, RawComponent } from '../../../src/core/index.ts';
import { AltinnApp } from '../../../src/react/app/AltinnApp.tsx';
import type { AltinnAppEvent } from '../../../src/react/app/useInstanceState.ts';
import type { PageLocation } from '../../../src/react/app/pageLocation.ts';
import { formOf } from '../../../stories/support/formOf.ts';
import { expectAccessible } from './axe.ts';
import { element, ola, scriptedApp, type ScriptOptions } from '../../../stories/app/scriptedApp.ts';

// Designsystemet's Spinner synchronises its animation with the document's; jsdom animates nothing.
beforeAll(() => {
  document.getAnimations ??= () => [];
});

function formSet(id: string, taskId: string, components: RawComponent[]): LoadedLayoutSet {
  return {
    ...formOf(components, {
      texts: { nb: [{ id: 'name.title', value: 'Navn på arrangementet' }] },
      schema: { type: 'object', properties: { name: { type: 'string' } } },
    }),
    id,
    tasks: [taskId],
  };
}

const nameField: RawComponent = {
  id: 'name',
  type: 'Input',
  dataModelBindings: { simpleBinding: 'name' },
  textResourceBindings: { title: 'name.title' },
  required: true,
};
const submitButton: RawComponent = { id: 'submit', type: 'Button' };

const dataThenConfirm: ScriptOptions = {
  layoutSets: [formSet('form', 'Task_1', [nameField, submitButton])],
  tasks: [
    { id: 'Task_1', type: 'data', layoutSetId: 'form', write: true },
    { id: 'Task_2', type: 'confirmation' },
  ],
  models: { model: { name: 'Sommerfest' } },
  files: [element('file-1', 'vedlegg', 'kart.pdf')],
};

function start(options: ScriptOptions, props: { onEvent?: (event: AltinnAppEvent) => void } = {}) {
  const script = scriptedApp(options);
  const user = userEvent.setup();
  const result = render(<AltinnApp connectedApp={script.app} language="nb" {...props} />);
  return { ...script, user, ...result };
}

describe('AltinnApp: entry', () => {
  it('asks who the user acts for when the backend says so, then opens a new instance for that party', async () => {
    const { user, calls } = start({
      ...dataThenConfirm,
      entry: {
        kind: 'select-party',
        reason: 'prompt',
        parties: [ola, { partyId: 777, partyTypeName: 2, name: 'Fjellheim IL', orgNumber: '910000001' }],
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Fjellheim IL' }));
    expect(calls.selectParty).toEqual([777]);
    expect(await screen.findByRole('textbox', { name: /Navn på arrangementet/ })).toHaveValue('Sommerfest');
    expect(calls.createInstance).toEqual([{ partyId: 777, prefill: undefined }]);
    // The new page takes focus, so keyboard users start at its top.
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });

  it('offers the unfinished instances of select-instance: continue opens one, start again creates one', async () => {
    const entry = {
      kind: 'select-instance' as const,
      party: ola,
      instances: [{ id: '501/aaaa', lastChanged: '2026-12-01T10:00:00Z', lastChangedBy: 'Ola Nordmann' }],
    };
    const first = start({ ...dataThenConfirm, entry });
    await first.user.click(await screen.findByRole('button', { name: /^Fortsett her/ }));
    await screen.findByRole('textbox', { name: /Navn på arrangementet/ });
    expect(first.calls.openInstance).toEqual(['501/aaaa']);
    expect(first.calls.createInstance).toEqual([]);
    first.unmount();

    const second = start({ ...dataThenConfirm, entry });
    await second.user.click(await screen.findByRole('button', { name: 'Start på nytt' }));
    await screen.findByRole('textbox', { name: /Navn på arrangementet/ });
    expect(second.calls.createInstance).toEqual([{ partyId: 501, prefill: undefined }]);
  });

  it('creates exactly one instance under StrictMode, whose trial mount must not create a second', async () => {
    const script = scriptedApp(dataThenConfirm);
    render(
      <StrictMode>
        <AltinnApp connectedApp={script.app} />
      </StrictMode>,
    );
    await screen.findByRole('textbox', { name: /Navn på arrangementet/ });
    expect(script.calls.createInstance).toHaveLength(1);
  });

  it('shows a login problem for a 403 whose obligations ask for a higher authentication level', async () => {
    start({ loadFailure: { status: 403, body: { RequiredAuthenticationLevel: '3' } } });
    expect(await screen.findByText(/høyere sikkerhetsnivå \(nivå 3\)/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Prøv igjen' })).toBeNull();
  });

  it('offers to try again after a server error, but not after a refusal', async () => {
    const failing = start({ loadFailure: { status: 500, body: { title: 'Internal Server Error' } } });
    expect(await screen.findByText('Tjenesten svarte med en feil. Prøv igjen senere.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Prøv igjen' })).toBeInTheDocument();
    failing.unmount();
    start({ loadFailure: { status: 403 } });
    expect(await screen.findByRole('heading', { name: 'Du har ikke tilgang' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Prøv igjen' })).toBeNull();
  });

  it('offers to try again when the backend cannot be reached, and loads again when asked', async () => {
    const { user, calls } = start({ loadFailure: new TypeError('fetch failed') });
    await user.click(await screen.findByRole('button', { name: 'Prøv igjen' }));
    await waitFor(() => expect(calls.load).toBe(2));
  });
});

describe('AltinnApp: stateless', () => {
  it('runs the form without an instance and starts one prefilled from it', async () => {
    const startButton: RawComponent = {
      id: 'start',
      type: 'InstantiationButton',
      mapping: { name: 'event.name' },
    };
    const { user, calls } = start({
      ...dataThenConfirm,
      layoutSets: [formSet('form', 'Task_1', [nameField, startButton])],
      entry: { kind: 'stateless', layoutSetId: 'form', party: ola },
    });
    const field = await screen.findByRole('textbox', { name: /Navn på arrangementet/ });
    expect(field).toHaveValue('Sommerfest');
    expect(calls.createInstance).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Start nytt skjema' }));
    await waitFor(() =>
      expect(calls.createInstance).toEqual([{ partyId: 501, prefill: { 'event.name': 'Sommerfest' } }]),
    );
  });
});

describe('AltinnApp: tasks', () => {
  it('saves what the user types through the connected instance and shows the save status', async () => {
    const { user, calls, latest } = start(dataThenConfirm);
    const field = await screen.findByRole('textbox', { name: /Navn på arrangementet/ });
    await user.clear(field);
    await user.type(field, 'Vinterfest');
    await user.tab();
    await waitFor(() => expect(calls.save.at(-1)).toEqual([{ dataType: 'model', data: { name: 'Vinterfest' } }]));
    const status = screen.getByText((_, node) => node?.classList.contains('skjema-app-save-status') ?? false);
    expect(status).toHaveTextContent('');
    act(() => latest().setSaveStatus('saving'));
    expect(status).toHaveTextContent('Lagrer …');
    act(() => latest().setSaveStatus('offline', 'fetch failed'));
    expect(status).toHaveTextContent(/du er uten nett/);
    act(() => latest().setSaveStatus('saved'));
    expect(status).toHaveTextContent('Alle endringer er lagret');
  });

  it('writes what the server made of the data into the form without saving it again', async () => {
    const { calls, latest } = start(dataThenConfirm);
    const field = await screen.findByRole('textbox', { name: /Navn på arrangementet/ });
    // The form attaches its port after its first render; on a busy machine the field can be found first.
    await waitFor(() => expect(latest().port).toBeDefined());
    const saves = calls.save.length;
    act(() => latest().port?.applyServerModel('model', { name: 'Sommerfest (beregnet)' }));
    expect(field).toHaveValue('Sommerfest (beregnet)');
    expect(latest().port?.read('model')).toEqual({ name: 'Sommerfest (beregnet)' });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(calls.save).toHaveLength(saves);
  });

  it('submits the data task, then confirms with a summary of it, then shows the receipt with the files', async () => {
    const events: string[] = [];
    const { user, calls, container } = start(dataThenConfirm, { onEvent: (event) => events.push(event.type) });
    await screen.findByRole('textbox', { name: /Navn på arrangementet/ });
    await user.click(screen.getByRole('button', { name: 'Send inn' }));

    const confirmHeading = await screen.findByRole('heading', { level: 1, name: 'Se over og send inn' });
    expect(calls.processNext).toEqual([undefined]);
    expect(document.activeElement).toBe(confirmHeading);
    expect(await screen.findByText('Sommerfest')).toBeInTheDocument();
    await expectAccessible(container);

    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    const receipt = await screen.findByRole('heading', { level: 1, name: 'Skjemaet er sendt inn' });
    expect(calls.processNext).toEqual([undefined, 'confirm']);
    expect(document.activeElement).toBe(receipt);
    expect(screen.getByRole('link', { name: 'kart.pdf' })).toHaveAttribute(
      'href',
      'https://ttd.apps.example/ttd/app/instances/501/guid/data/file-1',
    );
    expect(screen.getByText('Referansenummer').nextElementSibling).toHaveTextContent('000000000001');
    // The form data itself is what was submitted, not a file: it is not listed.
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(['kart.pdf']);
    expect(events).toEqual(['instanceCreated', 'processMoved', 'processMoved']);
  });

  it('lists the issues of a 409 in the error summary and keeps the data', async () => {
    const { user, calls } = start({
      ...dataThenConfirm,
      processAnswers: [
        {
          kind: 'blocked',
          issues: [{ severity: 1, source: 'Custom', field: 'name', description: 'Navnet er allerede i bruk' }],
        },
      ],
    });
    const field = await screen.findByRole('textbox', { name: /Navn på arrangementet/ });
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    const summary = await screen.findByRole('heading', { name: 'Du må rette disse feilene før du kan gå videre' });
    const report = summary.closest('.skjema-process-issues') as HTMLElement;
    expect(within(report).getByText('Navnet er allerede i bruk')).toBeInTheDocument();
    expect(calls.processNext).toEqual([undefined]);
    expect(field).toHaveValue('Sommerfest');
    expect(screen.queryByRole('heading', { name: 'Se over og send inn' })).toBeNull();
  });

  it('names an infected file in the error summary, in the user’s language, when it blocks the submission', async () => {
    const { user } = start({
      ...dataThenConfirm,
      processAnswers: [
        {
          kind: 'blocked',
          issues: [
            {
              severity: 1,
              source: 'File',
              field: 'attachments',
              code: 'DataElementFileInfected',
              description: 'The file kart.pdf contains a virus.',
              customTextKey: 'submit_blocked.infected',
              customTextParameters: { filename: 'kart.pdf' },
            },
          ],
        },
      ],
    });
    await screen.findByRole('textbox', { name: /Navn på arrangementet/ });
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    const summary = await screen.findByRole('heading', { name: 'Du må rette disse feilene før du kan gå videre' });
    const report = summary.closest('.skjema-process-issues') as HTMLElement;
    expect(
      within(report).getByText('Filen kart.pdf inneholder virus. Slett den før du sender inn.'),
    ).toBeInTheDocument();
  });

  it('opens the form on the page it is given and tells the host of every page the user arrives on', async () => {
    const twoPages: LoadedLayoutSet = {
      ...formOf([], {
        texts: { nb: [{ id: 'name.title', value: 'Navn på arrangementet' }] },
        schema: { type: 'object', properties: { name: { type: 'string' } } },
        pages: {
          first: [
            { id: 'intro', type: 'Paragraph', textResourceBindings: { title: 'name.title' } },
            { id: 'nav1', type: 'NavigationButtons' },
          ],
          second: [nameField, { id: 'nav2', type: 'NavigationButtons', showBackButton: true }],
        },
      }),
      id: 'form',
      tasks: ['Task_1'],
    };
    const script = scriptedApp({ ...dataThenConfirm, layoutSets: [twoPages] });
    const locations: PageLocation[] = [];
    const user = userEvent.setup();
    render(
      <AltinnApp
        connectedApp={script.app}
        language="nb"
        page="second"
        onPageChange={(location) => locations.push(location)}
      />,
    );
    expect(await screen.findByRole('textbox', { name: /Navn på arrangementet/ })).toHaveValue('Sommerfest');
    // The host is told from an effect after the page renders; on a busy machine the field comes first.
    await waitFor(() => expect(locations).toHaveLength(1));
    const instanceId = locations[0]!.instanceId;
    expect(locations).toEqual([{ instanceId, taskId: 'Task_1', page: 'second' }]);
    await user.click(screen.getByRole('button', { name: 'Tilbake' }));
    await waitFor(() => expect(locations.at(-1)).toEqual({ instanceId, taskId: 'Task_1', page: 'first' }));
    expect(screen.queryByRole('textbox', { name: /Navn på arrangementet/ })).toBeNull();
  });

  it('follows a language chosen in the form: the confirmation page after it is in that language too', async () => {
    const base = formSet('form', 'Task_1', [nameField, submitButton]);
    const withSelector: LoadedLayoutSet = {
      ...base,
      settings: { ...base.settings, pages: { order: [...base.pageOrder], showLanguageSelector: true } },
      texts: { ...base.texts, en: [{ id: 'name.title', value: 'Name of the event' }] },
    };
    const chosen: string[] = [];
    const script = scriptedApp({ ...dataThenConfirm, layoutSets: [withSelector] });
    const user = userEvent.setup();
    render(
      <AltinnApp connectedApp={script.app} language="nb" onLanguageChange={(language) => chosen.push(language)} />,
    );
    await screen.findByRole('textbox', { name: /Navn på arrangementet/ });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'en');
    expect(await screen.findByRole('textbox', { name: /Name of the event/ })).toBeInTheDocument();
    expect(chosen).toEqual(['en']);
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByRole('heading', { name: 'Review and submit' })).toBeInTheDocument();
  });

  it('says that a failed submit kept the data, and submits again on the next press', async () => {
    const { user, calls } = start({
      ...dataThenConfirm,
      processAnswers: [{ kind: 'error', error: new TypeError('fetch failed'), message: 'fetch failed' }],
    });
    const field = await screen.findByRole('textbox', { name: /Navn på arrangementet/ });
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Opplysningene dine er tatt vare på');
    expect(field).toHaveValue('Sommerfest');
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(await screen.findByRole('heading', { name: 'Se over og send inn' })).toBeInTheDocument();
    expect(calls.processNext).toEqual([undefined, undefined]);
  });

  it('shows a task without write read-only: the field cannot be changed and nothing is saved', async () => {
    const { user, calls } = start({
      ...dataThenConfirm,
      tasks: [{ id: 'Task_1', type: 'data', layoutSetId: 'form', write: false }],
    });
    const field = await screen.findByRole('textbox', { name: /Navn på arrangementet/ });
    expect(screen.getByText('Du kan se dette steget, men ikke endre det.')).toBeInTheDocument();
    await user.type(field, 'x');
    expect(field).toHaveValue('Sommerfest');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(calls.save).toEqual([]);
  });

  it('offers no confirm button to a user not authorised for confirm', async () => {
    start({
      ...dataThenConfirm,
      tasks: [{ id: 'Task_2', type: 'confirmation', actions: { read: true, confirm: false } }],
    });
    await screen.findByRole('heading', { level: 1, name: 'Se over og send inn' });
    expect(screen.queryByRole('button', { name: 'Send inn' })).toBeNull();
    expect(screen.getByText('Du har ikke tilgang til å sende inn dette skjemaet.')).toBeInTheDocument();
  });

  it('warns before the page is left while the instance has unsaved changes', async () => {
    const { latest } = start(dataThenConfirm);
    await screen.findByRole('textbox', { name: /Navn på arrangementet/ });
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    latest().unsaved = true;
    expect(leave()).toBe(true);
  });

  it('waits on a feedback task and moves on once the instance has left it', async () => {
    const { calls, latest, serverTask } = start({
      ...dataThenConfirm,
      tasks: [
        { id: 'Task_1', type: 'feedback' },
        { id: 'Task_2', type: 'confirmation' },
      ],
    });
    await screen.findByRole('heading', { name: 'Vi behandler skjemaet' });
    serverTask.set(latest().instance.id, 1);
    expect(await screen.findByRole('heading', { name: 'Se over og send inn' }, { timeout: 3000 })).toBeInTheDocument();
    expect(calls.openInstance).toHaveLength(1);
  });

  it('stores uploads as data elements of the instance (the data type is the component id)', async () => {
    const upload: RawComponent = {
      id: 'vedlegg',
      type: 'FileUpload',
      displayMode: 'list',
      maxFileSizeInMB: 1,
      maxNumberOfAttachments: 2,
      minNumberOfAttachments: 0,
      textResourceBindings: { title: 'name.title' },
    };
    const { user, calls } = start({ ...dataThenConfirm, files: [], layoutSets: [formSet('form', 'Task_1', [upload])] });
    const input = (await screen.findByLabelText('Navn på arrangementet')) as HTMLInputElement;
    await user.upload(input, [new File(['x'.repeat(2048)], 'kart.pdf', { type: 'application/pdf' })]);
    const table = await screen.findByRole('table', { name: 'Opplastede filer' });
    expect(within(table).getByRole('cell', { name: 'kart.pdf' })).toBeInTheDocument();
    expect(calls.uploads).toEqual([{ dataType: 'vedlegg', filename: 'kart.pdf', size: 2048 }]);
  });

  it('offers only the action buttons the task authorises, and performs them through the process', async () => {
    const buttons: RawComponent[] = [
      { id: 'sign-button', type: 'ActionButton', action: 'sign' },
      { id: 'reject-button', type: 'ActionButton', action: 'reject' },
    ];
    const { user, calls } = start({
      ...dataThenConfirm,
      layoutSets: [formSet('signing', 'Task_1', buttons)],
      tasks: [
        { id: 'Task_1', type: 'signing', layoutSetId: 'signing', actions: { read: true, sign: false, reject: true } },
        { id: 'Task_2', type: 'confirmation' },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Avvis' }));
    expect(screen.queryByRole('button', { name: 'Signer' })).toBeNull();
    await screen.findByRole('heading', { name: 'Se over og send inn' });
    expect(calls.processNext).toEqual(['reject']);
  });

  it('says which step it cannot show', async () => {
    start({ ...dataThenConfirm, tasks: [{ id: 'Task_9', type: 'service' }] });
    expect(await screen.findByText('Steget «Task_9» kan ikke vises her.')).toBeInTheDocument();
  });

  it('disposes the instance when the app is unmounted', async () => {
    const { calls, unmount } = start(dataThenConfirm);
    await screen.findByRole('textbox', { name: /Navn på arrangementet/ });
    unmount();
    expect(calls.disposed).toBe(1);
  });
});

describe('AltinnApp: texts', () => {
  it('uses the app text resources before the built-in texts', async () => {
    start({
      ...dataThenConfirm,
      tasks: [{ id: 'Task_2', type: 'confirmation' }],
      texts: { language: 'nb', resources: [{ id: 'confirm.title', value: 'Kontroller søknaden' }] },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Kontroller søknaden' })).toBeInTheDocument();
  });

  it('speaks English when asked', async () => {
    const script = scriptedApp({ ...dataThenConfirm, tasks: [{ id: 'Task_2', type: 'confirmation' }] });
    render(<AltinnApp connectedApp={script.app} language="en" />);
    expect(await screen.findByRole('button', { name: 'Submit' })).toBeInTheDocument();
  });
});

describe('AltinnApp: task navigation', () => {
  const emailField: RawComponent = {
    id: 'email',
    type: 'Input',
    dataModelBindings: { simpleBinding: 'email' },
    textResourceBindings: { title: 'E-post' },
  };
  const twoTasks: ScriptOptions = {
    layoutSets: [
      formSet('first', 'Task_1', [nameField, submitButton]),
      formSet('second', 'Task_2', [emailField, submitButton]),
    ],
    tasks: [
      { id: 'Task_1', type: 'data', layoutSetId: 'first', write: true },
      { id: 'Task_2', type: 'data', layoutSetId: 'second', write: true },
      { id: 'Task_3', type: 'confirmation' },
    ],
    startAt: 1,
    models: { model: { name: 'Sommerfest' } },
    uiSettings: {
      taskNavigation: [
        { taskId: 'Task_1' },
        { taskId: 'Task_2', name: 'Kontakt' },
        { taskId: 'Task_3' },
        { type: 'receipt' },
      ],
    },
  };

  it('shows where the process is, and opens a completed task read-only with the way back', async () => {
    const { user, container } = start(twoTasks);
    const toggle = await screen.findByRole('button', { name: 'Steg 2 av 4, Side 1 av 1: page1' });
    await user.click(toggle);
    const nav = screen.getByRole('navigation', { name: 'Sider i skjemaet' });
    expect(within(nav).getByText('Kontakt').closest('[aria-current]')).toHaveAttribute('aria-current', 'step');
    // Steps to come say so, and are not buttons.
    expect(within(nav).queryByRole('button', { name: /Bekreftelse/ })).toBeNull();
    expect(nav).toHaveTextContent('Bekreftelse (Ikke startet)');
    await expectAccessible(container);

    await user.click(within(nav).getByRole('button', { name: 'Utfylling (Fullført)' }));
    expect(
      await screen.findByText('Du ser på et steg som er fullført. Det kan ikke endres lenger.'),
    ).toBeInTheDocument();
    const name = await screen.findByRole('textbox', { name: /Navn på arrangementet/ });
    expect(name).toHaveValue('Sommerfest');
    expect(name).toHaveAttribute('readonly');

    await user.click(screen.getByRole('button', { name: 'Gå til steget du er på' }));
    expect(await screen.findByRole('textbox', { name: 'E-post' })).not.toHaveAttribute('readonly');
  });

  it('keeps the steps on a page without a form of its own, and leaves them off the receipt', async () => {
    const { latest } = start({ ...twoTasks, startAt: 2 });
    await screen.findByRole('heading', { level: 1, name: 'Se over og send inn' });
    expect(screen.getByRole('button', { name: 'Steg 3 av 4: Bekreftelse' })).toBeInTheDocument();
    act(() => latest().moveTo(3));
    await screen.findByRole('heading', { level: 1, name: 'Skjemaet er sendt inn' });
    expect(screen.queryByRole('navigation', { name: 'Sider i skjemaet' })).toBeNull();
  });

  it('shows every task of the process as a step when asked to and the app lists none (skjema preview)', async () => {
    const script = scriptedApp({ ...twoTasks, uiSettings: undefined });
    render(<AltinnApp connectedApp={script.app} language="nb" showProcessSteps />);
    expect(await screen.findByRole('button', { name: 'Steg 2 av 4, Side 1 av 1: page1' })).toBeInTheDocument();
    script.app.dispose();
    // Without the option an app without taskNavigation shows no steps, as in Altinn.
    const plain = start({ ...twoTasks, uiSettings: undefined });
    await screen.findAllByRole('textbox', { name: 'E-post' });
    expect(within(plain.container).queryByRole('navigation')).toBeNull();
  });
});
