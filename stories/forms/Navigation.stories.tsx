import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import type { PageNavigationModel } from '../../src/core/index.ts';
import { AppTextsProvider, useAppTexts } from '../../src/react/app/AppTexts.ts';
import { AppNavigation, type AppNavigationProps } from '../../src/react/navigation/AppNavigation.tsx';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { groupedForm, processSteps } from '../support/navigationForm.ts';
import { phoneWidth } from '../support/phoneWidth.tsx';

const names: Record<string, string> = {
  'group.applicant': 'Om søkeren',
  'group.event': 'Om arrangementet',
  'task.fill': 'Fyll ut søknaden',
  intro: 'Før du starter',
  person: 'Personopplysninger',
  contact: 'Kontaktinformasjon',
  when: 'Tid og sted',
  safety: 'Sikkerhet og beredskap',
  summary: 'Oppsummering',
};

/** The navigation on its own, with the app's names over the built-in texts. */
function Navigation(props: Omit<AppNavigationProps, 'text' | 'title'>) {
  return (
    <AppTextsProvider language="nb" appTexts={{ nb: Object.entries(names).map(([id, value]) => ({ id, value })) }}>
      <Texts {...props} />
    </AppTextsProvider>
  );
}

function Texts(props: Omit<AppNavigationProps, 'text' | 'title'>) {
  const { text } = useAppTexts();
  return (
    <div style={{ maxWidth: '18rem' }}>
      <AppNavigation {...props} title={text('navigation.form_pages')} text={text} />
    </div>
  );
}

const group = (
  id: string,
  pages: [string, ('completed' | 'error')?][],
  extra: Partial<PageNavigationModel['groups'][number]> = {},
): PageNavigationModel['groups'][number] => ({
  id,
  type: 'default',
  expandedByDefault: false,
  current: false,
  pages: pages.map(([page, mark]) => ({ page, current: false, ...(mark && { mark }) })),
  ...extra,
});

/** Half-way: the introduction read, the applicant done, an error shown on the event's first page. */
const halfway: PageNavigationModel = {
  page: { number: 5, total: 6 },
  groups: [
    group('intro', [['intro']], { type: 'info' }),
    group(
      'applicant',
      [
        ['person', 'completed'],
        ['contact', 'completed'],
      ],
      {
        name: 'group.applicant',
        number: 1,
        mark: 'completed',
      },
    ),
    {
      ...group('event', [['when', 'error'], ['safety']], { name: 'group.event', number: 2, mark: 'error' }),
      current: true,
      pages: [
        { page: 'when', current: false, mark: 'error' },
        { page: 'safety', current: true },
      ],
    },
    group('summary', [['summary']], { number: 3 }),
  ],
};

const meta = {
  title: 'Forms/Navigation',
  component: Navigation,
  args: { variant: 'sidebar', onOpenPage: fn(), onOpenStep: fn() },
} satisfies Meta<typeof Navigation>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Page groups beside the form: completed (check), with errors (!), the current page, an information page. */
export const Groups: Story = {
  args: { pages: halfway },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('navigation', { name: 'Sider i skjemaet' })).toHaveTextContent('Side 5 av 6');
    await expect(canvas.getByRole('button', { name: 'Om arrangementet (Har feil)' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(canvas.getByRole('button', { name: 'Sikkerhet og beredskap' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Tid og sted (Har feil)' }));
    await expect(args.onOpenPage).toHaveBeenCalledWith('when');
    // The completed group is folded; its button opens it.
    await userEvent.click(canvas.getByRole('button', { name: 'Om søkeren (Fullført)' }));
    await expect(canvas.getByRole('button', { name: 'Personopplysninger (Fullført)' })).toBeVisible();
  },
};

/** The process steps of `taskNavigation`, the current one opened into its page groups. */
export const ProcessSteps: Story = {
  args: { pages: halfway, steps: processSteps, canOpenStep: (step) => step.state === 'completed' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('navigation')).toHaveTextContent('Steg 2 av 4, Side 5 av 6');
    await expect(canvas.getByText('Fyll ut søknaden').closest('[aria-current]')).toHaveAttribute(
      'aria-current',
      'step',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Utfylling (Fullført)' }));
    await expect(args.onOpenStep).toHaveBeenCalledWith(expect.objectContaining({ key: 'Task_1' }));
    // A step to come is not a button, and says so to screen readers.
    await expect(canvas.queryByRole('button', { name: /Signering/ })).toBeNull();
    await expect(canvas.getByText('Signering').closest('li')).toHaveTextContent('Signering (Ikke startet)');
  },
};

/** A completed step opened to look at (read-only): its pages hang under it, the current step stays marked. */
export const ViewingCompletedStep: Story = {
  args: {
    steps: processSteps,
    canOpenStep: (step) => step.state !== 'upcoming',
    viewing: 'Task_1',
    pages: {
      page: { number: 1, total: 1 },
      groups: [
        { ...group('g', [['summary']], { number: 1 }), current: true, pages: [{ page: 'summary', current: true }] },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The step looked at is no button (it is shown) and is where the user is; the current step stays marked.
    await expect(canvas.queryByRole('button', { name: /Utfylling/ })).toBeNull();
    await expect(canvas.getByText('Utfylling').closest('[aria-current]')).toHaveAttribute('aria-current', 'location');
    // The way back: the current step is a button now.
    await expect(canvas.getByRole('button', { name: 'Fyll ut søknaden' })).toHaveAttribute('aria-current', 'step');
  },
};

/** On a phone: a button says where the user is and opens the navigation under it. */
export const Collapsed: Story = {
  args: { variant: 'collapsible', pages: halfway, steps: processSteps },
  decorators: [phoneWidth],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole('button', { name: 'Steg 2 av 4, Side 5 av 6: Sikkerhet og beredskap' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('button', { name: 'Sikkerhet og beredskap' })).toBeVisible();
  },
};

/** A whole form with Settings' page groups: hidden pages drop out, marks follow what is filled in. */
export const WholeForm: StoryObj<typeof SkjemaForm> = {
  render: () => <SkjemaForm layoutSet={groupedForm()} taskNavigation={{ steps: processSteps }} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('navigation', { name: 'Sider i skjemaet' })).toHaveTextContent(/Side 1 av 6/);
  },
};
