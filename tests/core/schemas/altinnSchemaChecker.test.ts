import { describe, expect, it } from 'vitest';
import { altinnSchemaChecker } from '../../support/altinnSchemas.ts';

const input = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'Input',
  dataModelBindings: { simpleBinding: `person.${id}` },
  ...extra,
});

describe('the Altinn schema checker', () => {
  it('accepts a valid layout with nested expressions', async () => {
    const checker = await altinnSchemaChecker();
    const hidden = [
      'or',
      ['equals', ['component', 'name-a'], 'x'],
      ['and', ['greaterThan', ['dataModel', 'n'], 3], true],
    ];
    const layout = { data: { layout: [input('name-a'), input('name-b', { hidden, required: ['not', hidden] })] } };
    expect(checker.check('layout', layout, 'App/ui/form/layouts/p.json')).toEqual([]);
  });

  // Invalid files are checked again piece by piece; every error must still come back, at the
  // component's real index and with its id, and errors outside the component list too.
  it('reports every error of an invalid layout at its own pointer', async () => {
    const checker = await altinnSchemaChecker();
    const layout = {
      data: {
        hidden: { when: 'sometimes' },
        layout: [
          input('first', { colour: 'red' }),
          input('fine'),
          input('third', { readOnly: { when: 'yes' }, size: 3 }),
        ],
      },
    };
    const diagnostics = checker.check('layout', layout, 'App/ui/form/layouts/p.json');
    const found = diagnostics.map(({ pointer, componentId }) => ({ pointer, componentId }));
    expect(found).toContainEqual({ pointer: '/data/layout/0/colour', componentId: 'first' });
    expect(found).toContainEqual({ pointer: '/data/layout/2/size', componentId: 'third' });
    expect(found).toContainEqual(
      expect.objectContaining({ pointer: expect.stringMatching(/^\/data\/layout\/2\/readOnly/) }),
    );
    expect(found).toContainEqual(expect.objectContaining({ pointer: expect.stringMatching(/^\/data\/hidden/) }));
    expect(found.some(({ pointer }) => pointer?.startsWith('/data/layout/1'))).toBe(false);
    expect(diagnostics.every((d) => d.file === 'App/ui/form/layouts/p.json')).toBe(true);
  });

  it('reports every error of other files too', async () => {
    const checker = await altinnSchemaChecker();
    const diagnostics = checker.check(
      'layoutSettings',
      { pages: { order: 'first' }, colour: 1 },
      'App/ui/form/Settings.json',
    );
    expect(diagnostics.map((d) => d.pointer)).toEqual(expect.arrayContaining(['/pages/order', '/colour']));
  });

  it('weighs violations by what they cost: ignored or harmless ones are warnings, the rest errors', async () => {
    const checker = await altinnSchemaChecker();
    const layout = {
      data: {
        layout: [
          input('name', { colour: 'red' }),
          input('summary-1'),
          { id: 'count', type: 'Input', dataModelBindings: { simpleBinding: 'n' }, maxLength: 'ten' },
        ],
      },
    };
    const weighed = checker
      .check('layout', layout, 'p.json')
      .map(({ severity, pointer, message }) => [severity, pointer, message.split(':')[0]]);
    expect(weighed).toEqual(
      expect.arrayContaining([
        ['warning', '/data/layout/0/colour', 'Unknown property "colour"'],
        ['warning', '/data/layout/1/id', expect.stringMatching(/^Must match pattern/)],
        ['error', '/data/layout/2/maxLength', 'Must be integer'],
      ]),
    );
    const metadata = checker.check('applicationMetadata', { id: 'org/app' }, 'App/config/applicationmetadata.json');
    expect(metadata.length).toBeGreaterThan(0);
    expect(metadata.every((d) => d.severity === 'warning')).toBe(true);
  });

  // Studio writes `id: ""` into layout-set targets; the union's other branches (page, component)
  // fail on `type` and would bury that one finding under two wrong ones.
  it('reports only the union branch whose discriminator matches', async () => {
    const checker = await altinnSchemaChecker();
    const summary = { id: 'summary-all', type: 'Summary2', target: { type: 'layoutSet', id: '' } };
    const diagnostics = checker.check('layout', { data: { layout: [summary] } }, 'p.json');
    expect(diagnostics.map(({ severity, pointer, message }) => [severity, pointer, message.split(':')[0]])).toEqual([
      ['warning', '/data/layout/0/target/id', 'Unknown property "id"'],
    ]);
  });
});
