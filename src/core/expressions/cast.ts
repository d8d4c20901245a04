import { castToBoolean } from './cast-boolean.ts';
import { castToList, castToObject } from './cast-containers.ts';
import { castToDate } from './cast-date.ts';
import { castToNumber } from './cast-number.ts';
import { castToString } from './cast-string.ts';
import type { ExprDate } from './expr-date.ts';
import { toValue } from './to-value.ts';
import type { ExprList, ExprObject, ExprType, ExprValue } from './types.ts';

/** The value a parameter of each declared type receives; null unless the parameter is non-nullable. */
export interface CastTypeMap {
  boolean: boolean | null;
  string: string | null;
  number: number | null;
  date: ExprDate | null;
  list: ExprList | null;
  object: ExprObject | null;
  any: ExprValue;
}

const CASTS: { [T in ExprType]: (value: unknown) => CastTypeMap[T] } = {
  boolean: castToBoolean,
  string: castToString,
  number: castToNumber,
  date: castToDate,
  list: castToList,
  object: castToObject,
  any: toValue,
};

/** Casts to a declared type (§3.2), throwing `ExpressionRuntimeError` with the reference message. */
export function castTo<T extends ExprType>(type: T, value: unknown): CastTypeMap[T] {
  return CASTS[type](value);
}
