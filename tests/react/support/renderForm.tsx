import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import axe from 'axe-core';
import { expect, onTestFinished, vi, type Mock } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { SkjemaForm, type SkjemaFormProps } from '../../../src/react/SkjemaForm.tsx';
import { formOf, type StoryAppOptions } from '../../../stories/support/formOf.ts';

export type SubmitHandler = NonNullable<SkjemaFormProps['onSubmit']>;

export interface RenderFormOptions extends StoryAppOptions, Omit<SkjemaFormProps, 'layoutSet' | 'onSubmit'> {
  /** Adds a submit `Button` (id `submit`) under the components, so a test can read the data back. */
  withSubmit?: boolean;
  /** A `hidden` expression per page, as a layout file's `data.hidden`. */
  hiddenPages?: Record<string, unknown>;
  /** Extra Settings.json `pages` settings (`showLanguageSelector`, `showProgress`). */
  pageSettings?: Record<string, unknown>;
  /** Renders inside a shadow root, as `<skjema-form>` does; query through the returned `container`. */
  inShadowRoot?: boolean;
}

export interface RenderedForm extends RenderResult {
  user: UserEvent;
  onSubmit: Mock<SubmitHandler>;
  /** Presses the submit button and returns the default data model it was called with. */
  submitted(): Promise<Record<string, unknown>>;
}

/** Renders the components as a one-page form (or `pages`) with a user-event instance and a submit spy. */
export function renderForm(components: RawComponent[], options: RenderFormOptions = {}): RenderedForm {
  const {
    texts,
    options: codeLists,
    schema,
    pages,
    withSubmit,
    hiddenPages = {},
    pageSettings,
    inShadowRoot,
    ...props
  } = options;
  const withButton: RawComponent[] = withSubmit ? [...components, { id: 'submit', type: 'Button' }] : components;
  const layoutSet = formOf(withButton, { texts, options: codeLists, schema, pages });
  for (const [page, hidden] of Object.entries(hiddenPages)) layoutSet.layouts[page].data.hidden = hidden;
  if (pageSettings) layoutSet.settings = { pages: { order: layoutSet.pageOrder, ...pageSettings } };
  failOnConsoleErrors();
  const onSubmit = vi.fn<SubmitHandler>();
  const user = userEvent.setup();
  const result = render(
    <SkjemaForm layoutSet={layoutSet} onSubmit={onSubmit} {...props} />,
    inShadowRoot ? shadowContainer() : undefined,
  );
  const submitted = async () => {
    const before = onSubmit.mock.calls.length;
    await user.click(result.getByRole('button', { name: submitLabel(props.language) }));
    expect(onSubmit).toHaveBeenCalledTimes(before + 1);
    return onSubmit.mock.calls[before][0];
  };
  return { ...result, user, onSubmit, submitted };
}

export function shadowContainer(): { container: HTMLElement; baseElement: HTMLElement } {
  const host = document.body.appendChild(document.createElement('div'));
  onTestFinished(() => host.remove());
  const container = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('div'));
  return { container, baseElement: container };
}

function submitLabel(language: string | undefined): string {
  return language === 'en' ? 'Submit' : 'Send inn';
}

/** Norwegian (bokmål) text resources from `id: value` pairs. */
export function nb(values: Record<string, string>) {
  return Object.entries(values).map(([id, value]) => ({ id, value }));
}

/** Runs axe on the rendered form; colour contrast is left to the Storybook browser run. */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((n) => n.target) }))).toEqual(
    [],
  );
}

/** React reports invalid markup (a list inside a paragraph, duplicate keys…) on console.error: fail the test on it. */
function failOnConsoleErrors(): void {
  if (vi.isMockFunction(console.error)) return;
  const consoleError = vi.spyOn(console, 'error');
  onTestFinished(() => {
    const messages = consoleError.mock.calls.map((args) => args.map(String).join(' '));
    consoleError.mockRestore();
    expect(messages, 'console.error during the test').toEqual([]);
  });
}
