import { describe, expect, it } from 'vitest';
import { noCounts, prf, scoreInto } from './score.ts';

describe('Bertalign-style scores', () => {
  it('counts an exact link as strict and a partly overlapping one as lax only', () => {
    const gold = [
      { a: [0], b: [0, 1] },
      { a: [1], b: [2] },
      { a: [2], b: [] },
    ];
    const predicted = [
      { a: [0], b: [0] },
      { a: [], b: [1] },
      { a: [1], b: [2] },
      { a: [2], b: [] },
    ];
    const counts = noCounts();
    scoreInto(predicted, gold, counts);
    // Precision over 4 predicted links: 2 strict (1-1 and the 1-0), 3 lax.
    expect(prf(counts, 'strict').p).toBeCloseTo(2 / 4);
    expect(prf(counts, 'lax').p).toBeCloseTo(3 / 4);
    // Recall over the 2 gold links with both sides: 1 strict, 2 lax.
    expect(prf(counts, 'strict').r).toBeCloseTo(1 / 2);
    expect(prf(counts, 'lax').r).toBeCloseTo(2 / 2);
  });

  it('micro-averages: counts of two documents add before dividing', () => {
    const counts = noCounts();
    scoreInto([{ a: [0], b: [0] }], [{ a: [0], b: [0] }], counts);
    const wrong = [
      { a: [0, 1], b: [0] },
      { a: [2], b: [1] },
      { a: [3], b: [2] },
    ];
    const right = [
      { a: [0], b: [0] },
      { a: [1, 2], b: [1] },
      { a: [3], b: [2] },
    ];
    scoreInto(wrong, right, counts);
    expect(prf(counts, 'strict').p).toBeCloseTo(2 / 4);
    expect(prf(counts, 'strict').f).toBeCloseTo(0.5);
  });
});
