import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../../src/main/app/create-backend';
import { dispatch } from '../../../src/main/core/rpc/dispatch';
import type { InputOf, MethodName, OutputOf, Result } from '../../../src/shared/contract';
import type { ServiceContext } from '../../../src/main/core/context';

export interface TempBackend extends Backend {
  dir: string;
  ctx: ServiceContext;
  /** Calls a contract method the way the renderer does, output checked against the contract. */
  call<M extends MethodName>(method: M, input: InputOf<M>, locale?: 'en' | 'zh-CN'): Promise<Result<OutputOf<M>>>;
  /** Like call, but throws on an error result. */
  value<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>>;
  dispose(): Promise<void>;
}

/**
 * A backend on a fresh temporary SQLite file, removed by dispose(). `formats` is the locale the
 * screen says it writes numbers and dates in (as the renderer sends its formatLocale).
 */
export async function tempBackend(options: { systemLocale?: string; file?: string; formats?: string } = {}): Promise<TempBackend> {
  const dir = mkdtempSync(join(tmpdir(), 'crm-test-'));
  const backend = await createBackend({
    dataFile: options.file ?? join(dir, 'crm.sqlite'),
    mode: 'browser',
    systemLocale: options.systemLocale ?? 'en-US',
  });
  const call = async <M extends MethodName>(method: M, input: InputOf<M>, locale: 'en' | 'zh-CN' = 'en') =>
    (await dispatch(backend.base, { method, input, locale, ...(options.formats ? { formats: options.formats } : {}) }, { checkOutput: true })) as Result<OutputOf<M>>;
  return {
    ...backend,
    dir,
    ctx: { ...backend.base, locale: 'en' },
    call,
    async value(method, input) {
      const res = await call(method, input);
      if (!res.ok) throw new Error(`${method} failed: ${res.error.code} ${res.error.message}`);
      return res.value;
    },
    async dispose() {
      await backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Row counts of every user table: to prove that a refused call changed nothing. */
export function tableCounts(b: Backend): Record<string, number> {
  const tables = b.connection.sqlite
    .prepare(`select name from sqlite_master where type='table' and name not like 'sqlite_%' and name not like '%_fts%' order by name`)
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [name, (b.connection.sqlite.prepare(`select count(*) n from "${name}"`).get() as { n: number }).n]),
  );
}
