import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldSplit, splitColumns } from '../../../src/react/responsiveGrid/fieldSplit.ts';
import { gridAttributes, usesColumns } from '../../../src/react/responsiveGrid/gridAttributes.ts';
import {
  BREAKPOINT_MIN_WIDTH,
  readGridConfig,
  resolveBreakpoints,
} from '../../../src/react/responsiveGrid/gridConfig.ts';
import { itemColumns } from '../../../src/react/responsiveGrid/itemColumns.ts';
import { nb, renderForm } from '../support/renderForm.tsx';

describe('readGridConfig', () => {
  it('keeps sizes 1–12 and auto per breakpoint, and the label and inner grids', () => {
    expect(readGridConfig({ xs: 12, md: 6, labelGrid: { md: 4 }, innerGrid: { md: 'auto' } })).toEqual({
      xs: 12,
      md: 6,
      labelGrid: { md: 4 },
      innerGrid: { md: 'auto' },
    });
  });

  it('drops what is not a size, so one typo costs one breakpoint', () => {
    expect(readGridConfig({ xs: 0, sm: 13, md: '6', lg: 4.5, xl: 'full', labelGrid: { md: 6 } })).toEqual({
      labelGrid: { md: 6 },
    });
    expect(readGridConfig({ xs: 0 })).toBeUndefined();
    expect(readGridConfig(undefined)).toBeUndefined();
    expect(readGridConfig('md-6')).toBeUndefined();
    expect(readGridConfig({ labelGrid: 6, innerGrid: null })).toBeUndefined();
  });
});

describe('resolveBreakpoints', () => {
  it('is mobile first: an unset breakpoint takes the nearest smaller set one, else the fallback', () => {
    expect(resolveBreakpoints({ md: 6 }, 12)).toEqual({ xs: 12, sm: 12, md: 6, lg: 6, xl: 6 });
    expect(resolveBreakpoints({ xs: 6, lg: 'auto' }, 12)).toEqual({ xs: 6, sm: 6, md: 6, lg: 'auto', xl: 'auto' });
    expect(resolveBreakpoints(undefined, 12)).toEqual({ xs: 12, sm: 12, md: 12, lg: 12, xl: 12 });
  });
});

describe('itemColumns', () => {
  it('writes a class and a span only where the width changes', () => {
    expect(itemColumns({ xs: 12, md: 6 })).toEqual({
      classes: ['skjema-span-md'],
      properties: { '--skjema-span-md': '6' },
    });
    expect(itemColumns({ md: 6, lg: 6 })).toEqual(itemColumns({ md: 6 }));
    expect(itemColumns({ xs: 6, sm: 4, md: 4, xl: 3 })).toEqual({
      classes: ['skjema-span-xs', 'skjema-span-sm', 'skjema-span-xl'],
      properties: { '--skjema-span-xs': '6', '--skjema-span-sm': '4', '--skjema-span-xl': '3' },
    });
  });

  it('marks auto with a class of its own, and a later full width undoes it', () => {
    expect(itemColumns({ xs: 'auto', md: 12 })).toEqual({
      classes: ['skjema-span-xs-auto', 'skjema-span-md'],
      properties: { '--skjema-span-md': '12' },
    });
  });

  it('writes nothing for the full width', () => {
    expect(itemColumns({ xs: 12 })).toEqual({ classes: [], properties: {} });
    expect(itemColumns(undefined)).toEqual({ classes: [], properties: {} });
  });
});

describe('splitColumns', () => {
  it('puts label and input side by side when they fit in 12 columns', () => {
    expect(splitColumns(4, 8)).toEqual({ label: '1 / span 4', inner: '5 / span 8', innerRows: 'span 2' });
    expect(splitColumns(6, 6)).toEqual({ label: '1 / span 6', inner: '7 / span 6', innerRows: 'span 2' });
    expect(splitColumns(3, 6)).toEqual({ label: '1 / span 3', inner: '4 / span 6', innerRows: 'span 2' });
  });

  it('stacks them when they do not, the input starting under the label', () => {
    expect(splitColumns(12, 12)).toEqual({ label: '1 / span 12', inner: '1 / span 12', innerRows: 'auto' });
    expect(splitColumns(12, 6)).toEqual({ label: '1 / span 12', inner: '1 / span 6', innerRows: 'auto' });
    expect(splitColumns(6, 8)).toEqual({ label: '1 / span 6', inner: '1 / span 8', innerRows: 'auto' });
  });

  it('gives auto what the other part leaves', () => {
    expect(splitColumns('auto', 8)).toEqual({ label: '1 / span 4', inner: '5 / span 8', innerRows: 'span 2' });
    expect(splitColumns(3, 'auto')).toEqual({ label: '1 / span 3', inner: '4 / span 9', innerRows: 'span 2' });
    expect(splitColumns('auto', 12)).toEqual({ label: '1 / span 12', inner: '1 / span 12', innerRows: 'auto' });
    expect(splitColumns('auto', 'auto')).toEqual({ label: '1 / span 12', inner: '1 / span 12', innerRows: 'auto' });
  });
});

describe('fieldSplit', () => {
  it('writes the xs placement always and each later one where it changes', () => {
    expect(fieldSplit({ labelGrid: { md: 6 }, innerGrid: { md: 6 } })).toEqual({
      classes: ['skjema-split', 'skjema-split-md'],
      properties: {
        '--skjema-label-xs': '1 / span 12',
        '--skjema-inner-xs': '1 / span 12',
        '--skjema-inner-rows-xs': 'auto',
        '--skjema-label-md': '1 / span 6',
        '--skjema-inner-md': '7 / span 6',
        '--skjema-inner-rows-md': 'span 2',
      },
    });
    expect(fieldSplit({ innerGrid: { xs: 6 } })).toEqual({
      classes: ['skjema-split'],
      properties: {
        '--skjema-label-xs': '1 / span 12',
        '--skjema-inner-xs': '1 / span 6',
        '--skjema-inner-rows-xs': 'auto',
      },
    });
  });

  it('writes nothing without labelGrid or innerGrid', () => {
    expect(fieldSplit({ md: 6 })).toEqual({ classes: [], properties: {} });
    expect(fieldSplit(undefined)).toEqual({ classes: [], properties: {} });
  });
});

describe('gridAttributes', () => {
  it('joins the width and the split into the wrapper class and style', () => {
    expect(gridAttributes({ xs: 12, md: 6, innerGrid: { sm: 6 } }, true)).toEqual({
      className: ' skjema-span-md skjema-split skjema-split-sm',
      style: {
        '--skjema-span-md': '6',
        '--skjema-label-xs': '1 / span 12',
        '--skjema-inner-xs': '1 / span 12',
        '--skjema-inner-rows-xs': 'auto',
        '--skjema-label-sm': '1 / span 12',
        '--skjema-inner-sm': '1 / span 6',
        '--skjema-inner-rows-sm': 'auto',
      },
    });
  });

  it('leaves the label and inner grids out for what is not a field, and adds nothing without a grid', () => {
    expect(gridAttributes({ md: 6, labelGrid: { md: 4 } }, false)).toEqual({
      className: ' skjema-span-md',
      style: { '--skjema-span-md': '6' },
    });
    expect(gridAttributes(undefined, true)).toEqual({ className: '' });
  });

  it('tells whether any component is narrower than the full width somewhere', () => {
    expect(usesColumns([{ id: 'a' }, { id: 'b', grid: { md: 6 } }])).toBe(true);
    expect(usesColumns([{ id: 'a', grid: { xs: 12, innerGrid: { md: 6 } } }])).toBe(false);
  });
});

describe('grid.css', () => {
  it('starts each breakpoint at the width BREAKPOINT_MIN_WIDTH gives', () => {
    // Read from disk: the dom project stubs CSS imports, `?raw` ones included.
    const gridCss = readFileSync(join(import.meta.dirname, '../../../src/react/responsiveGrid/grid.css'), 'utf8');
    const widths = [...gridCss.matchAll(/@media \(min-width: (\d+)px\) \{\s*\.skjema-columns > \.skjema-span-(\w+) /g)];
    expect(Object.fromEntries(widths.map(([, width, breakpoint]) => [breakpoint, Number(width)]))).toEqual({
      sm: BREAKPOINT_MIN_WIDTH.sm,
      md: BREAKPOINT_MIN_WIDTH.md,
      lg: BREAKPOINT_MIN_WIDTH.lg,
      xl: BREAKPOINT_MIN_WIDTH.xl,
    });
  });
});

describe('the grid in a rendered form', () => {
  const texts = { nb: nb({ 'a.title': 'Fornavn', 'b.title': 'Etternavn', 'g.title': 'Kontakt' }) };
  const input = (id: string, grid?: unknown) => ({
    id,
    type: 'Input',
    dataModelBindings: { simpleBinding: `person.${id}` },
    textResourceBindings: { title: `${id}.title` },
    ...(grid !== undefined && { grid }),
  });

  it('gives the page columns and each component its classes and spans', async () => {
    const { container, findByRole } = renderForm(
      [input('a', { xs: 12, md: 6, labelGrid: { md: 4 }, innerGrid: { md: 8 } }), input('b', { md: 6 })],
      { texts },
    );
    await findByRole('textbox', { name: 'Fornavn' });
    const columns = container.querySelector('.skjema-page > .skjema-columns');
    expect(columns?.children).toHaveLength(2);
    const first = container.querySelector<HTMLElement>('[data-componentid="a"]')!;
    expect(first).toHaveClass('skjema-component', 'skjema-span-md', 'skjema-split', 'skjema-split-md');
    expect(first.style.getPropertyValue('--skjema-span-md')).toBe('6');
    expect(first.style.getPropertyValue('--skjema-label-md')).toBe('1 / span 4');
    expect(first.style.getPropertyValue('--skjema-inner-md')).toBe('5 / span 8');
  });

  it('leaves pages and groups without narrow components as they were', async () => {
    const { container, findByRole } = renderForm(
      [{ id: 'g', type: 'Group', textResourceBindings: { title: 'g.title' }, children: ['a'] }, input('a')],
      { texts },
    );
    await findByRole('textbox', { name: 'Fornavn' });
    expect(container.querySelector('.skjema-columns')).toBeNull();
    expect(container.querySelector('[data-componentid="a"]')?.getAttribute('class')).toBe('skjema-component');
    expect(container.querySelector('[data-componentid="a"]')?.hasAttribute('style')).toBe(false);
  });

  it('flows a group’s children in columns of their own', async () => {
    const { container, findByRole } = renderForm(
      [
        { id: 'g', type: 'Group', textResourceBindings: { title: 'g.title' }, children: ['a', 'b'] },
        input('a', { sm: 6 }),
        input('b', { sm: 6 }),
      ],
      { texts },
    );
    await findByRole('textbox', { name: 'Etternavn' });
    const group = container.querySelector('#g')!;
    expect(
      [...group.querySelectorAll('.skjema-columns > [data-componentid]')].map(
        (node) => node.id || node.getAttribute('data-componentid'),
      ),
    ).toEqual(['a', 'b']);
    expect(container.querySelector('.skjema-page > .skjema-columns')).toBeNull();
  });
});
