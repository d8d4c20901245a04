import type { FormData } from '../data/formData.ts';
import { getAtPath } from '../data/path.ts';
import type { ExpressionContext } from '../expressions/index.ts';
import { pathSegments } from '../tree/pathSegments.ts';
import { transposeField } from '../tree/transpose.ts';
import type { FormTree } from '../tree/types.ts';
import type { ExpressionHost } from './expressionValidations.ts';

/**
 * Expression validations run in the tree's expression host (texts, instance, settings…), with
 * data reads redirected: unindexed paths resolve within the field's row, and every read is
 * reported so a rule re-runs only when what it read changes.
 */
export function createExpressionHost(tree: () => FormTree, data: FormData, counted: () => void): ExpressionHost {
  return {
    read: (dataType, path) => getAtPath(data.model(dataType).snapshot(), pathSegments(path)),
    counted,
    context: (dataType, field, onRead, onOpaqueRead) => {
      const current = tree();
      const base = current.expressionContext({
        page: current.pages[0]?.key,
        positionalArguments: [field],
        valueArguments: { data: { field }, defaultKey: 'field' },
      });
      const dataModel = (path: string, type: string | null): unknown => {
        // Without a data type, a rule reads the model it belongs to.
        const resolvedType = type ?? dataType;
        const resolved = resolvedType === dataType ? transposeField(path, field) : path;
        onRead(resolvedType, resolved);
        return base.dataModel?.(resolved, resolvedType);
      };
      return new Proxy(base, {
        get(target, property) {
          if (property === 'dataModel') return dataModel;
          // Component lookups read data the tree resolves itself; they cannot be tracked per path.
          if (property === 'component' || property === 'displayValue') onOpaqueRead();
          const value: unknown = Reflect.get(target, property, target);
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      }) satisfies ExpressionContext;
    },
  };
}
