import { describe, expect, it } from 'vitest';
import { exactLengthCost, lengthCost } from './paragraph-costs.ts';

describe('the length cost', () => {
  it('reads its table within 1e-4 of the exact curve, near and far from zero', () => {
    for (const outliers of [0.02, 0.1, 0.3])
      for (let delta = -70; delta <= 70; delta += 0.037)
        expect(
          Math.abs(lengthCost(delta, outliers) - exactLengthCost(delta, outliers)),
        ).toBeLessThan(1e-4);
  });

  it('grows with the length difference, more slowly with more outliers', () => {
    expect(lengthCost(0, 0.1)).toBeLessThan(lengthCost(1, 0.1));
    expect(lengthCost(1, 0.1)).toBeLessThan(lengthCost(5, 0.1));
    expect(lengthCost(8, 0.3)).toBeLessThan(lengthCost(8, 0.02));
  });
});
