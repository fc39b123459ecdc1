import { isAbsolute, join, resolve } from 'node:path';

export const DATA_FILE_NAME = 'crm.sqlite';

/** The value of `--db FILE` or `--db=FILE` among the arguments, if any (the last one wins). */
export function dbArgument(argv: readonly string[]): string | null {
  let found: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--db' && i + 1 < argv.length) found = argv[++i]!;
    else if (arg.startsWith('--db=')) found = arg.slice('--db='.length);
  }
  return found || null;
}

/**
 * The office's data file: `--db FILE` on the command line, else the CRM_DB environment variable,
 * else crm.sqlite in the user's application data folder. Relative paths are taken from `cwd`.
 * @example resolveDataFile({ argv: ['--db', 'demo.sqlite'], env: {}, userDataDir: '/u', cwd: '/w' }) // '/w/demo.sqlite'
 */
export function resolveDataFile(options: {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  userDataDir: string;
  cwd: string;
}): string {
  const chosen = dbArgument(options.argv) ?? (options.env.CRM_DB?.trim() || null);
  if (!chosen) return join(options.userDataDir, DATA_FILE_NAME);
  return isAbsolute(chosen) ? chosen : resolve(options.cwd, chosen);
}
