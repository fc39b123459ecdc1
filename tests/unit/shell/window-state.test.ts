import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { initialWindow, readWindowState, writeWindowState, type Rect } from '../../../src/main/shell/window-state';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const monitorRight: Rect = { x: 1440, y: 0, width: 2560, height: 1400 };
const min = { width: 900, height: 600 };

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('the window opens where it was left', () => {
  it('opens at a sensible default size the first time', () => {
    expect(initialWindow(null, [laptop], laptop, min)).toEqual({ bounds: { width: 1280, height: 800 }, maximized: false });
  });

  it('comes back at the same place and size, maximised if it was', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1400, height: 900 }, maximized: true };
    expect(initialWindow(saved, [laptop, monitorRight], laptop, min)).toEqual({ bounds: saved.bounds, maximized: true });
  });

  it('moves back onto the laptop screen when the external monitor is unplugged', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1400, height: 900 }, maximized: false };
    const start = initialWindow(saved, [laptop], laptop, min);
    expect(start.bounds.x).toBeUndefined();
    expect(start.bounds).toMatchObject({ width: 1400, height: 875 });
  });

  it('is pulled fully on screen when only an edge was visible, and shrunk to fit the display', () => {
    const saved = { bounds: { x: -300, y: 700, width: 2000, height: 900 }, maximized: false };
    expect(initialWindow(saved, [laptop], laptop, min).bounds).toEqual({ x: 0, y: 0, width: 1440, height: 875 });
  });

  it('ignores a sliver of a few pixels on screen', () => {
    const saved = { bounds: { x: 1435, y: 100, width: 1000, height: 700 }, maximized: false };
    expect(initialWindow(saved, [laptop], laptop, min).bounds.x).toBeUndefined();
  });

  it('is remembered in a file, and a damaged file just means the default', () => {
    dir = mkdtempSync(join(tmpdir(), 'crm-window-'));
    const file = join(dir, 'window-state.json');
    expect(readWindowState(file)).toBeNull();
    writeWindowState(file, { bounds: { x: 5, y: 6, width: 1000, height: 700 }, maximized: true });
    expect(readWindowState(file)).toEqual({ bounds: { x: 5, y: 6, width: 1000, height: 700 }, maximized: true });
    expect(JSON.parse(readFileSync(file, 'utf8')).maximized).toBe(true);
    for (const junk of ['{"bounds":', '{"bounds":{"x":"a","y":0,"width":10,"height":10}}', 'null', '{"bounds":{"x":0,"y":0,"width":-5,"height":10}}']) {
      writeFileSync(file, junk);
      expect(readWindowState(file)).toBeNull();
    }
  });
});
