import Database from 'better-sqlite3';
import type { z } from 'zod';
import { contract, isMethodName, type MethodName, type Result } from '../../../shared/contract';
import { Locale } from '../../../shared/contract/settings.contract';
import { translator } from '../../../shared/i18n/translate';
import { describeIssues, summarizeIssues, zodErrorMap } from '../../../shared/validation/describe-issues';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { handlers } from '../handlers';
import type { Handler } from './handler.types';
import { getSettings } from '../settings/settings.service';
import { pickLocale } from '../../../shared/i18n';

export type BaseContext = Omit<ServiceContext, 'locale'>;

export interface DispatchOptions {
  /** Also check each result against the contract's output schema (tests turn this on). */
  checkOutput?: boolean;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Calls that run beside the queue: long reads on a snapshot of their own (withSnapshot), which
 * neither touch the app's connection nor hold up the calls behind them. An export of 200,000
 * contacts takes a minute and a half; in the queue, the contact list waited for it.
 */
const BESIDE_THE_QUEUE: ReadonlySet<string> = new Set(['exports.contacts', 'exports.sales', 'exports.everything']);

/**
 * Runs calls one after another. better-sqlite3 is synchronous anyway; serialising keeps a
 * service's transaction from interleaving with another call's awaits.
 */
function serialised<T>(run: () => Promise<T>): Promise<T> {
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

async function localeFor(base: BaseContext, requested: unknown): Promise<Locale> {
  const parsed = Locale.safeParse(requested);
  if (parsed.success) return parsed.data;
  try {
    const settings = await getSettings({ ...base, locale: 'en' });
    return settings.locale ?? pickLocale(base.systemLocale);
  } catch {
    return pickLocale(base.systemLocale);
  }
}

/** The locale the caller writes numbers in (formatLocale), when it sent a well-formed one. */
function formatsFor(requested: unknown, locale: Locale): string {
  if (typeof requested !== 'string' || requested.length > 40) return locale;
  try {
    return Intl.getCanonicalLocales(requested)[0] ?? locale;
  } catch {
    return locale;
  }
}

/** SQLite's "database is locked" (SQLITE_BUSY, SQLITE_BUSY_SNAPSHOT…), as better-sqlite3 throws it. */
const isBusy = (err: unknown): boolean => err instanceof Database.SqliteError && err.code.startsWith('SQLITE_BUSY');

/**
 * The one entry point of IPC and HTTP alike: finds the method, validates the input before any
 * service runs, calls the service and returns a Result worded in the caller's language.
 */
export function dispatch(base: BaseContext, envelope: unknown, options: DispatchOptions = {}): Promise<Result<unknown>> {
  const method = typeof envelope === 'object' && envelope !== null ? (envelope as Record<string, unknown>).method : undefined;
  const run = () => handle(base, envelope, options);
  return typeof method === 'string' && BESIDE_THE_QUEUE.has(method) ? run() : serialised(run);
}

/** One call: validated, run, and its outcome worded in the caller's language. */
async function handle(base: BaseContext, envelope: unknown, options: DispatchOptions): Promise<Result<unknown>> {
  const env = (typeof envelope === 'object' && envelope !== null ? envelope : {}) as Record<string, unknown>;
  const locale = await localeFor(base, env.locale);
  const formats = formatsFor(env.formats, locale);
  const t = translator(locale, formats);
  const method = env.method;
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'unknown_method', message: t('errors.unknownMethod', { method: String(method) }) } };
  }
  const def = contract[method];
  const parsed = (def.input as z.ZodType).safeParse(env.input ?? {}, { error: zodErrorMap(locale) });
  if (!parsed.success) {
    const issues = describeIssues(parsed.error, t);
    return {
      ok: false,
      error: {
        code: 'validation',
        message: t('errors.validationSummary', { issues: summarizeIssues(issues) }),
        details: { issues },
      },
    };
  }
  try {
    const handler = handlers[method] as Handler<MethodName>;
    const value = await handler({ ...base, locale, formats }, parsed.data as never);
    if (options.checkOutput) (def.output as z.ZodType).parse(value);
    return { ok: true, value };
  } catch (err) {
    if (err instanceof AppError) {
      const issues = err.issues;
      const message = issues?.length
        ? t('errors.validationSummary', { issues: summarizeIssues(issues) })
        : t(`errors.${err.key}`, err.params);
      return { ok: false, error: { code: err.code, message, details: { ...err.params, issues } } };
    }
    // Another connection holds the write lock (an import being written): the statement and
    // its transaction were rolled back.
    if (isBusy(err)) return { ok: false, error: { code: 'conflict', message: t('errors.busy') } };
    const detail = err instanceof Error ? err.message : String(err);
    console.error(`[dispatch] ${method} failed`, err);
    return { ok: false, error: { code: 'internal', message: t('errors.internal', { detail }) } };
  }
}

