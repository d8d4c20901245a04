import { expect, it } from 'vitest';
import type { LayoutNode } from '../../../src/core/index.ts';
import { input, layoutSet, setup } from './helpers.ts';
import { describeSchemaBackends } from '../../support/schemaBackends.ts';

describeSchemaBackends('required validation', () => {
  it('names the field by shortName, then title, then a generic name, lower-casing the first letter', () => {
    const set = layoutSet(
      {
        one: [
          input('a', 'a', { required: true, textResourceBindings: { title: 'a.title', shortName: 'a.short' } }),
          input('b', 'b', { required: true, textResourceBindings: { title: 'b.title' } }),
          input('c', 'c', { required: true, textResourceBindings: {} }),
          input('d', 'd', { required: true, textResourceBindings: { title: 'x', requiredValidation: 'd.required' } }),
        ],
      },
      {
        texts: {
          nb: [
            { id: 'a.short', value: 'Fornavn' },
            { id: 'b.title', value: 'Etternavn' },
            { id: 'd.required', value: 'Fyll inn D' },
          ],
        },
      },
    );
    const form = setup(set);
    const message = (id: string) => form.validator.message(form.validator.allIssuesFor(id)[0]);
    expect(message('a')).toBe('Du må fylle ut fornavn');
    expect(message('b')).toBe('Du må fylle ut etternavn');
    expect(message('c')).toBe('Du må fylle ut dette feltet');
    expect(message('d')).toBe('Fyll inn D');
    expect(form.validator.message(form.validator.allIssuesFor('c')[0], 'en')).toBe('You must fill in this field');
  });

  it('follows a required expression, and leaves hidden and renderAsSummary components alone', () => {
    const set = layoutSet({
      one: [
        input('kind', 'kind'),
        input('phone', 'phone', { required: ['equals', ['dataModel', 'kind'], 'person'] }),
        input('hidden', 'hidden', { required: true, hidden: ['equals', ['dataModel', 'kind'], 'person'] }),
        input('summary', 'summary', { required: true, renderAsSummary: true }),
      ],
    });
    const form = setup(set);
    expect(form.codes('phone')).toEqual([]);
    expect(form.codes('hidden')).toEqual(['required:form_filler.error_required']);
    expect(form.codes('summary')).toEqual([]);
    form.type('kind', 'person');
    expect(form.codes('phone')).toEqual(['required:form_filler.error_required']);
    expect(form.codes('hidden')).toEqual([]);
    form.type('phone', '12345678');
    expect(form.codes('phone')).toEqual([]);
  });

  it('checks every binding of a multi-binding component, but only simpleBinding of options components', () => {
    const set = layoutSet({
      one: [
        {
          id: 'addr',
          type: 'Address',
          required: true,
          dataModelBindings: { address: 'a.street', zipCode: 'a.zip', postPlace: 'a.place' },
        },
        {
          id: 'pick',
          type: 'Dropdown',
          required: true,
          dataModelBindings: { simpleBinding: 'p.value', label: 'p.label' },
        },
      ],
    });
    const form = setup(set, { a: { street: 'Gate 1' } });
    expect(form.validator.allIssuesFor('addr').map((issue) => issue.bindingKey)).toEqual(['zipCode', 'postPlace']);
    expect(form.validator.allIssuesFor('addr')[0].params).toEqual(['form_filler.zipCode']);
    expect(form.validator.message(form.validator.allIssuesFor('addr')[0])).toBe('Du må fylle ut postnummer');
    expect(form.validator.allIssuesFor('pick').map((issue) => issue.bindingKey)).toEqual(['simpleBinding']);
  });
});

describeSchemaBackends('required on Likert and List', () => {
  it('checks each Likert row, not the container, and a List as one choice', () => {
    const set = layoutSet({
      one: [
        {
          id: 'likert',
          type: 'Likert',
          required: true,
          dataModelBindings: { questions: 'qs', answer: 'qs.answer' },
          optionsId: 'scale',
          textResourceBindings: { title: 'Spørsmål' },
        },
        {
          id: 'list',
          type: 'List',
          required: true,
          dataModelBindings: { name: 'chosen.name', profession: 'chosen.profession' },
          textResourceBindings: { title: 'Hvem' },
        },
      ],
    });
    const form = setup(set, { qs: [{ answer: '1' }, {}] });
    expect(form.codes('likert')).toEqual([]);
    expect(form.validator.allIssues().map((issue) => `${issue.nodeId}:${issue.bindingKey}`)).toEqual([
      expect.stringMatching(/-1:simpleBinding$/),
      'list:name',
    ]);
    expect(form.validator.message(form.validator.allIssuesFor('list')[0])).toBe('Du må fylle ut hvem');
    form.type('chosen.profession', 'Snekker');
    expect(form.codes('list')).toEqual([]);
  });
});

describeSchemaBackends('component rules', () => {
  it('Input maxLength, shown on change, instead of an equal schema maxLength', () => {
    const set = layoutSet(
      { one: [input('name', 'name', { maxLength: 3 })] },
      { dataModelSchemas: { model: { type: 'object', properties: { name: { type: 'string', maxLength: 3 } } } } },
    );
    const form = setup(set);
    form.type('name', 'abcd');
    expect(form.visible('name')).toEqual(['component:validation_errors.maxLength']);
  });

  it('Datepicker: invalid date, before minDate, after maxDate', () => {
    const set = layoutSet({
      one: [
        {
          id: 'd',
          type: 'Datepicker',
          dataModelBindings: { simpleBinding: 'd' },
          minDate: '2020-01-01',
          maxDate: 'today',
        },
      ],
    });
    const form = setup(set);
    form.type('d', '2021-02-30');
    expect(form.codes('d')).toEqual(['component:date_picker.invalid_date_message']);
    form.type('d', '2019-12-31');
    expect(form.codes('d')).toEqual(['component:date_picker.min_date_exeeded']);
    form.type('d', '2999-01-01T00:00:00Z');
    expect(form.codes('d')).toEqual(['component:date_picker.max_date_exeeded']);
    form.type('d', '2020-06-01');
    expect(form.codes('d')).toEqual([]);
  });

  it('TimePicker: invalid time, before minTime, after maxTime', () => {
    const set = layoutSet({
      one: [
        { id: 't', type: 'TimePicker', dataModelBindings: { simpleBinding: 't' }, minTime: '08:00', maxTime: '16:30' },
      ],
    });
    const form = setup(set);
    form.type('t', '25:00');
    expect(form.codes('t')).toEqual(['component:time_picker.invalid_time_message']);
    form.type('t', '07:59');
    expect(form.codes('t')).toEqual(['component:time_picker.min_time_exceeded']);
    expect(form.validator.message(form.validator.allIssuesFor('t')[0], 'en')).toBe(
      'The time is before the earliest allowed time, 08:00',
    );
    form.type('t', '16:31:00');
    expect(form.codes('t')).toEqual(['component:time_picker.max_time_exceeded']);
    form.type('t', '12:00');
    expect(form.codes('t')).toEqual([]);
  });

  it('RepeatingGroup minCount and maxCount follow the rows', () => {
    const set = layoutSet({
      one: [
        {
          id: 'g',
          type: 'RepeatingGroup',
          dataModelBindings: { group: 'g' },
          children: ['v'],
          minCount: 1,
          maxCount: 2,
        },
        input('v', 'g.v'),
      ],
    });
    const form = setup(set);
    expect(form.codes('g')).toEqual(['component:validation_errors.minItems']);
    form.engine.data.model().set('g', [{ v: 1 }, { v: 2 }, { v: 3 }]);
    expect(form.codes('g')).toEqual(['component:validation_errors.maxItems']);
    form.engine.data.model().set('g', [{ v: 1 }]);
    expect(form.codes('g')).toEqual([]);
  });

  it('FileUpload attachment counts come from the host and are re-read on request', () => {
    const counts: Record<string, number> = { files: 0 };
    const set = layoutSet({
      one: [
        {
          id: 'files',
          type: 'FileUpload',
          minNumberOfAttachments: 1,
          maxNumberOfAttachments: 2,
          maxFileSizeInMB: 5,
          displayMode: 'list',
        },
      ],
    });
    const form = setup(set, {}, { attachmentsCount: (node: LayoutNode) => counts[node.id] ?? 0 });
    expect(form.codes('files')).toEqual(['component:form_filler.file_uploader_validation_error_file_number']);
    counts.files = 3;
    form.validator.refreshAttachments('files');
    expect(form.codes('files')).toEqual(['component:form_filler.file_uploader_validation_error_exceeds_max_files']);
    counts.files = 2;
    form.validator.refreshAttachments();
    expect(form.codes('files')).toEqual([]);
  });
});
