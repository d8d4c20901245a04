import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { createFormSession, type FormSessionOptions } from '../../../src/core/session/index.ts';
import { SkjemaForm } from '../../../src/react/SkjemaForm.tsx';
import { formOf } from '../../../stories/support/formOf.ts';
import { nb } from '../../react/support/renderForm.tsx';

const components: RawComponent[] = [
  { id: 'name', type: 'Input', dataModelBindings: { simpleBinding: 'name' }, textResourceBindings: { title: 'n' } },
  {
    id: 'city',
    type: 'Input',
    dataModelBindings: { simpleBinding: 'city' },
    textResourceBindings: { title: 'c' },
    readOnly: ['equals', ['dataModel', 'name'], 'Låst'],
  },
];

function renderWithSession(options: Partial<FormSessionOptions> = {}) {
  const layoutSet = formOf(components, { texts: { nb: nb({ n: 'Navn', c: 'Sted' }) } });
  const session = createFormSession({ layoutSet, ...options });
  const onSubmit = vi.fn();
  render(<SkjemaForm layoutSet={layoutSet} session={session} onSubmit={onSubmit} />);
  const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
  return { session, field, onSubmit };
}

describe('SkjemaForm over a given session', () => {
  it('writes what the user types through the session, and shows what the session writes', () => {
    const { session, field } = renderWithSession();
    fireEvent.change(field('Navn'), { target: { value: 'Kari' } });
    expect(session.read()).toEqual({ name: 'Kari' });
    expect(session.writeStats().written.user).toBe(1);

    act(() => session.applyServerModel('model', { name: 'Kari', city: 'Bergen' }));
    expect(field('Sted').value).toBe('Bergen');
    act(() => void session.write({ node: 'name', text: 'Ola', origin: 'server' }));
    expect(field('Navn').value).toBe('Ola');
  });

  it('never saves what the server sent, but saves what the user typed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      const save = vi.fn<NonNullable<FormSessionOptions['save']>>();
      const { session, field } = renderWithSession({ save });
      act(() => session.applyServerModel('model', { city: 'Bergen' }));
      await act(() => vi.advanceTimersByTimeAsync(5000));
      expect(save).not.toHaveBeenCalled();
      fireEvent.change(field('Navn'), { target: { value: 'Kari' } });
      await act(() => vi.advanceTimersByTimeAsync(400));
      expect(save).toHaveBeenCalledTimes(1);
      expect(save).toHaveBeenLastCalledWith([{ dataType: 'model', data: { name: 'Kari', city: 'Bergen' } }]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows fields read-only from the session (expression and permission) and keeps their value when typed in', () => {
    const { session, field } = renderWithSession({ initialData: { city: 'Oslo' } });
    expect(field('Sted').readOnly).toBe(false);
    fireEvent.change(field('Navn'), { target: { value: 'Låst' } });
    expect(field('Sted').readOnly).toBe(true);
    fireEvent.change(field('Sted'), { target: { value: 'Bergen' } });
    expect(field('Sted').value).toBe('Oslo');

    fireEvent.change(field('Navn'), { target: { value: 'Kari' } });
    expect(field('Navn').readOnly).toBe(false);
    act(() => session.setPermissions({ write: false }));
    expect(field('Navn').readOnly).toBe(true);
    expect(field('Sted').readOnly).toBe(true);
    fireEvent.change(field('Navn'), { target: { value: 'Ola' } });
    expect(session.read()).toEqual({ name: 'Kari', city: 'Oslo' });
  });

  it("follows the form's language when the session started in another", () => {
    const layoutSet = formOf(components, {
      texts: { nb: nb({ n: 'Navn', c: 'Sted' }), en: nb({ n: 'Name', c: 'Place' }) },
    });
    const session = createFormSession({ layoutSet, language: 'nb' });
    render(<SkjemaForm layoutSet={layoutSet} session={session} language="en" />);
    expect(screen.getByRole('textbox', { name: 'Name' })).toBeTruthy();
    expect(session.engine.language).toBe('en');
  });

  it('hands the port its methods unbound, as a connected layer takes them', () => {
    const { session, field } = renderWithSession();
    const { read, applyServerModel } = session;
    act(() => applyServerModel('model', { ...read('model'), name: 'Fra server' }));
    expect(field('Navn').value).toBe('Fra server');
  });
});
