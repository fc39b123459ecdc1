import { describe, expect, it } from 'vitest';
import { plannerHeapLimits } from '../../../src/main/core/imports/worker-heap';

const MB = 1024 * 1024;

describe("the planning thread's heap limit", () => {
  it('is 1 GB for a workbook into a small file: enough for what it holds, low enough that V8 collects early', () => {
    expect(plannerHeapLimits(0, 0)).toEqual({ maxOldGenerationSizeMb: 1024 });
    expect(plannerHeapLimits(0, 200_000)).toEqual({ maxOldGenerationSizeMb: 1024 });
  });

  it('grows with the text file the planner parses and the contacts it checks duplicates against', () => {
    // 60 MB of CSV: 256 + 60 x 16 = 1216 MB.
    expect(plannerHeapLimits(60 * MB, 0)).toEqual({ maxOldGenerationSizeMb: 1216 });
    // 300,000 stored contacts at 2 KB each: 256 + 586 = 842 MB, under the 1 GB floor; 600,000: 1428.
    expect(plannerHeapLimits(0, 300_000)).toEqual({ maxOldGenerationSizeMb: 1024 });
    expect(plannerHeapLimits(0, 600_000)).toEqual({ maxOldGenerationSizeMb: 1428 });
  });

  it('never goes past 2 GB, so a thread that runs out ends alone instead of taking the app with it', () => {
    expect(plannerHeapLimits(256 * MB, 0)).toEqual({ maxOldGenerationSizeMb: 2048 });
    expect(plannerHeapLimits(50 * MB, 600_000)).toEqual({ maxOldGenerationSizeMb: 2048 });
  });
});
