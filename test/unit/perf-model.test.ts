import { percentileOfSorted, PerfAccumulator } from '../../src/core/reports/perf/model.js';

describe('percentile method (R-7, as k6 and NumPy)', () => {
  it('interpolates between the closest ranks', () => {
    const s = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    // numpy.percentile(range(1, 11), 95) == 9.55
    expect(percentileOfSorted(s, 95)).toBeCloseTo(9.55, 10);
    expect(percentileOfSorted(s, 50)).toBeCloseTo(5.5, 10);
    expect(percentileOfSorted([42], 99)).toBe(42);
  });

  it('takes the worst percentile of summaries that cannot be merged', () => {
    const acc = new PerfAccumulator();
    acc.addSummary({ p95: 120, requests: 100, failures: 1 });
    acc.addSummary({ p95: 300, requests: 100, failures: 3 });
    const f = acc.figures();
    expect(f.perf_p95_ms).toBe(300);
    expect(f.perf_error_rate).toBeCloseTo(2, 10);
    expect(f.perf_p50_ms).toBeNull();
  });
});
