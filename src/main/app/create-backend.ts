import { openDatabase, type OpenResult } from '../core/db/open-database';
import type { BaseContext } from '../core/rpc/dispatch';

export interface Backend {
  base: BaseContext;
  connection: OpenResult;
  close(): Promise<void>;
}

/**
 * Opens the data file and builds the context every call runs in. Shared by the Electron app,
 * browser mode, the seed and bench scripts and the tests.
 */
export async function createBackend(options: {
  dataFile: string;
  mode: 'desktop' | 'browser';
  systemLocale?: string;
  /** The system's regional format (Electron's app.getSystemLocale()), for the office's default country. */
  systemRegion?: string;
  now?: () => Date;
}): Promise<Backend> {
  const connection = await openDatabase(options.dataFile);
  const base: BaseContext = {
    db: connection.db,
    sqlite: connection.sqlite,
    dataFile: options.dataFile,
    mode: options.mode,
    systemLocale: options.systemLocale ?? Intl.DateTimeFormat().resolvedOptions().locale,
    ...(options.systemRegion ? { systemRegion: options.systemRegion } : {}),
    now: options.now ?? (() => new Date()),
  };
  return { base, connection, close: () => connection.close() };
}
