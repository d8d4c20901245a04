import { describe, expect, it } from 'vitest';
import type { PageGroup } from '../../../src/core/app/navigationSettings.ts';
import { pageNavigationModel } from '../../../src/core/navigation/pageNavigation.ts';
import { taskSteps } from '../../../src/core/navigation/taskSteps.ts';

const group = (id: string, order: string[], extra: Partial<PageGroup> = {}): PageGroup => ({
  id,
  type: 'default',
  markWhenCompleted: false,
  expandedByDefault: false,
  order,
  ...extra,
});
const none = new Set<string>();

describe('pageNavigationModel', () => {
  const groups = [
    group('intro', ['welcome'], { type: 'info' }),
    group('applicant', ['name', 'address', 'contact'], { name: 'g.applicant', markWhenCompleted: true }),
    group('event', ['when', 'where'], { name: 'g.event' }),
    group('summary', ['summary']),
  ];

  it('numbers the groups that are not info and says where the current page is', () => {
    const model = pageNavigationModel({
      groups,
      pages: ['welcome', 'name', 'address', 'contact', 'when', 'where', 'summary'],
      current: 'address',
      visited: none,
      pagesWithErrors: none,
      pagesWithShownErrors: none,
    });
    expect(model.page).toEqual({ number: 3, total: 7 });
    expect(model.groups.map((g) => [g.id, g.number, g.current, g.name])).toEqual([
      ['intro', undefined, false, undefined],
      ['applicant', 1, true, 'g.applicant'],
      ['event', 2, false, 'g.event'],
      ['summary', 3, false, undefined],
    ]);
    expect(model.groups[1].pages.map((p) => [p.page, p.current])).toEqual([
      ['name', false],
      ['address', true],
      ['contact', false],
    ]);
  });

  it('leaves out hidden pages, and groups whose pages are all hidden, from pages and progress', () => {
    const model = pageNavigationModel({
      groups,
      pages: ['welcome', 'name', 'contact', 'summary'],
      current: 'contact',
      visited: none,
      pagesWithErrors: none,
      pagesWithShownErrors: none,
    });
    expect(model.page).toEqual({ number: 3, total: 4 });
    expect(model.groups.map((g) => g.id)).toEqual(['intro', 'applicant', 'summary']);
    expect(model.groups[1].pages.map((p) => p.page)).toEqual(['name', 'contact']);
    // The summary is the second numbered group now.
    expect(model.groups[2].number).toBe(2);
  });

  it('marks pages completed once visited without errors, and the group when all its pages are', () => {
    const input = {
      groups,
      pages: ['welcome', 'name', 'address', 'contact', 'when', 'where', 'summary'],
      current: 'contact',
      pagesWithShownErrors: none,
    };
    const partly = pageNavigationModel({
      ...input,
      visited: new Set(['welcome', 'name', 'address', 'contact', 'when']),
      pagesWithErrors: new Set(['address']),
    });
    expect(partly.groups[1].pages.map((p) => p.mark)).toEqual(['completed', undefined, 'completed']);
    expect(partly.groups[1].mark).toBeUndefined();
    // Groups that do not ask for it are never marked completed.
    expect(partly.groups[0].mark).toBeUndefined();
    expect(partly.groups[2].pages[0].mark).toBeUndefined();

    const done = pageNavigationModel({
      ...input,
      visited: new Set(['name', 'address', 'contact']),
      pagesWithErrors: new Set(['when']),
    });
    expect(done.groups[1].mark).toBe('completed');
  });

  it('marks pages with errors the user has seen, and their group, whatever the group asks', () => {
    const model = pageNavigationModel({
      groups,
      pages: ['welcome', 'name', 'address', 'contact', 'when', 'where', 'summary'],
      current: 'summary',
      visited: new Set(['name', 'address', 'contact', 'when', 'where']),
      pagesWithErrors: new Set(['address', 'where']),
      pagesWithShownErrors: new Set(['address', 'where']),
    });
    expect(model.groups[1].pages.map((p) => p.mark)).toEqual(['completed', 'error', 'completed']);
    expect(model.groups[1].mark).toBe('error');
    expect(model.groups[2].mark).toBe('error');
  });

  it('makes every page a group of its own without Settings groups', () => {
    const model = pageNavigationModel({
      pages: ['a', 'b'],
      current: 'b',
      visited: none,
      pagesWithErrors: none,
      pagesWithShownErrors: none,
    });
    expect(model.groups.map((g) => [g.name, g.number, g.pages.map((p) => p.page)])).toEqual([
      [undefined, 1, ['a']],
      [undefined, 2, ['b']],
    ]);
    expect(model.page).toEqual({ number: 2, total: 2 });
  });
});

describe('taskSteps', () => {
  const tasks = [
    { id: 'Task_1', type: 'data' },
    { id: 'Task_2', type: 'signing' },
    { id: 'Task_3', type: 'payment' },
    { id: 'Task_x', type: 'gatewaything' },
  ];
  const entries = [
    { kind: 'task' as const, taskId: 'Task_1', name: 'nav.fill' },
    { kind: 'task' as const, taskId: 'Task_2' },
    { kind: 'task' as const, taskId: 'Task_3' },
    { kind: 'receipt' as const },
  ];

  it('marks the steps before the current one completed and names them by entry or task type', () => {
    const { steps, step } = taskSteps({ entries, tasks, current: 'Task_2', ended: false });
    expect(step).toEqual({ number: 2, total: 4 });
    expect(steps.map((s) => [s.key, s.name, s.state])).toEqual([
      ['Task_1', 'nav.fill', 'completed'],
      ['Task_2', 'taskTypes.signing', 'current'],
      ['Task_3', 'taskTypes.payment', 'upcoming'],
      ['receipt', 'taskTypes.receipt', 'upcoming'],
    ]);
  });

  it('makes the receipt current once the process has ended', () => {
    const { steps, step } = taskSteps({ entries, tasks, ended: true });
    expect(steps.map((s) => s.state)).toEqual(['completed', 'completed', 'completed', 'current']);
    expect(step).toEqual({ number: 4, total: 4 });
  });

  it('follows the process order when the current task is not listed, and names unknown types by id', () => {
    const { steps, step } = taskSteps({
      entries: [entries[0], { kind: 'task', taskId: 'Task_x' }, entries[2]],
      tasks,
      current: 'Task_2',
      ended: false,
    });
    expect(step).toBeUndefined();
    expect(steps.map((s) => [s.name, s.state])).toEqual([
      ['nav.fill', 'completed'],
      ['Task_x', 'upcoming'],
      ['taskTypes.payment', 'upcoming'],
    ]);
  });
});
