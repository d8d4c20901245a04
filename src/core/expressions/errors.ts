/**
 * Errors a host (or a function implementation) throws while an expression runs. The engine adds
 * the pointer of the sub-expression being evaluated, so throwers only need the reference message.
 */
export class ExpressionRuntimeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExpressionRuntimeError';
  }
}
