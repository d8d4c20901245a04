import { describe, expect, it } from 'vitest';
import {
  evaluateExpression,
  ExpressionRuntimeError,
  type ExpressionContext,
} from '../../../src/core/expressions/index.ts';

const none: ExpressionContext = {};
const run = (expr: unknown, context: ExpressionContext = none) =>
  evaluateExpression(expr, context, { expected: 'any', defaultValue: null });

describe('evaluateExpression: results and defaults', () => {
  it('casts the result to the expected type', () => {
    expect(evaluateExpression(['concat', 'TRUE'], none, { expected: 'boolean', defaultValue: false })).toEqual({
      value: true,
    });
    expect(evaluateExpression(['plus', 1, 2], none, { expected: 'string', defaultValue: '' })).toEqual({ value: '3' });
    expect(evaluateExpression('42', none, { expected: 'number', defaultValue: 0 })).toEqual({ value: 42 });
  });

  it('falls back to the default for null results and failures', () => {
    expect(evaluateExpression(['if', false, 'x'], none, { expected: 'string', defaultValue: 'd' })).toEqual({
      value: 'd',
    });
    const failed = evaluateExpression(['concat', 'yes'], none, { expected: 'boolean', defaultValue: false });
    expect(failed.value).toBe(false);
    expect(failed.error).toMatchObject({ kind: 'runtime', message: 'Expected boolean, got value "yes"', pointer: '' });
  });

  it('reports validation failures without running anything', () => {
    let called = false;
    const context: ExpressionContext = {
      dataModel: () => {
        called = true;
        return 1;
      },
    };
    const result = run(['equals', ['dataModel', 'a'], ['Nope']], context);
    expect(called).toBe(false);
    expect(result.error).toMatchObject({
      kind: 'validation',
      pointer: '/2',
      message: 'Function "Nope" not implemented',
    });
    expect(result.error?.description).toBe(
      'Invalid expression: Function "Nope" not implemented at /2 ["Nope"] in ["equals",["dataModel","a"],["Nope"]]',
    );
  });

  it('points runtime errors at the argument that failed to cast', () => {
    const result = run(['and', true, ['not', ['concat', 'maybe']]]);
    expect(result.error).toMatchObject({ message: 'Expected boolean, got value "maybe"', pointer: '/2/1' });
  });

  it('evaluates eagerly: errors in untaken branches still fail', () => {
    expect(run(['if', false, ['divide', 1, 0], 'else', 'ok']).error?.message).toBe(
      'The second argument is 0, cannot divide by 0',
    );
    expect(run(['or', true, ['not', 5]]).error?.pointer).toBe('/2/1');
  });
});

describe('evaluateExpression: host context', () => {
  it('passes host errors through with the pointer of the call', () => {
    const context: ExpressionContext = {
      component: (id) => {
        throw new ExpressionRuntimeError(`Unable to find component with identifier ${id}`);
      },
    };
    expect(run(['concat', 'a', ['component', 'x']], context).error).toMatchObject({
      message: 'Unable to find component with identifier x',
      pointer: '/2',
    });
  });

  it('survives hosts that throw plain errors or non-errors', () => {
    const context: ExpressionContext = {
      text: () => {
        throw 'boom';
      },
      frontendSettings: () => {
        throw new TypeError('bad host');
      },
    };
    expect(run(['text', 'k'], context).error?.message).toBe('boom');
    const unprintable: ExpressionContext = {
      language: () => {
        throw Object.create(null);
      },
    };
    expect(run(['formatDate', '2020-01-01'], unprintable).error?.message).toBe('Unknown error');
    expect(run(['frontendSettings', 'k'], context).error?.message).toBe('bad host');
  });

  it('names functions the host does not provide', () => {
    expect(run(['dataModel', 'a']).error?.message).toBe('Function "dataModel" is not available in this context');
  });

  it('reads lists and objects from the data model in v9 apps, and only scalars in v8 apps', () => {
    const data: Record<string, unknown> = { obj: { a: 1 }, list: [1], n: 5, s: 'null' };
    const v9: ExpressionContext = { dataModel: (path) => data[path] };
    expect(run(['dataModel', 'obj'], v9).value).toEqual({ a: 1 });
    expect(run(['dataModel', 'list'], v9).value).toEqual([1]);
    expect(run(['dataModel', 'n'], v9).value).toBe(5);
    expect(run(['dataModel', 's'], v9).value).toBeNull();
    expect(run(['dataModel', 'missing'], v9)).toEqual({ value: null });
    const v8: ExpressionContext = { ...v9, format: 'v8' };
    expect(run(['dataModel', 'obj'], v8).value).toBeNull();
    expect(run(['dataModel', 'list'], v8).value).toBeNull();
    expect(run(['dataModel', 'n'], v8).value).toBe(5);
  });

  it('passes the data type to dataModel and rejects null lookups', () => {
    const seen: (string | null)[] = [];
    const context: ExpressionContext = {
      dataModel: (_path, dataType) => {
        seen.push(dataType);
        return 1;
      },
    };
    run(['dataModel', 'a'], context);
    run(['dataModel', 'a', 'other'], context);
    expect(seen).toEqual([null, 'other']);
    expect(run(['dataModel', null], context).error?.message).toBe('Cannot lookup dataModel null');
    expect(run(['component', null], context).error?.message).toBe('Cannot lookup component null');
    expect(run(['displayValue', null], context).error?.message).toBe('Cannot lookup component null');
  });

  it('explains unknown auth keys with the task', () => {
    const context: ExpressionContext = { authContext: (key) => ({ read: true })[key], taskId: () => 'Task_2' };
    expect(run(['authContext', 'read'], context).value).toBe(true);
    expect(run(['authContext', 'fly'], context).error?.message).toBe(
      'Unknown Auth context property fly for task Task_2',
    );
  });

  it('validates instanceContext keys before asking the host', () => {
    const context: ExpressionContext = { instanceContext: (key) => (key === 'appId' ? 'org/app' : undefined) };
    expect(run(['instanceContext', 'appId'], context).value).toBe('org/app');
    expect(run(['instanceContext', 'instanceOwnerName'], context)).toEqual({ value: null });
    expect(run(['instanceContext', 'foo'], context).error?.message).toBe('Unknown Instance context property foo');
  });

  it('builds links from the location pieces', () => {
    const context: ExpressionContext = {
      instanceId: () => '1/abc',
      taskId: () => 'Task_1',
      currentPage: () => 'Start',
      componentLocation: (id) => ({ page: 'Page2', indexedId: `${id}-0` }),
    };
    expect(run(['linkToComponent', 'Go <now>', 'name', true], context).value).toBe(
      '<a href="/instance/1/abc/Task_1/Page2?focusComponentId=name-0&backToPage=Start" data-link-type="LinkToPotentialNode">Go &lt;now&gt;</a>',
    );
    expect(run(['linkToPage', 'Back', 'Start', true], { ...context, instanceId: () => null }).value).toBe(
      '<a href="/Start" data-link-type="LinkToPotentialPage">Back</a>',
    );
  });

  it('labels option values from a code list, and names a code list the app does not have', () => {
    const lists: Record<string, { value: string; label: string }[]> = { colours: [{ value: 'r', label: 'Rød' }] };
    const context: ExpressionContext = {
      optionLabel: (id, wanted) => {
        const list = lists[id];
        if (!list) return undefined;
        return list.find((option) => option.value === wanted)?.label ?? null;
      },
    };
    expect(run(['optionLabel', 'colours', 'r'], context).value).toBe('Rød');
    expect(run(['optionLabel', 'colours', 'g'], context)).toEqual({ value: null });
    expect(run(['optionLabel', 'sizes', 'r'], context).error?.message).toBe('Could not find options with id sizes');
  });

  it('reads named values and lists the valid keys when one is unknown', () => {
    const context: ExpressionContext = {
      valueArguments: () => ({ data: { value: 'v', label: 'l' }, defaultKey: 'value' }),
    };
    expect(run(['value'], context).value).toBe('v');
    expect(run(['value', 'label'], context).value).toBe('l');
    expect(run(['value', 'x'], context).error?.message).toBe('Unknown key x, Valid keys are: value, label');
    expect(run(['value']).error?.message).toBe('No value arguments available');
  });

  it('picks scalars from external APIs', () => {
    const context: ExpressionContext = { externalApi: () => ({ cars: [{ brand: 'BMW', year: 0 }] }) };
    expect(run(['externalApi', 'api', 'cars[0].brand'], context).value).toBe('BMW');
    expect(run(['externalApi', 'api', 'cars[0]'], context)).toEqual({ value: null });
    expect(run(['externalApi', 'api', ''], context)).toEqual({ value: null });
  });
});
