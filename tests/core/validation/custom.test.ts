import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import {
  validateForm,
  type ComponentValidator,
  type ComponentValidatorInput,
} from '../../../src/core/validation/index.ts';
import { input, layoutSet, setup } from './helpers.ts';

/** Mod-11 checksum of a Norwegian organisation number. */
function validOrgNumber(text: string): boolean {
  if (!/^\d{9}$/.test(text)) return false;
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(text[i]), 0);
  const control = (11 - (sum % 11)) % 11;
  return control !== 10 && control === Number(text[8]);
}

function counting(validate: ComponentValidator) {
  const calls: string[] = [];
  const counted: ComponentValidator = (input) => {
    calls.push(input.node.id);
    return validate(input);
  };
  return { calls, validate: counted };
}

const orgNumber: ComponentValidator = ({ value }) =>
  value === undefined || validOrgNumber(String(value)) ? [] : [{ textKey: 'org.invalid', params: [String(value)] }];

const org = (id: string, field: string, extra: Partial<RawComponent> = {}): RawComponent => ({
  id,
  type: 'OrgNumberInput',
  dataModelBindings: { simpleBinding: field },
  ...extra,
});

describe('component validators from the host', () => {
  it('reports, blocks submit and clears like a built-in component rule', () => {
    const set = layoutSet(
      { one: [org('org', 'orgNumber')] },
      { texts: { nb: [{ id: 'org.invalid', value: '{0} er ikke et gyldig organisasjonsnummer' }] } },
    );
    // Types are matched case-insensitively, as the renderer matches them.
    const form = setup(set, {}, { componentValidators: { orgnumberinput: orgNumber } });
    expect(form.codes('org')).toEqual([]);

    form.type('orgNumber', '987654320');
    expect(form.visible('org')).toEqual(['custom:org.invalid']);
    const [issue] = form.validator.issuesFor('org');
    expect(issue).toMatchObject({ severity: 'error', bindingKey: 'simpleBinding', field: 'orgNumber' });
    expect(form.validator.message(issue)).toBe('987654320 er ikke et gyldig organisasjonsnummer');
    expect(form.validator.validateAll().ok).toBe(false);

    form.type('orgNumber', '987654325');
    expect(form.codes('org')).toEqual([]);
    expect(form.validator.validateAll().ok).toBe(true);
  });

  it('gives soft issues their severity, built-in text keys and plain text', () => {
    const set = layoutSet({ one: [org('org', 'orgNumber')] });
    const form = setup(
      set,
      { orgNumber: 'x' },
      {
        componentValidators: {
          OrgNumberInput: () => [
            { severity: 'warning', text: 'Sjekk nummeret' },
            { severity: 'info', textKey: 'validation_errors.minLength', params: [9] },
          ],
        },
      },
    );
    const issues = form.validator.issuesFor('org');
    expect(issues.map((issue) => [issue.severity, form.validator.message(issue)])).toEqual([
      ['warning', 'Sjekk nummeret'],
      ['info', 'Bruk minst 9 tegn'],
    ]);
    expect(form.validator.validateAll().ok).toBe(true);
  });

  it('is gated by showValidations until submit, like other component issues', () => {
    const set = layoutSet({ one: [org('org', 'orgNumber', { showValidations: ['Required'] })] });
    const form = setup(set, { orgNumber: '123' }, { componentValidators: { OrgNumberInput: orgNumber } });
    expect(form.codes('org')).toEqual(['custom:org.invalid']);
    expect(form.visible('org')).toEqual([]);
    expect(form.validator.validateAll().blocking.map((issue) => issue.nodeId)).toEqual(['org']);
    expect(form.visible('org')).toEqual(['custom:org.invalid']);
  });

  it('passes every bound value, in the node’s row', () => {
    const seen: ComponentValidatorInput['values'][] = [];
    const set = layoutSet({
      one: [
        { id: 'rows', type: 'RepeatingGroup', dataModelBindings: { group: 'rows' }, children: ['pair'] },
        { id: 'pair', type: 'Pair', dataModelBindings: { simpleBinding: 'rows.a', other: 'rows.b' } },
      ],
    });
    setup(
      set,
      { rows: [{ a: 1, b: 2 }] },
      {
        componentValidators: {
          Pair: ({ values }) => {
            seen.push(values);
            return [];
          },
        },
      },
    );
    expect(seen).toEqual([{ simpleBinding: 1, other: 2 }]);
  });

  it('re-runs only the validator of the node whose data changed', () => {
    const { calls, validate } = counting(orgNumber);
    const set = layoutSet({
      one: [
        org('org', 'orgNumber'),
        input('name', 'name'),
        { id: 'rows', type: 'RepeatingGroup', dataModelBindings: { group: 'rows' }, children: ['rowOrg'] },
        org('rowOrg', 'rows.org'),
      ],
    });
    const rows = Array.from({ length: 100 }, (_, i) => ({ altinnRowId: `r${i}`, org: '987654325' }));
    const form = setup(set, { rows }, { componentValidators: { OrgNumberInput: validate } });
    expect(calls).toHaveLength(101);
    const before = form.validator.stats.customRuns;

    calls.length = 0;
    form.type('name', 'Ola');
    expect(calls).toEqual([]);

    form.type('rows[42].org', '123');
    expect(calls).toEqual(['rowOrg-42']);
    expect(form.codes('rowOrg-42')).toEqual(['custom:org.invalid']);
    expect(form.validator.stats.customRuns - before).toBe(1);
  });

  it('re-runs when a property the validator evaluates changes', () => {
    const set = layoutSet({
      one: [input('strict', 'strict'), org('org', 'orgNumber', { strict: ['equals', ['dataModel', 'strict'], 'ja'] })],
    });
    const form = setup(
      set,
      { orgNumber: '123' },
      {
        componentValidators: {
          OrgNumberInput: ({ node }) => (node.evaluate('strict', 'boolean', false) ? [{ text: 'Streng' }] : []),
        },
      },
    );
    expect(form.codes('org')).toEqual([]);
    form.type('strict', 'ja');
    expect(form.codes('org')).toEqual(['custom:Streng']);
  });

  it('does not run on hidden components', () => {
    const { calls, validate } = counting(orgNumber);
    const set = layoutSet({ one: [org('org', 'orgNumber', { hidden: true })] });
    const form = setup(set, { orgNumber: '1' }, { componentValidators: { OrgNumberInput: validate } });
    expect(calls).toEqual([]);
    expect(form.validator.validateAll().ok).toBe(true);
  });

  it('turns a validator that throws into one error naming the component; the rest keeps working', () => {
    const set = layoutSet({
      one: [org('org', 'orgNumber'), input('name', 'name', { required: true })],
    });
    const form = setup(
      set,
      {},
      {
        componentValidators: {
          OrgNumberInput: () => {
            throw new Error('bug in the agency’s code');
          },
        },
      },
    );
    const issues = form.validator.issuesFor('org');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', source: 'custom', nodeId: 'org' });
    expect(form.validator.message(issues[0])).toBe(
      'Kontrollen av komponenten org feilet. Kontakt den som har laget skjemaet.',
    );
    const outcome = form.validator.validateAll();
    expect(outcome.blocking.map((issue) => `${issue.nodeId}:${issue.source}`)).toEqual(['org:custom', 'name:required']);
    form.type('name', 'Ola');
    expect(form.codes('name')).toEqual([]);
  });

  it('reports a validator that returns something other than a list the same way', () => {
    const set = layoutSet({ one: [org('org', 'orgNumber')] });
    const broken = (() => 'not a list') as unknown as ComponentValidator;
    const form = setup(set, {}, { componentValidators: { OrgNumberInput: broken } });
    expect(form.codes('org')).toEqual(['custom:validation.component_check_failed']);
  });

  it('runs in validateForm too, so a server gets what the browser shows', () => {
    const set = layoutSet(
      { one: [org('org', 'orgNumber')] },
      { texts: { nb: [{ id: 'org.invalid', value: 'Ugyldig: {0}' }] } },
    );
    const result = validateForm(set, { orgNumber: '123' }, { componentValidators: { OrgNumberInput: orgNumber } });
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.message)).toEqual(['Ugyldig: 123']);
  });
});
