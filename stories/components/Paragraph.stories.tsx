import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

/** One text with every construct app texts use, and markup that must not become an element. */
const EVERY_CONSTRUCT = [
  '# Slik søker du',
  'Søknaden har tre deler. *Les* dette **før** du starter, og se ~~gammel~~ `ny` frist.',
  '## Før du starter',
  'Du trenger:',
  '- legitimasjon',
  '- kart over området',
  '  - med innganger',
  '  - med nødutganger',
  '',
  '### Steg',
  '3. Fyll ut skjemaet',
  '4. Last opp vedlegg',
  '',
  '> Husk: søknaden må være **komplett**.',
  '',
  'Les [veiledningen](https://www.example.no/veiledning "Veiledning"), <https://www.example.no>, post@example.no',
  'eller <a href="/hjelp" class="same-window">hjelpesiden</a>.<br>Ny linje uten tom linje.',
  '',
  '<p>HTML: <b>fet</b>, <i>kursiv</i>, <u>understreket</u>, <span lang="en">English</span> &amp; &nbsp;mer.</p>',
  '<ul><li>HTML-liste</li><li>to</li></ul>',
  '',
  '---',
  '',
  'Ufarlig: <script>alert(1)</script><img src=x onerror="alert(2)"><iframe src="https://example.com"></iframe>',
  'og <style>body { display: none }</style> [lenke](javascript:alert(3)) og [lenke](//example.com) er tekst.',
].join('\n');

const texts = textsOf({
  'applicant.intro': [
    'Her søker du om tillatelse til å holde et offentlig arrangement i kommunen, for eksempel en konsert, et marked eller et idrettsstevne. Søknaden bør sendes senest fire uker før arrangementet.',
    'Apply here for a permit to hold a public event in the municipality, such as a concert, a market or a sports event. Send the application at least four weeks before the event.',
  ],
  'conditions.body': [
    'Som arrangør **må du**:\n\n- sørge for forsvarlig vakthold og førstehjelp\n- følge reglene for støy, matservering og skjenking\n- rydde området innen kl. 12 dagen etter\n\nLes mer om vilkårene på [kommunens nettsider](https://www.example.no/arrangement).',
    'As the organiser **you must**:\n\n- provide proper security and first aid\n- follow the rules for noise, food and alcohol\n- clean up by 12 noon the day after\n\nRead more on [the municipality’s website](https://www.example.no/arrangement).',
  ],
  'guide.body': [EVERY_CONSTRUCT, EVERY_CONSTRUCT],
});

const meta = {
  title: 'Components/Paragraph',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: {
    layoutSet: formOf(
      [{ id: 'applicant-intro', type: 'Paragraph', textResourceBindings: { title: 'applicant.intro' } }],
      {
        texts,
      },
    ),
  },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Plain: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/^Her søker du om tillatelse/)).toBeVisible();
  },
};

/** Markdown: bold, a bullet list and a link (opened in a new tab). */
export const Markdown: Story = {
  args: {
    layoutSet: formOf(
      [{ id: 'conditions-body', type: 'Paragraph', textResourceBindings: { title: 'conditions.body' } }],
      {
        texts,
      },
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('må du').tagName).toBe('STRONG');
    await expect(canvas.getAllByRole('listitem')).toHaveLength(3);
    const link = canvas.getByRole('link', { name: 'kommunens nettsider' });
    await expect(link).toHaveAttribute('href', 'https://www.example.no/arrangement');
    await expect(link).toHaveAttribute('target', '_blank');
  },
};

/**
 * Every construct: headings (their level follows the page, their size the author's #), lists
 * (nested, numbered from 3, after a line of text), a quote, links and HTML tags. Scripts, images,
 * frames and styles never become elements, and unsafe links stay text.
 */
export const EveryConstruct: Story = {
  args: {
    layoutSet: formOf([{ id: 'guide-body', type: 'Paragraph', textResourceBindings: { title: 'guide.body' } }], {
      texts,
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Slik søker du' }).tagName).toBe('H2');
    await expect(canvas.getByRole('heading', { name: 'Steg' }).tagName).toBe('H4');
    const numbered = canvas.getAllByRole('list').find((list) => list.tagName === 'OL');
    await expect(numbered).toHaveAttribute('start', '3');
    await expect(canvas.getByText(/Husk:/).closest('blockquote')).not.toBeNull();
    await expect(canvas.getByRole('link', { name: 'veiledningen' })).toHaveAttribute('target', '_blank');
    await expect(canvas.getByRole('link', { name: 'hjelpesiden' })).not.toHaveAttribute('target');
    await expect(canvas.getByText('fet').tagName).toBe('B');
    const body = canvasElement.querySelector('#guide-body');
    await expect(body?.querySelector('script, img, iframe, style')).toBeNull();
    await expect(canvas.queryAllByRole('link', { name: 'lenke' })).toHaveLength(0);
  },
};
