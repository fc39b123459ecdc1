import { stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import type { ImportKind } from '../../../shared/contract/imports.contract';
import type { RowSource } from '../../../shared/import-export/table';
import { AppError } from '../errors';
import { isWorkbookFile, readImportFile, type ReadOptions } from '../import-export/read-import-file';
import { packedRowCount, packedRows, type PackedTable } from './packed-table';
import { readTableInThread } from './table-reader-thread';

/** An opened file's rows as a session keeps them while the person maps and previews. */
export interface SessionTable extends RowSource {
  rowCount: number;
  /**
   * The rows of a workbook or a large text file, read on a thread and kept packed (its rows are
   * made from them each time they are gone through); null for a smaller text file, whose rows
   * are kept as read.
   */
  packed: PackedTable | null;
}

/**
 * From this size on a text file is read like a workbook, on a thread of its own into packed
 * rows. Parsed here its rows would take about 7 times its size in the app's heap while the
 * person previews (450 MB at 64 MB), and the import's planner would parse it into a second copy
 * of that size: in the app every thread shares one 4 GB heap. Below it, parsing here is quicker
 * (a 32 MB, 200,000-row CSV: 0.6 s, against 1.1 s read and packed on a thread).
 */
export const TEXT_IN_THREAD_BYTES = 64 * 1024 * 1024;

/**
 * Reads an opened file's rows: a workbook, or a text file of TEXT_IN_THREAD_BYTES or more, on a
 * thread of its own; a smaller text file here.
 */
export async function readSessionTable(path: string, read: ReadOptions, inThreadFrom = TEXT_IN_THREAD_BYTES): Promise<SessionTable> {
  // A file that cannot be looked at is left to readImportFile, which says why.
  const size = await stat(path).then((s) => s.size, () => 0);
  if ((await isWorkbookFile(path)) || size >= inThreadFrom) {
    const packed = await readTableInThread(path, read);
    return { ...packedRows(packed), rowCount: packedRowCount(packed), packed };
  }
  const table = await readImportFile(path, read);
  return { headers: table.headers, info: table.info, rows: table.rows, rowCount: table.rows.length, packed: null };
}

/** A file opened for import: its rows stay in memory while the person maps and previews. */
export interface ImportSessionData {
  id: string;
  dataFile: string;
  kind: ImportKind;
  fileId: string;
  filePath: string;
  fileName: string;
  read: ReadOptions;
  /** The rows, or null once an import of them started (they were handed to its worker). */
  table: SessionTable | null;
  rowCount: number;
}

const sessions = new Map<string, ImportSessionData>();
/** Only the latest few files stay open; an abandoned screen must not keep 200,000 rows forever. */
const MAX_OPEN = 3;

export function addSession(data: Omit<ImportSessionData, 'id' | 'rowCount'>): ImportSessionData {
  const session = { ...data, rowCount: data.table?.rowCount ?? 0, id: randomBytes(12).toString('base64url') };
  sessions.set(session.id, session);
  while (sessions.size > MAX_OPEN) sessions.delete(sessions.keys().next().value!);
  return session;
}

/** The open session, or an error telling the person to choose the file again. */
export function getSession(dataFile: string, id: string): ImportSessionData {
  const s = sessions.get(id);
  if (!s || s.dataFile !== dataFile) throw new AppError('not_found', 'imports.sessionGone');
  return s;
}

export function closeSession(dataFile: string, id: string): boolean {
  const s = sessions.get(id);
  if (!s || s.dataFile !== dataFile) return false;
  return sessions.delete(id);
}

/**
 * The session's rows. Starting an import hands them to its worker, packed, and lets go of them
 * (so two copies never sit in memory for long); a preview after a cancelled import reads them again.
 */
export async function sessionTable(session: ImportSessionData): Promise<SessionTable> {
  session.table ??= await readSessionTable(session.filePath, session.read);
  return session.table;
}
