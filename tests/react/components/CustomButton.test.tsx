import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { expectNoAxeViolations, nb } from '../support/renderForm.tsx';
import { createInMemoryFormServices } from '../../../src/core/services/inMemoryFormServices.ts';
import { renderWithProviders } from '../support/renderWithProviders.tsx';
import { renderWithServices } from '../support/renderWithServices.tsx';

const texts = {
  nb: nb({ 'a.header': 'Om søkeren', 'b.header': 'Om arrangementet', 'c.header': 'Oppsummering' }),
};
const header = (page: string): RawComponent => ({
  id: `${page}-header`,
  type: 'Header',
  size: 'L',
  textResourceBindings: { title: `${page}.header` },
});
const button = (title: string, actions: unknown[], extra: Record<string, unknown> = {}): RawComponent => ({
  id: title.toLowerCase().replace(/[^a-zæøå]+/g, '-'),
  type: 'CustomButton',
  actions,
  textResourceBindings: { title },
  ...extra,
});
const pageHeading = () => screen.getByRole('heading', { level: 2 });

describe('CustomButton', () => {
  it('moves between pages with client actions', async () => {
    const { user, container } = renderWithProviders([], {
      texts,
      pages: {
        a: [
          header('a'),
          button('Til oppsummeringen', [{ type: 'ClientAction', id: 'navigateToPage', metadata: { page: 'c' } }]),
        ],
        b: [header('b'), button('Forrige', [{ type: 'ClientAction', id: 'previousPage' }])],
        c: [header('c'), button('Neste side', [{ type: 'ClientAction', id: 'previousPage' }])],
      },
    });
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Til oppsummeringen' }));
    expect(pageHeading()).toHaveTextContent('Oppsummering');
    await user.click(screen.getByRole('button', { name: 'Neste side' }));
    expect(pageHeading()).toHaveTextContent('Om arrangementet');
    await user.click(screen.getByRole('button', { name: 'Forrige' }));
    expect(pageHeading()).toHaveTextContent('Om søkeren');
  });

  it('says what it does when the layout gives it no title, never its id', async () => {
    const { user } = renderWithProviders([], {
      texts,
      server: { onServerAction: vi.fn(async () => {}) },
      pages: {
        a: [
          header('a'),
          { id: 'go-on', type: 'CustomButton', actions: [{ type: 'ClientAction', id: 'nextPage' }] },
          { id: 'fetch-data', type: 'CustomButton', actions: [{ type: 'ServerAction', id: 'fill' }] },
        ],
        b: [
          header('b'),
          { id: 'go-back', type: 'CustomButton', actions: [{ type: 'ClientAction', id: 'previousPage' }] },
        ],
      },
    });
    expect(screen.getAllByRole('button').map((element) => element.textContent)).toEqual(['Neste', 'Utfør']);
    await user.click(screen.getByRole('button', { name: 'Neste' }));
    expect(screen.getByRole('button', { name: 'Tilbake' })).toBeInTheDocument();
  });

  it('runs server actions through the provider, then the client actions after them', async () => {
    const onServerAction = vi.fn(async () => {});
    const { user } = renderWithProviders([], {
      texts,
      server: { onServerAction },
      pages: {
        a: [
          header('a'),
          button('Hent data', [
            { type: 'ServerAction', id: 'fill' },
            { type: 'ClientAction', id: 'nextPage' },
          ]),
        ],
        b: [header('b')],
      },
    });
    await user.click(screen.getByRole('button', { name: 'Hent data' }));
    expect(onServerAction).toHaveBeenCalledWith('fill', { componentId: 'hent-data' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Om arrangementet' })).toBeInTheDocument();
  });

  it('runs server actions through the form services, then the client actions the server answered with', async () => {
    const performServerAction = vi.fn(async () => ({
      clientActions: [{ id: 'navigateToPage', metadata: { page: 'c' } }],
    }));
    const services = { ...createInMemoryFormServices(), performServerAction };
    const { user } = renderWithServices([], services, {
      texts,
      pages: {
        a: [header('a'), button('Beregn', [{ type: 'ServerAction', id: 'calculate' }])],
        b: [header('b')],
        c: [header('c')],
      },
    });
    await user.click(screen.getByRole('button', { name: 'Beregn' }));
    expect(performServerAction).toHaveBeenCalledWith('calculate', { buttonId: 'beregn' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Oppsummering' })).toBeInTheDocument();
  });

  it("prefers the host's onServerAction to the form services' server action", async () => {
    const onServerAction = vi.fn(async () => {});
    const performServerAction = vi.fn(async () => ({}));
    const { user } = renderWithProviders([], {
      texts,
      server: { onServerAction },
      pages: { a: [header('a'), button('Beregn', [{ type: 'ServerAction', id: 'calculate' }])] },
      services: { ...createInMemoryFormServices(), performServerAction },
    });
    await user.click(screen.getByRole('button', { name: 'Beregn' }));
    expect(onServerAction).toHaveBeenCalledWith('calculate', { componentId: 'beregn' });
    expect(performServerAction).not.toHaveBeenCalled();
  });

  it('is disabled with an explanation when there is no server for its action', async () => {
    const { container } = renderWithProviders([button('Hent data', [{ type: 'ServerAction', id: 'fill' }])], { texts });
    const pressable = screen.getByRole('button', { name: 'Hent data' });
    expect(pressable).toBeDisabled();
    expect(pressable).toHaveAccessibleDescription('Denne handlingen er ikke tilgjengelig her.');
    await expectNoAxeViolations(container);
  });

  it('says so when the server action fails', async () => {
    const { user } = renderWithProviders([button('Hent data', [{ type: 'ServerAction', id: 'fill' }])], {
      texts,
      server: { onServerAction: () => Promise.reject(new Error('503')) },
    });
    await user.click(screen.getByRole('button', { name: 'Hent data' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Noe gikk galt. Prøv igjen senere.');
  });

  it("checks an action's own validation first and stops the chain on errors, with the error report open", async () => {
    const onServerAction = vi.fn(async () => {});
    const required = { page: 'current', show: ['Required'] };
    const { user } = renderWithProviders([], {
      texts: { nb: [...texts.nb, ...nb({ 'name.title': 'Navn' })] },
      server: { onServerAction },
      pages: {
        a: [
          header('a'),
          {
            id: 'name',
            type: 'Input',
            required: true,
            dataModelBindings: { simpleBinding: 'name' },
            textResourceBindings: { title: 'name.title' },
          },
          button('Lagre og gå videre', [
            { type: 'ServerAction', id: 'save', validation: required },
            { type: 'ClientAction', id: 'navigateToPage', metadata: { page: 'c' } },
          ]),
        ],
        b: [header('b')],
        c: [header('c')],
      },
    });
    await user.click(screen.getByRole('button', { name: 'Lagre og gå videre' }));
    expect(onServerAction).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 2, name: 'Om søkeren' })).toBeInTheDocument();
    expect(await screen.findByText('Du må rette disse feilene før du kan gå videre')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Navn/ })).toHaveAccessibleDescription(/Du må fylle ut navn/);
    await user.type(screen.getByRole('textbox', { name: /Navn/ }), 'Kari');
    await user.click(screen.getByRole('button', { name: 'Lagre og gå videre' }));
    expect(onServerAction).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('heading', { level: 2, name: 'Oppsummering' })).toBeInTheDocument();
  });

  it('does nothing for closeSubform outside a subform entry and goes on with the next action', async () => {
    const { user } = renderWithProviders([], {
      texts,
      pages: {
        a: [
          header('a'),
          button('Lukk og gå videre', [
            { type: 'ClientAction', id: 'closeSubform' },
            { type: 'ClientAction', id: 'nextPage' },
          ]),
        ],
        b: [header('b')],
      },
    });
    const close = screen.getByRole('button', { name: 'Lukk og gå videre' });
    // A close button is the main way out of an entry: primary unless the layout says otherwise.
    expect(close).toHaveAttribute('data-variant', 'primary');
    await user.click(close);
    expect(pageHeading()).toHaveTextContent('Om arrangementet');
  });

  it('applies style, colour and size', () => {
    renderWithProviders(
      [
        button('Slett', [{ type: 'ClientAction', id: 'nextPage' }], {
          buttonStyle: 'tertiary',
          buttonColor: 'danger',
          buttonSize: 'large',
        }),
      ],
      { texts },
    );
    const pressable = screen.getByRole('button', { name: 'Slett' });
    expect(pressable).toHaveAttribute('data-variant', 'tertiary');
    expect(pressable).toHaveAttribute('data-color', 'danger');
    expect(pressable).toHaveAttribute('data-size', 'lg');
  });
});
