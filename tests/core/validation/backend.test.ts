import { describe, expect, it } from 'vitest';
import type { BackendValidationIssue } from '../../../src/core/index.ts';
import { input, layoutSet, setup } from './helpers.ts';

const issue = (overrides: Partial<BackendValidationIssue>): BackendValidationIssue => ({
  severity: 1,
  source: 'MyValidator',
  field: 'age',
  code: 'TooHigh',
  ...overrides,
});

function form(backendIssues: BackendValidationIssue[] = []) {
  const set = layoutSet(
    { one: [input('age', 'age'), input('name', 'name')] },
    {
      texts: {
        nb: [
          {
            id: 'age.too.high',
            value: 'Alder over {0}',
            variables: [{ key: 'max', dataSource: 'customTextParameters' }],
          },
        ],
      },
    },
  );
  return setup(set, {}, { backendIssues });
}

describe('backend issues', () => {
  it('maps numeric severities and drops "fixed"', () => {
    const f = form([
      issue({ severity: 1, code: 'a' }),
      issue({ severity: 2, code: 'b' }),
      issue({ severity: 3, code: 'c' }),
      issue({ severity: 4, code: 'd' }),
      issue({ severity: 5, code: 'e' }),
    ]);
    expect(f.validator.allIssuesFor('age').map((i) => [i.severity, i.textKey])).toEqual([
      ['error', 'MyValidator.a'],
      ['warning', 'MyValidator.b'],
      ['info', 'MyValidator.c'],
      ['success', 'MyValidator.e'],
    ]);
  });

  it('takes the message from customTextKey with parameters, then description, then source.code', () => {
    const f = form([
      issue({ customTextKey: 'age.too.high', customTextParameters: { max: '120' } }),
      issue({ field: 'name', description: 'Navnet er opptatt' }),
    ]);
    const [age] = f.validator.allIssuesFor('age');
    expect(f.validator.message(age)).toBe('Alder over 120');
    expect(f.validator.message(f.validator.allIssuesFor('name')[0])).toBe('Navnet er opptatt');
  });

  it('categorises: custom on change, standard validators only when asked, showImmediately and actLikeRequired', () => {
    const f = form([
      issue({ code: 'custom' }),
      issue({ source: 'DataAnnotations', code: 'std' }),
      issue({ field: 'name', code: 'now', showImmediately: true, source: 'Other' }),
      issue({ field: 'name', code: 'req', actLikeRequired: true, source: 'Third' }),
    ]);
    expect(f.validator.allIssuesFor('age').map((i) => [i.backendSource, i.category])).toEqual([
      ['MyValidator', 8],
      ['DataAnnotations', 1 << 15],
    ]);
    expect(f.visible('age')).toEqual(['backend:MyValidator.custom']);
    expect(f.visible('name')).toEqual(['backend:Other.now']);
    f.validator.validateAll();
    expect(f.visible('age')).toEqual(['backend:MyValidator.custom']);
    expect(f.visible('name')).toEqual(['backend:Other.now', 'backend:Third.req']);
    f.validator.validateAll({ includeBackend: true });
    expect(f.visible('age')).toEqual(['backend:MyValidator.custom', 'backend:DataAnnotations.std']);
  });

  it('replaces a whole group per source, and keeps the other groups', () => {
    const f = form([issue({ code: 'one' }), issue({ source: 'Other', code: 'two' })]);
    expect(f.codes('age')).toEqual(['backend:MyValidator.one', 'backend:Other.two']);
    f.validator.setBackendIssues('MyValidator', [issue({ field: 'name', code: 'moved' })]);
    expect(f.codes('age')).toEqual(['backend:Other.two']);
    expect(f.codes('name')).toEqual(['backend:MyValidator.moved']);
    f.validator.setBackendIssues('Other', []);
    expect(f.codes('age')).toEqual([]);
    f.validator.replaceBackendIssues([issue({ source: 'Third', code: 'x' })]);
    expect(f.codes('name')).toEqual([]);
    expect(f.codes('age')).toEqual(['backend:Third.x']);
  });

  it('keeps issues without a field as task-level, and lists issues on unbound fields apart', () => {
    const f = form([issue({ field: null, code: 'task' }), issue({ field: 'nowhere', code: 'lost' })]);
    expect(f.validator.taskIssues().map((i) => i.textKey)).toEqual(['MyValidator.task']);
    expect(f.validator.unboundIssues().map((i) => i.textKey)).toEqual(['MyValidator.lost']);
    expect(f.validator.allIssues()).toEqual([]);
  });
});
