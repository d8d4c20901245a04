import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '@fontsource-variable/inter';
import '../../src/react/styles.css';
import type { EditorView } from '@codemirror/view';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { editorIn, marksIn as marks } from '../../src/playground/editorInspection.ts';
import { Playground } from '../../src/playground/Playground.tsx';
import { loadBuiltInPlaygroundSchemas } from '../../src/playground/playgroundSchemas.ts';
import { unzipFiles } from '../../src/playground/zip.ts';
import { WCAG_TAGS } from '../support/wcag.ts';

const LAYOUT_FILE = 'App/ui/form/layouts/applicant.json';

/** The editor of a file, once it shows. */
async function editorOf(file: string): Promise<EditorView> {
  let view: EditorView | null = null;
  await expect
    .poll(() => {
      const host = document.querySelector(`[data-file="${file}"]`);
      view = host && editorIn(host);
      return view;
    })
    .toBeTruthy();
  return view!;
}

/** Types `text` into an editor after the first `after` in it, as a keystroke would insert it. */
function typeAfter(view: EditorView, after: string, text: string) {
  const at = view.state.doc.toString().indexOf(after) + after.length;
  view.dispatch({ changes: { from: at, insert: text }, userEvent: 'input.type' });
}

describe('The playground', async () => {
  const schemas = await loadBuiltInPlaygroundSchemas();
  let downloaded: { zip: Blob; name: string } | undefined;

  it('has the Altinn schemas built in', () => {
    expect(schemas.layout?.$id).toContain('layout.schema.v1.json');
    expect(schemas.textResources).toBeDefined();
    expect(schemas.checker).toBeDefined();
  });

  it('marks a wrong property at its line, keeps the last good form through a syntax error, adds, translates, resizes and downloads', async () => {
    const screen = await render(
      <Playground schemas={schemas} debounce={50} onDownload={(zip, name) => (downloaded = { zip, name })} />,
    );
    const form = page.getByTestId('playground-frame');
    await expect.element(form.getByRole('heading', { name: 'Om søkeren' })).toBeVisible();
    await expect.element(page.getByText('Ingen funn.')).toBeVisible();

    // A property the layout schema does not know: marked at the line that has it.
    const layout = await editorOf(LAYOUT_FILE);
    // Typed key by key, some quickly, some with the form rebuilt in between: none may be undone.
    // (As the editor's own input transactions: the test frame never has the window's focus, and
    // CodeMirror does not follow the DOM selection of an unfocused document.)
    let at = layout.state.doc.toString().indexOf('"id": "applicant-header",') + '"id": "applicant-header",'.length;
    for (const [index, key] of ['\n        ', ...'"colour": "red",'].entries()) {
      layout.dispatch({
        changes: { from: at, insert: key },
        selection: { anchor: at + key.length },
        userEvent: 'input.type',
      });
      at += key.length;
      await new Promise((resolve) => setTimeout(resolve, index % 3 === 0 ? 80 : 0));
    }
    await expect.poll(() => layout.state.doc.toString()).toContain('"applicant-header",\n        "colour": "red",\n');
    const line = layout.state.doc.lineAt(layout.state.doc.toString().indexOf('"colour"')).number;
    await expect.poll(() => marks(layout)).toContainEqual(expect.objectContaining({ line }));
    expect(marks(layout).find((mark) => mark.line === line)?.message).toMatch(/colour/);
    await expect.element(form.getByRole('heading', { name: 'Om søkeren' })).toBeVisible();

    // Half-typed JSON: the error is marked and said, and the form stays as it was.
    typeAfter(layout, '"colour": "red",', '\n        "size": ');
    await expect.element(page.getByText(/is not valid JSON|er ikke gyldig JSON/)).toBeVisible();
    expect(marks(layout).some((mark) => mark.line === line + 1 || mark.line === line + 2)).toBe(true);
    await expect.element(form.getByRole('heading', { name: 'Om søkeren' })).toBeVisible();
    typeAfter(layout, '"size": ', '"M",');
    await expect.element(page.getByText(/er ikke gyldig JSON/)).not.toBeInTheDocument();

    // A component from the palette appears in the form.
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Komponent å legge til' }), 'Header');
    await userEvent.click(page.getByRole('button', { name: 'Legg til på siden' }));
    await expect.element(form.getByRole('heading', { name: 'Ny komponent (Header)' })).toBeVisible();

    // A part of the example library appears too, with its texts (docs/libraries.md).
    await userEvent.selectOptions(
      page.getByRole('combobox', { name: 'Komponent å legge til' }),
      'common:contact-block',
    );
    await userEvent.click(page.getByRole('button', { name: 'Legg til på siden' }));
    await expect.element(form.getByRole('textbox', { name: 'E-post' })).toBeVisible();

    // Another language: the form's texts, and the texts editor holds that language's file.
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Språk' }).first(), 'en');
    await expect.element(form.getByRole('heading', { name: 'About the applicant' })).toBeVisible();
    expect((await editorOf('App/config/texts/resource.en.json')).state.doc.toString()).toContain('About the applicant');

    // The width of a phone.
    const frame = screen.container.querySelector<HTMLElement>('[data-testid="playground-frame"]')!;
    expect(frame.getBoundingClientRect().width).toBe(1280);
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Width of the form' }), '375');
    expect(frame.getBoundingClientRect().width).toBe(375);

    // The app as a .zip, with the change in it.
    await userEvent.click(page.getByRole('button', { name: 'Download the app (.zip)' }));
    await expect.poll(() => downloaded).toBeDefined();
    expect(downloaded!.name).toBe('event-permit.zip');
    const files = await unzipFiles(downloaded!.zip);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'App/ui/layout-sets.json',
        LAYOUT_FILE,
        'App/models/model.schema.json',
        'App/config/skjema-libraries.json',
        'libraries/common/App/ui/parts/components/contact-block.json',
      ]),
    );
    expect(files['App/config/process/process.bpmn']).toContain('bpmn:definitions');
    const saved = JSON.parse(files[LAYOUT_FILE]) as { data: { layout: { id: string; type: string }[] } };
    expect(saved.data.layout.at(-2)).toMatchObject({ id: 'new-header', type: 'Header' });
    expect(saved.data.layout.at(-1)).toEqual({ $part: 'common:contact-block', idPrefix: 'contact-block-1-' });
  });

  it('starts over from a blank app', async () => {
    await render(<Playground schemas={schemas} debounce={50} />);
    await expect
      .element(page.getByTestId('playground-frame').getByRole('heading', { name: 'Om søkeren' }))
      .toBeVisible();
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Start fra' }), 'blank');
    await expect
      .element(page.getByTestId('playground-frame').getByRole('heading', { name: 'Ny tjeneste' }).first())
      .toBeVisible();
    expect((await editorOf('App/ui/form/layouts/page1.json')).state.doc.toString()).toContain('page1-heading');
    expect((await editorOf('App/config/texts/resource.nb.json')).state.doc.toString()).toContain('Ny tjeneste');
    expect(document.querySelector('[data-file="App/ui/form/layouts/applicant.json"]')).toBeNull();
  });

  it('puts no style element in the page (a strict CSP, as skjema preview sends, would refuse it)', async () => {
    await render(<Playground schemas={schemas} debounce={50} />);
    await editorOf(LAYOUT_FILE);
    const styles = [...document.querySelectorAll('style')].map((style) => style.textContent ?? '');
    expect(styles.filter((css) => css.includes('.cm-'))).toEqual([]);
    const host = document.querySelector(`[data-file="${LAYOUT_FILE}"]`)!;
    expect(host.shadowRoot!.adoptedStyleSheets.length).toBeGreaterThan(0);
    expect(document.querySelector('img[src^="data:"]')).toBeNull();
  });

  it('passes axe', async () => {
    await render(<Playground schemas={schemas} debounce={50} />);
    await expect.element(page.getByRole('heading', { name: 'Om søkeren' })).toBeVisible();
    const results = await axe.run(document.body, { runOnly: { type: 'tag', values: WCAG_TAGS } });
    expect(results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
});
