import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = {
  nb: nb({
    intro: 'Søknaden bør sendes senest fire uker før arrangementet.',
    rules:
      'Du må **følge vilkårene** i tillatelsen.\n\n- Rydd området etter arrangementet\n- Hold lydnivået nede etter kl. 23\n\nLes mer på [kommunens nettsider](https://www.example.no/arrangement).',
    unsafe: 'Ikke en [lenke](javascript:alert(1)).',
    html: 'Endrer du navn <em>frivillig</em>?<br>Svar <b>ærlig</b>. Se <a href="https://www.example.no">veiledningen</a>. <u>Understreket</u> <button>Klikk her</button>',
  }),
};

describe('Paragraph', () => {
  it('shows the plain text from the text resources', async () => {
    const { container } = renderForm([{ id: 'intro', type: 'Paragraph', textResourceBindings: { title: 'intro' } }], {
      texts,
    });
    expect(screen.getByText('Søknaden bør sendes senest fire uker før arrangementet.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('renders Markdown: bold text, a bullet list and a link that opens in a new tab', async () => {
    const { container } = renderForm([{ id: 'rules', type: 'Paragraph', textResourceBindings: { title: 'rules' } }], {
      texts,
    });
    expect(screen.getByText('følge vilkårene').tagName).toBe('STRONG');
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Rydd området etter arrangementet',
      'Hold lydnivået nede etter kl. 23',
    ]);
    const link = screen.getByRole('link', { name: 'kommunens nettsider' });
    expect(link).toHaveAttribute('href', 'https://www.example.no/arrangement');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
    expect(container.textContent).not.toContain('**');
    await expectNoAxeViolations(container);
  });

  it('renders the HTML tags Altinn texts use (em, b, u, br, a) as elements, and leaves out the markup of others', () => {
    const { container } = renderForm([{ id: 'html', type: 'Paragraph', textResourceBindings: { title: 'html' } }], {
      texts,
    });
    expect(screen.getByText('frivillig').tagName).toBe('EM');
    expect(screen.getByText('ærlig').tagName).toBe('B');
    expect(screen.getByText('Understreket').tagName).toBe('U');
    expect(screen.getByText('frivillig').parentElement?.querySelector('br')).not.toBeNull();
    expect(screen.getByRole('link', { name: 'veiledningen' })).toHaveAttribute('href', 'https://www.example.no');
    expect(screen.getByText(/Klikk her/).querySelector('button')).toBeNull();
    expect(container.textContent).not.toMatch(/<\/?(em|b|u|button)>/);
  });

  it('does not turn a javascript: address into a link', () => {
    renderForm([{ id: 'unsafe', type: 'Paragraph', textResourceBindings: { title: 'unsafe' } }], { texts });
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('fills in a variable from the data model', () => {
    renderForm([{ id: 'summary', type: 'Paragraph', textResourceBindings: { title: 'summary.name' } }], {
      texts: {
        nb: [
          {
            id: 'summary.name',
            value: 'Søker: {0}',
            variables: [{ key: 'applicant.name', dataSource: 'dataModel.default' }],
          },
        ],
      },
      initialData: { applicant: { name: 'Kari Nordmann' } },
    });
    expect(screen.getByText('Søker: Kari Nordmann')).toBeInTheDocument();
  });
});
