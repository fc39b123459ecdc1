import { createWriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import type { FileRegistry, RegisteredFile } from './file-registry';

/** Largest upload browser mode accepts: a little above the import's own file limit. */
export const MAX_UPLOAD_BYTES = 300 * 1024 * 1024;

export class UploadTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`upload larger than ${limit} bytes`);
  }
}

/**
 * Streams a body into a new registry file without holding it in memory; stops (and deletes what
 * was written) once it passes `limit` bytes.
 */
export async function receiveStream(registry: FileRegistry, body: Readable, name: string, limit = MAX_UPLOAD_BYTES): Promise<RegisteredFile> {
  const file = registry.create(name);
  let size = 0;
  const guard = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > limit) done(new UploadTooLarge(limit));
      else done(null, chunk);
    },
  });
  try {
    await pipeline(body, guard, createWriteStream(file.path));
    return file;
  } catch (err) {
    registry.remove(file.id);
    throw err;
  }
}
