import { castToBoolean } from './cast-boolean.ts';
import { castToDate } from './cast-date.ts';
import { castToNumber } from './cast-number.ts';
import { castToString } from './cast-string.ts';
import type { ExprDate } from './expr-date.ts';
import { toLiteral } from './to-literal.ts';
import type { ExprLiteral, ExprType } from './types.ts';

/** The value a parameter of each declared type receives; every type is nullable. */
export interface CastTypeMap {
  boolean: boolean | null;
  string: string | null;
  number: number | null;
  date: ExprDate | null;
  any: ExprLiteral;
}

const CASTS: { [T in ExprType]: (value: unknown) => CastTypeMap[T] } = {
  boolean: castToBoolean,
  string: castToString,
  number: castToNumber,
  date: castToDate,
  any: toLiteral,
};

/** Casts to a declared type (§3.2), throwing `ExpressionRuntimeError` with the reference message. */
export function castTo<T extends ExprType>(type: T, value: unknown): CastTypeMap[T] {
  return CASTS[type](value);
}
