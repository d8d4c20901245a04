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

  // Collecting every error of a nested expression tries every branch of the expression schema at
  // every level: three levels took over ten minutes. Each expression is one finding instead.
  it('reports a wrong expression once, at its pointer, however deep the mistake', async () => {
    const checker = await altinnSchemaChecker();
    const hidden = ['and', ['equals', ['count', ['list', 1, 2]], 2], true];
    const title = ['concat', 'a', ['dataModell', 'x', 1]];
    const value = ['concat', 'Sum: ', ['dataModel', 'total']];
    const layout = {
      data: {
        layout: [
          input('total', { hidden, colour: 'red', textResourceBindings: { title } }),
          { id: 'sum', type: 'Text', value },
        ],
      },
    };
    const found = checker.check('layout', layout, 'p.json').map(({ severity, pointer }) => [severity, pointer]);
    expect(found).toEqual([
      ['warning', '/data/layout/0/colour'],
      ['error', '/data/layout/0/hidden'],
      ['error', '/data/layout/0/textResourceBindings/title'],
    ]);
    const validation = {
      validations: { 'person.name': [{ message: 'x', condition: ['not', ['equals', ['dataModell', 'a'], 1]] }] },
    };
    const inValidation = checker.check('validation', validation, 'App/models/model.validation.json');
    expect(inValidation.map(({ severity, pointer }) => [severity, pointer])).toEqual([
      ['error', '/validations/person.name/0/condition'],
    ]);
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

  it('knows what the runtime reads beyond the published schema, and checks its values', async () => {
    const checker = await altinnSchemaChecker();
    const metadata = {
      id: 'org/app',
      org: 'org',
      title: { nb: 'App' },
      partyTypesAllowed: { person: true, organisation: false, subUnit: false, bankruptcyEstate: false },
      promptForParty: 'always',
      features: { jsonObjectInDataResponse: true },
      altinnNugetVersion: '8.12.7.300',
      externalApiIds: ['weather'],
      storageAccountNumber: 2,
      messageBoxConfig: {
        hideSettings: { hideAlways: false, hideOnTask: ['Task_1'] },
        syncAdapterSettings: { disableSync: false },
      },
      dataTypes: [{ id: 'attachments', allowedContributors: ['org:tdd'] }],
    };
    const file = 'App/config/applicationmetadata.json';
    expect(checker.check('applicationMetadata', metadata, file)).toEqual([]);
    const wrong = checker.check('applicationMetadata', { ...metadata, promptForParty: 'sometimes' }, file);
    expect(wrong.map(({ pointer, message }) => [pointer, message.split(':')[0]])).toEqual([
      ['/promptForParty', 'Must be one of "always", "never"'],
    ]);
  });

  it('says that a property nothing reads has no effect, and which read name it is close to', async () => {
    const checker = await altinnSchemaChecker();
    const metadata = {
      id: 'org/app',
      org: 'org',
      title: { nb: 'App' },
      partyTypesAllowed: {},
      dataTypes: [{ id: 'model', appLogic: { classRef: 'M', allowUserCreate: false, allowInSubform: false } }],
    };
    const found = checker
      .check('applicationMetadata', metadata, 'App/config/applicationmetadata.json')
      .map(({ severity, pointer, message }) => ({ severity, pointer, message }));
    expect(found).toEqual([
      {
        severity: 'warning',
        pointer: '/dataTypes/0/appLogic/allowUserCreate',
        message:
          'Unknown property "allowUserCreate": nothing in the Altinn runtime reads it, so it has no effect. Did you mean "disallowUserCreate", which says the opposite?',
      },
      {
        severity: 'warning',
        pointer: '/dataTypes/0/appLogic/allowInSubform',
        message: 'Unknown property "allowInSubform": nothing in the Altinn runtime reads it, so it has no effect',
      },
    ]);
    const layout = { data: { layout: [input('name', { textResourceBinding: { title: 'x' }, colour: 'red' })] } };
    expect(checker.check('layout', layout, 'p.json').map(({ pointer, message }) => [pointer, message])).toEqual([
      [
        '/data/layout/0/textResourceBinding',
        'Unknown property "textResourceBinding": ignored by skjema and by the reference frontend. Did you mean "textResourceBindings"?',
      ],
      ['/data/layout/0/colour', 'Unknown property "colour": ignored by skjema and by the reference frontend'],
    ]);
  });

  // Same $ids, other content: v9 apps are checked against v9's expression schema and its
  // generated schemas' differences, v8 apps against v8's.
  it('checks v8 files against the v8 schemas and v9 files against the v9 ones', async () => {
    const [v8, v9] = await Promise.all([altinnSchemaChecker('v8'), altinnSchemaChecker('v9')]);
    // Kept shallow: a nested expression v8's schema rejects makes its detailed check try every branch.
    const counted = input('total', { hidden: ['equals', ['list'], 2], grid: { xs: 12, xl: 6 } });
    const layout = { data: { layout: [counted] } };
    const findings = (checker: typeof v8) =>
      checker.check('layout', layout, 'p.json').map(({ severity, pointer }) => [severity, pointer]);
    const inV8 = findings(v8);
    expect(inV8.length).toBeGreaterThan(0);
    expect(
      inV8.every(([severity, pointer]) => severity === 'error' && pointer?.startsWith('/data/layout/0/hidden')),
    ).toBe(true);
    expect(findings(v9)).toEqual([['warning', '/data/layout/0/grid/xl']]);

    const folderSettings = { defaultDataType: 'model', pages: { order: ['p'] } };
    expect(v9.check('layoutSettings', folderSettings, 'App/ui/Task_1/Settings.json')).toEqual([]);
    expect(v8.check('layoutSettings', folderSettings, 'App/ui/form/Settings.json')).toEqual([
      expect.objectContaining({ pointer: '/defaultDataType', message: expect.stringContaining('Unknown property') }),
    ]);
  });
});

describe('the Altinn schema checker on a nested expression whose name is not a name (issue 12, found by the fuzz run)', () => {
  it('reports it once, at its pointer, instead of trying every branch of every level', async () => {
    const checker = await altinnSchemaChecker();
    let required: unknown = ['dataModel', 'person.a'];
    for (let level = 0; level < 40; level++) required = ['not', required];
    const layout = { data: { layout: [input('name', { required: ['Ω', required] })] } };
    const diagnostics = checker.check('layout', layout, 'App/ui/form/layouts/p.json');
    expect(diagnostics.map(({ pointer, componentId }) => ({ pointer, componentId }))).toEqual([
      { pointer: '/data/layout/0/required', componentId: 'name' },
    ]);
  });
});
