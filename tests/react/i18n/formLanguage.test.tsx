import { screen } from '@testing-library/react';
import * as reactI18next from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { nb, renderForm } from '../support/renderForm.tsx';

vi.mock('react-i18next', async (importOriginal) => {
  const actual = await importOriginal<typeof reactI18next>();
  return { ...actual, useTranslation: vi.fn(actual.useTranslation) };
});

const field = (index: number): RawComponent => ({
  id: `field-${index}`,
  type: 'Input',
  dataModelBindings: { simpleBinding: `fields.f${index}` },
  textResourceBindings: { title: `field.${index}`, description: `field.${index}.help` },
});

function texts(count: number) {
  const values: Record<string, string> = {};
  for (let index = 0; index < count; index += 1) {
    values[`field.${index}`] = `Felt ${index}`;
    values[`field.${index}.help`] = `Hjelp til felt ${index}`;
  }
  return { nb: nb(values) };
}

/** How often the form asked react-i18next for the language while mounting `count` fields. */
function languageLookups(count: number): number {
  const useTranslation = vi.mocked(reactI18next.useTranslation);
  useTranslation.mockClear();
  const { unmount } = renderForm(
    Array.from({ length: count }, (_, index) => field(index)),
    { texts: texts(count) },
  );
  expect(screen.getByRole('textbox', { name: `Felt ${count - 1}` })).toBeInTheDocument();
  const calls = useTranslation.mock.calls.length;
  unmount();
  return calls;
}

describe('the form language', () => {
  it('is looked up once per form, not once per text of every field', () => {
    const few = languageLookups(1);
    const many = languageLookups(40);
    // Each lookup subscribes to i18next and copies its instance: with 40 fields, 80 texts.
    expect(many).toBe(few);
  });
});
