import { Textfield } from '@digdir/designsystemet-react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import {
  SkjemaForm,
  useBinding,
  useNodeState,
  useNodeText,
  useNodeValidation,
  type ComponentDefinition,
  type SkjemaComponentProps,
} from '../../src/index.ts';
import { formOf } from '../support/formOf.ts';

/** An agency's own component: an organisation number field that drops spaces as you type. */
function OrgNumberInput({ node }: SkjemaComponentProps) {
  const { required, readOnly } = useNodeState(node);
  const title = useNodeText(node, 'title');
  const { text, setText } = useBinding(node);
  const { error } = useNodeValidation(node);
  return (
    <Textfield
      id={node.id}
      label={title ?? node.baseId}
      value={text}
      onChange={(event) => setText(event.target.value.replace(/\s/g, ''))}
      required={required}
      readOnly={readOnly}
      error={error}
      inputMode="numeric"
    />
  );
}

const agencyComponents: ComponentDefinition[] = [
  { type: 'OrgNumberInput', render: OrgNumberInput, category: 'form', showsOwnErrors: true },
];

const layoutSet = formOf(
  [
    {
      id: 'org',
      type: 'OrgNumberInput',
      dataModelBindings: { simpleBinding: 'orgNumber' },
      textResourceBindings: { title: 'org.title' },
    },
  ],
  { texts: { nb: [{ id: 'org.title', value: 'Organisasjonsnummer' }] } },
);

const meta: Meta<typeof SkjemaForm> = {
  title: 'Forms/Custom component',
  component: SkjemaForm,
  args: { layoutSet, components: agencyComponents },
};
export default meta;

export const OrganisationNumber: StoryObj<typeof SkjemaForm> = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const field = canvas.getByRole('textbox', { name: 'Organisasjonsnummer' });
    await userEvent.type(field, '987 654 321');
    await expect(field).toHaveValue('987654321');
  },
};
