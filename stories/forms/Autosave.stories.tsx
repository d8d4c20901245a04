import type { Meta, StoryObj } from '@storybook/react-vite';
import { useCallback, useRef, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm, type SavedModel, type SkjemaFormProps } from '../../src/react/index.ts';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'name.title': ['Navn (lagres 1 sekund etter at du slutter å skrive)', 'Name (saved 1 second after you stop typing)'],
  'comment.title': ['Kommentar (lagres når du forlater feltet)', 'Comment (saved when you leave the field)'],
  'city.title': ['Sted', 'City'],
});

const firstPage: RawComponent[] = [
  {
    id: 'name',
    type: 'Input',
    saveWhileTyping: 1000,
    dataModelBindings: { simpleBinding: 'name' },
    textResourceBindings: { title: 'name.title' },
  },
  {
    id: 'comment',
    type: 'TextArea',
    saveWhileTyping: false,
    dataModelBindings: { simpleBinding: 'comment' },
    textResourceBindings: { title: 'comment.title' },
  },
  { id: 'nav', type: 'NavigationButtons' },
];
const secondPage: RawComponent[] = [
  {
    id: 'city',
    type: 'Input',
    dataModelBindings: { simpleBinding: 'city' },
    textResourceBindings: { title: 'city.title' },
  },
];

const layoutSet = formOf([], { texts, pages: { details: firstPage, place: secondPage } });

interface SaveLogEntry {
  number: number;
  models: SavedModel[];
  failed: boolean;
}

/**
 * The app's side of the seam, as a story decorator would show it: every `onSaveData` call with
 * what it was given. The first `failFirst` calls reject, as a server that is down would.
 */
function AutosavingForm({ failFirst = 0, ...props }: SkjemaFormProps & { failFirst?: number }) {
  const [log, setLog] = useState<SaveLogEntry[]>([]);
  const calls = useRef(0);
  const onSaveData = useCallback(
    (models: SavedModel[]) => {
      const number = ++calls.current;
      const failed = number <= failFirst;
      setLog((entries) => [...entries, { number, models, failed }]);
      return failed ? Promise.reject(new Error('Server unavailable')) : Promise.resolve();
    },
    [failFirst],
  );
  const last = log.at(-1);
  return (
    <div style={{ display: 'grid', gap: '2rem', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)' }}>
      <SkjemaForm {...props} onSaveData={onSaveData} />
      <section aria-label="Story: onSaveData calls" style={{ fontSize: '0.875rem' }}>
        <p>
          Saves: <output data-testid="save-count">{log.length}</output>
        </p>
        {last && (
          <pre data-testid="last-save" style={{ whiteSpace: 'pre-wrap' }}>
            {`#${last.number}${last.failed ? ' (rejected)' : ''}\n${JSON.stringify(last.models, null, 2)}`}
          </pre>
        )}
      </section>
    </div>
  );
}

const meta = {
  title: 'Forms/Autosave',
  component: AutosavingForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet },
} satisfies Meta<typeof AutosavingForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * `saveWhileTyping: 1000` saves a second after the last keystroke, `saveWhileTyping: false` when
 * the field is left, and moving to the next page saves at once. The panel on the right is the
 * story's, not the library's: users see nothing while saving works.
 */
export const SavesWhileTyping: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const count = canvas.getByTestId('save-count');
    await userEvent.type(canvas.getByRole('textbox', { name: /Navn/ }), 'Kari');
    await waitFor(() => expect(count).toHaveTextContent('1'), { timeout: 3000 });
    await expect(canvas.getByTestId('last-save')).toHaveTextContent('"name": "Kari"');
    await userEvent.type(canvas.getByRole('textbox', { name: /Kommentar/ }), 'Hei');
    await expect(count).toHaveTextContent('1');
    await userEvent.click(canvas.getByRole('button', { name: 'Neste' }));
    await waitFor(() => expect(count).toHaveTextContent('2'));
    await expect(canvas.getByTestId('last-save')).toHaveTextContent('"comment": "Hei"');
    await expect(canvas.getByRole('textbox', { name: 'Sted' })).toBeVisible();
  },
};

/** The app's save rejects once: the form says the changes are not saved yet, and the next save clears it. */
export const SaveFails: Story = {
  args: { failFirst: 1 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const message = 'Endringene er ikke lagret ennå. Vi prøver igjen når du fortsetter.';
    await userEvent.type(canvas.getByRole('textbox', { name: /Navn/ }), 'Kari');
    await expect(await canvas.findByText(message, undefined, { timeout: 3000 })).toBeVisible();
    await userEvent.type(canvas.getByRole('textbox', { name: /Navn/ }), ' N');
    await waitFor(() => expect(canvas.queryByText(message)).not.toBeInTheDocument(), { timeout: 3000 });
    await expect(canvas.getByTestId('last-save')).toHaveTextContent('"name": "Kari N"');
  },
};
