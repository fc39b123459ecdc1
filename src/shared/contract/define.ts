import type { z } from 'zod';

/** A method of the contract: what it accepts and what it returns, both checked at run time. */
export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

/**
 * Declares a contract method.
 * @example const get = method(z.object({ id: z.number() }), ContactSchema);
 */
export const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodDef<I, O> => ({
  input,
  output,
});
