import type { ApiError, InputOf, MethodName, OutputOf } from '../../../shared/contract';
import { pickTransport, type Transport } from './transport';

/** A failed call, carrying the typed error the service returned (already in the user's language). */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

let transport: Transport | null = null;
let currentLocale = 'en';
let currentFormats: string | undefined;

/** The language error messages should come back in, and the locale their numbers are written in. */
export function setApiLocale(locale: string, formats?: string): void {
  currentLocale = locale;
  currentFormats = formats;
}

/**
 * Calls a contract method; the types follow the contract, so a renamed method breaks the build.
 * @example const page = await call('contacts.list', { search: 'weber' });
 */
export async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  transport ??= pickTransport();
  let result;
  try {
    result = await transport({ method, input, locale: currentLocale, ...(currentFormats ? { formats: currentFormats } : {}) });
  } catch (err) {
    throw new ApiCallError({ code: 'internal', message: err instanceof Error ? err.message : String(err) });
  }
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value as OutputOf<M>;
}
