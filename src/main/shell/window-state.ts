import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered between runs. */
export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

/** How the window opens: a position only when it is known to be on screen. */
export interface InitialWindow {
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
}

const DEFAULT_SIZE = { width: 1280, height: 800 };
/** How much of the window must be on a display for it to count as visible (enough to grab the title bar). */
const MIN_VISIBLE = { width: 120, height: 40 };

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Reads a saved state, or null when the data is missing or malformed (never throws). */
export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { bounds, maximized } = raw as { bounds?: unknown; maximized?: unknown };
  if (typeof bounds !== 'object' || bounds === null) return null;
  const b = bounds as Record<string, unknown>;
  if (![b.x, b.y, b.width, b.height].every(isFiniteNumber)) return null;
  const rect = { x: b.x, y: b.y, width: b.width, height: b.height } as Rect;
  if (rect.width <= 0 || rect.height <= 0) return null;
  return { bounds: rect, maximized: maximized === true };
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

function clampInto(bounds: Rect, area: Rect, min: { width: number; height: number }): Rect {
  const width = Math.round(Math.max(Math.min(bounds.width, area.width), Math.min(min.width, area.width)));
  const height = Math.round(Math.max(Math.min(bounds.height, area.height), Math.min(min.height, area.height)));
  const x = Math.round(Math.min(Math.max(bounds.x, area.x), area.x + area.width - width));
  const y = Math.round(Math.min(Math.max(bounds.y, area.y), area.y + area.height - height));
  return { x, y, width, height };
}

/**
 * Where to open the window, given what was saved and the displays attached now (their work areas).
 * A window that would be off screen (a monitor was unplugged, the resolution changed) moves onto the
 * display it overlaps most, or the primary display, and is never larger than that display.
 * @example initialWindow(null, [{ x: 0, y: 0, width: 1920, height: 1040 }], primary) // 1280x800, centred by Electron
 */
export function initialWindow(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  primary: Rect,
  min: { width: number; height: number },
): InitialWindow {
  if (!saved) {
    return { bounds: { width: Math.min(DEFAULT_SIZE.width, primary.width), height: Math.min(DEFAULT_SIZE.height, primary.height) }, maximized: false };
  }
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const o = overlap(saved.bounds, area);
    if (o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height && o.width * o.height > bestArea) {
      best = area;
      bestArea = o.width * o.height;
    }
  }
  if (!best) {
    // Nowhere visible: keep the size that fits, let Electron centre it on the primary display.
    const { width, height } = clampInto(saved.bounds, primary, min);
    return { bounds: { width, height }, maximized: saved.maximized };
  }
  return { bounds: clampInto(saved.bounds, best, min), maximized: saved.maximized };
}

/** Loads the saved state from `file`; a missing or damaged file just means "no saved state". */
export function readWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

/** Saves the state; written aside then renamed, so a crash never leaves half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify(state, null, 2));
  renameSync(tmp, file);
}
