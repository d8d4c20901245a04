import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

/** An app's web component: a labelled number input that reports changes as `data-changed`. */
class StoryRating extends HTMLElement {
  private input = document.createElement('input');
  set formdata(values: Record<string, unknown>) {
    this.input.value = String(values.simpleBinding ?? '');
  }
  set readonly(value: boolean) {
    this.input.readOnly = value;
  }
  set required(value: boolean) {
    this.input.required = value;
  }
  connectedCallback() {
    const label = document.createElement('label');
    label.style.display = 'flex';
    label.style.flexDirection = 'column';
    label.append(this.getAttribute('data-text') ?? '', this.input);
    this.input.type = 'number';
    this.input.addEventListener('input', () =>
      this.dispatchEvent(new CustomEvent('data-changed', { detail: { value: this.input.value } })),
    );
    this.replaceChildren(label);
  }
}
if (!customElements.get('story-rating')) customElements.define('story-rating', StoryRating);

const texts = textsOf({ 'rating.title': ['Hvor mange deltakere venter dere?', 'How many people do you expect?'] });

const rating = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'rating',
  type: 'Custom',
  tagName: 'story-rating',
  dataModelBindings: { simpleBinding: 'event.expected' },
  textResourceBindings: { title: 'rating.title' },
  ...extra,
});

const form = (extra: Partial<RawComponent> = {}) => formOf([rating(extra)], { texts });

const meta = {
  title: 'Components/Custom',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: form() },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('spinbutton', { name: 'Hvor mange deltakere venter dere?' });
    await userEvent.type(input, '250');
    await expect(input).toHaveValue(250);
  },
};

export const Filled: Story = {
  args: { initialData: { event: { expected: '120' } } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('spinbutton')).toHaveValue(120);
  },
};

export const Required: Story = {
  args: { layoutSet: form({ required: true }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('spinbutton')).toBeRequired();
  },
};

export const ReadOnly: Story = {
  args: { layoutSet: form({ readOnly: true }), initialData: { event: { expected: '120' } } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('spinbutton')).toHaveAttribute('readonly');
  },
};
