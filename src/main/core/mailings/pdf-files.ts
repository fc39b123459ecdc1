import { writeFileSync } from 'node:fs';
import { filesFor } from '../files/file-registry';
import type { ServiceContext } from '../context';

/**
 * Keeps a PDF in the data file's file registry and returns its id: browser mode downloads it
 * as /api/download/<id>, and no path crosses to the renderer.
 * @example const id = storePdf(ctx, bytes, 'labels-2026-11-23.pdf');
 */
export function storePdf(ctx: Pick<ServiceContext, 'dataFile'>, pdf: Uint8Array, name: string): string {
  const file = filesFor(ctx).create(name);
  writeFileSync(file.path, pdf);
  return file.id;
}
