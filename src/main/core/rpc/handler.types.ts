import type { z } from 'zod';
import type { Contract, MethodName, ParsedInputOf } from '../../../shared/contract';
import type { ServiceContext } from '../context';

/** A service entry point: receives validated input, returns data matching the method's output. */
export type Handler<M extends MethodName> = (
  ctx: ServiceContext,
  input: ParsedInputOf<M>,
) => Promise<z.input<Contract[M]['output']>>;

/** The handlers of every method whose name starts with P (e.g. 'contacts.'). */
export type Handlers<P extends string> = { [M in Extract<MethodName, `${P}${string}`>]: Handler<M> };
