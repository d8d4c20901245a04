import { expect, it } from 'vitest';
import type { LoadedLayoutSet, RawComponent } from '../../../src/core/index.ts';
import { input, layoutSet, setup } from './helpers.ts';
import { describeSchemaBackends } from '../../support/schemaBackends.ts';

const schema = { type: 'object', properties: { n1: { type: 'string', minLength: 3 } } };

/** Three pages, each with a required field; page one also has a schema rule. */
function threePages(extra: Partial<LoadedLayoutSet> = {}) {
  return layoutSet(
    {
      one: [input('f1', 'f1', { required: true }), input('n1', 'n1')],
      two: [input('f2', 'f2', { required: true })],
      three: [input('f3', 'f3', { required: true })],
    },
    { dataModelSchemas: { model: schema }, ...extra },
  );
}

const ids = (issues: readonly { nodeId: string }[]) => issues.map((issue) => issue.nodeId);

describeSchemaBackends('visibility and triggers', () => {
  it('hides required errors until a trigger, shows other categories on change', () => {
    const f = setup(threePages(), { n1: 'ab' });
    expect(f.codes('f1')).toEqual(['required:form_filler.error_required']);
    expect(f.visible('f1')).toEqual([]);
    expect(f.visible('n1')).toEqual(['schema:validation_errors.minLength']);
  });

  it('validateOnNext with page "current" checks and blocks on the current page only', () => {
    const f = setup(threePages());
    const outcome = f.validator.validateOnNavigation({
      from: 'two',
      direction: 'next',
      buttonConfig: { page: 'current', show: ['Required'] },
    });
    expect(outcome.ok).toBe(false);
    expect(ids(outcome.blocking)).toEqual(['f2']);
    expect(outcome.blocking[0].page).toBe('two');
    expect(f.visible('f2')).toEqual(['required:form_filler.error_required']);
    expect(f.visible('f1')).toEqual([]);
  });

  it('"currentAndPrevious" blocks on earlier pages too; "all" shows later pages without blocking on them', () => {
    const f = setup(threePages());
    const back = f.validator.validateOnNavigation({
      from: 'two',
      direction: 'next',
      buttonConfig: { page: 'currentAndPrevious', show: ['All'] },
    });
    expect(ids(back.blocking)).toEqual(['f1', 'f2']);
    expect(f.visible('f3')).toEqual([]);

    const g = setup(threePages(), { f1: 'x', f2: 'y' });
    const all = g.validator.validateOnNavigation({
      from: 'two',
      direction: 'next',
      buttonConfig: { page: 'all', show: ['Required'] },
    });
    expect(all.ok).toBe(true);
    expect(g.visible('f3')).toEqual(['required:form_filler.error_required']);
  });

  it('validateOnPrevious uses the button config; a mask without the category neither shows nor blocks', () => {
    const f = setup(threePages());
    expect(f.validator.validateOnNavigation({ from: 'two', direction: 'previous' }).ok).toBe(true);
    const schemaOnly = f.validator.validateOnNavigation({
      from: 'two',
      direction: 'previous',
      buttonConfig: { page: 'current', show: ['Schema'] },
    });
    expect(schemaOnly.ok).toBe(true);
    expect(f.visible('f2')).toEqual([]);
    const required = f.validator.validateOnNavigation({
      from: 'two',
      direction: 'previous',
      buttonConfig: { page: 'current', show: ['Required'] },
    });
    expect(ids(required.blocking)).toEqual(['f2']);
  });

  it('page and Settings validationOnNavigation override the button, for forward navigation only', () => {
    const set = threePages({
      settings: {
        pages: { order: ['one', 'two', 'three'], validationOnNavigation: { page: 'current', show: ['All'] } },
      },
    });
    (set.layouts.three.data as Record<string, unknown>).validationOnNavigation = {
      page: 'currentAndPrevious',
      show: ['Required'],
    };
    const f = setup(set);
    expect(ids(f.validator.validateOnNavigation({ from: 'one', direction: 'next' }).blocking)).toEqual(['f1']);
    expect(ids(f.validator.validateOnNavigation({ from: 'three', direction: 'next' }).blocking)).toEqual([
      'f1',
      'f2',
      'f3',
    ]);
    // Backwards, the settings do not apply; without a button config nothing is checked.
    expect(f.validator.validateOnNavigation({ from: 'three', direction: 'previous' }).ok).toBe(true);
  });

  it('submit shows everything and lists blocking errors in page order; warnings never block', () => {
    const set = threePages({
      validationConfigs: {
        model: { validations: { f3: [{ message: 'soft', condition: true, severity: 'warning' }] } },
      },
    });
    const f = setup(set, { f3: 'x', n1: 'ab' });
    const outcome = f.validator.validateAll();
    expect(ids(outcome.blocking)).toEqual(['f1', 'n1', 'f2']);
    expect(f.validator.visibleIssues().map((issue) => `${issue.nodeId}:${issue.severity}`)).toEqual([
      'f1:error',
      'n1:error',
      'f2:error',
      'f3:warning',
    ]);
    f.type('f1', 'a');
    f.type('f2', 'b');
    f.type('n1', 'abc');
    expect(f.validator.validateAll()).toEqual({ ok: true, blocking: [] });
  });

  it('a field fixed and then broken again stays quiet until the next trigger', () => {
    const f = setup(threePages());
    f.validator.validateAll();
    expect(f.visible('f1')).toEqual(['required:form_filler.error_required']);
    f.type('f1', 'fixed');
    expect(f.visible('f1')).toEqual([]);
    f.type('f1', '');
    expect(f.codes('f1')).toEqual(['required:form_filler.error_required']);
    expect(f.visible('f1')).toEqual([]);
    f.validator.validateAll();
    expect(f.visible('f1')).toEqual(['required:form_filler.error_required']);
  });

  it('showValidations sets the initial mask; show() raises it by hand', () => {
    const set = layoutSet({
      one: [
        input('eager', 'eager', { required: true, showValidations: ['Required'] }),
        input('quiet', 'quiet', { maxLength: 1, showValidations: ['Required'] }),
        input('plain', 'plain', { required: true }),
      ],
    });
    const f = setup(set, { quiet: 'long' });
    expect(f.visible('eager')).toEqual(['required:form_filler.error_required']);
    expect(f.codes('quiet')).toEqual(['component:validation_errors.maxLength']);
    expect(f.visible('quiet')).toEqual([]);
    f.validator.show(['Component'], ['quiet']);
    expect(f.visible('quiet')).toEqual(['component:validation_errors.maxLength']);
    expect(f.visible('plain')).toEqual([]);
  });

  it('saving a repeating-group row checks that row with validateOnSaveRow', () => {
    const components: RawComponent[] = [
      {
        id: 'g',
        type: 'RepeatingGroup',
        dataModelBindings: { group: 'g' },
        children: ['v'],
        validateOnSaveRow: ['All'],
      },
      input('v', 'g.v', { required: true }),
    ];
    const f = setup(layoutSet({ one: components }), { g: [{ v: 'ok' }, {}, {}] });
    const outcome = f.validator.validateRow('g', 1);
    expect(ids(outcome.blocking)).toEqual(['v-1']);
    expect(f.visible('v-1')).toEqual(['required:form_filler.error_required']);
    expect(f.visible('v-2')).toEqual([]);
    expect(f.validator.validateRow('g', 0).ok).toBe(true);
    // Without validateOnSaveRow (and no mask given) saving a row checks nothing.
    expect(f.validator.validateRow('g', 2, []).ok).toBe(true);
  });

  it('ignores hidden components for blocking', () => {
    const set = layoutSet({
      one: [input('a', 'a', { required: true, hidden: true }), input('b', 'b', { required: true })],
    });
    const f = setup(set);
    expect(ids(f.validator.validateAll().blocking)).toEqual(['b']);
  });
});
