export const id = 653;
export const ids = [653];
export const modules = {

/***/ 3653:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_SAMPLES: () => (/* binding */ MAX_SAMPLES),
/* harmony export */   compareSamples: () => (/* binding */ compareSamples),
/* harmony export */   mannWhitneyU: () => (/* binding */ mannWhitneyU),
/* harmony export */   shiftInterval: () => (/* binding */ shiftInterval),
/* harmony export */   wilcoxonDiff: () => (/* binding */ wilcoxonDiff)
/* harmony export */ });
/* harmony import */ var simple_statistics__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5521);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6512);
/**
 * Canary against baseline: Kayenta's Mann–Whitney judgement of one metric.
 *
 * Kayenta (spinnaker/kayenta, `kayenta-judge/.../classifiers/metric/MannWhitneyClassifier.scala`)
 * classifies a canary metric against its baseline (the "control") as follows, and so do we:
 * - no data on either side → `Nodata` (here: fewer than `minSamples` finite values → inconclusive;
 *   non-finite values are dropped first, as Kayenta's `NaNStrategy.Remove` does);
 * - both samples hold the same values, or every value of both is one and the same → `Pass`
 *   ("The canary and baseline data are identical"): nothing differs, nothing to test;
 * - otherwise the Mann–Whitney U test, and the metric is `High` when the canary is significantly
 *   higher *and* its effect reaches the allowed increase (Kayenta: `effectSize >= effectSizeThresholds._2`,
 *   the allowed increase of the canary config), `Low` likewise for decreases; which of the two count
 *   is the metric's `direction` (`increase`, `decrease`, `either`); anything else passes. When the
 *   effect size cannot be computed (a zero baseline), "the effect size comparison is ignored": the
 *   significant change alone decides.
 *
 * Simplifications, said plainly:
 * - Kayenta's significance is a confidence interval for the location shift (the Hodges–Lehmann
 *   estimate, found by root-finding R's asymptotic `wilcox.test(conf.int = TRUE)`; its
 *   `kayenta-mannwhitney/.../MannWhitney.scala`), High when the interval's lower end is above
 *   `tolerance × |estimate|`. We use the p-value of the same rank test instead (one-sided for
 *   `increase` / `decrease`, two-sided for `either`) against `1 − confidence`: the (asymptotic) interval excludes 0
 *   when the (asymptotic) test rejects. {@link shiftInterval} computes Kayenta's interval and estimate
 *   (matched to its R tie-outs) for whoever wants them in a report; the verdict does not need them,
 *   and at 10 000 values a side they cost about 1.5 s.
 * - Kayenta's effect size is the ratio of means (`EffectSizes.meanRatio`), against an allowed increase
 *   or decrease; ours is `CompareSpec.tolerancePct` (symmetric) against the change of the medians (the
 *   contract's `changePct`) or of the means, whichever is beyond it: the median alone misses metrics
 *   that are mostly 0.
 * - Kayenta adds Gaussian noise when each sample is constant; a rank test needs none: two constant,
 *   different samples are tested as they are (ties corrected).
 *
 * p-values are R's `wilcox.test(x, y, exact = NULL, correct = TRUE)`: the exact null distribution
 * when both samples are under 50 and hold no ties, else the normal approximation with continuity
 * and tie correction. simple-statistics (the statistics library of this project) has no
 * Mann–Whitney p-value (its `wilcoxonRankSum` is the rank sum alone), so the exact distribution is
 * the small counting recurrence of R's `cwilcox` (src/nmath/wilcox.c), and the normal tail comes
 * from simple-statistics' `errorFunction` (fractional error under 1.2e-7).
 */


/** The most values a sample may hold. */
const MAX_SAMPLES = 10_000;
/** R's threshold: exact p-values when both samples are smaller than this (and nothing ties). */
const EXACT_BELOW = 50;
/** Standard normal CDF through the error function; the lower tail without cancellation. */
function pnorm(z) {
    if (Number.isNaN(z))
        return Number.NaN;
    if (z === Number.POSITIVE_INFINITY)
        return 1;
    if (z === Number.NEGATIVE_INFINITY)
        return 0;
    const e = (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .errorFunction */ .T7)(Math.abs(z) / Math.SQRT2);
    return z >= 0 ? 0.5 * (1 + e) : 0.5 * (1 - e);
}
/** Mid-ranks of x followed by y; returns x's rank sum and Σ(t³ − t) over tie groups. */
function rankSum(x, y) {
    const all = x.map((v, i) => ({ v, first: true, i })).concat(y.map((v, i) => ({ v, first: false, i })));
    all.sort((a, b) => a.v - b.v);
    let r1 = 0;
    let ties = 0;
    for (let i = 0; i < all.length;) {
        let j = i + 1;
        while (j < all.length && all[j].v === all[i].v)
            j++;
        const t = j - i;
        const rank = (i + 1 + j) / 2;
        for (let k = i; k < j; k++)
            if (all[k].first)
                r1 += rank;
        ties += t * t * t - t;
        i = j;
    }
    return { r1, ties };
}
/** The standard deviation of U under the null hypothesis, corrected for ties (Σ(t³ − t)). */
function uSigma(m, n, ties) {
    const N = m + n;
    return Math.sqrt(((m * n) / 12) * (N + 1 - ties / (N * (N - 1))));
}
/**
 * The exact null distribution of U for samples of m and n: `counts[u]` arrangements of the m + n
 * ranks giving U = u (R's `cwilcox` counts, here built upward: placing the i-th smallest value in
 * the first sample as its j-th value adds i − j to U). O(m·n·(m+n)) with m, n < 50; the counts
 * stay far inside a double's range (C(98, 49) ≈ 2.5e28), its 53-bit precision is ample.
 */
function exactCdf(m, n) {
    const max = m * n;
    // f[j][u]: ways to choose j of the first i ranks for the first sample giving U = u.
    const f = Array.from({ length: m + 1 }, () => new Float64Array(max + 1));
    f[0][0] = 1;
    for (let i = 1; i <= m + n; i++) {
        for (let j = Math.min(i, m); j >= 1; j--) {
            const shift = i - j; // values of the second sample below this one
            if (shift > n)
                continue;
            const to = f[j];
            const from = f[j - 1];
            for (let u = max; u >= shift; u--)
                to[u] += from[u - shift];
        }
    }
    const counts = f[m];
    let total = 0;
    const cum = new Float64Array(max + 1);
    for (let u = 0; u <= max; u++) {
        total += counts[u];
        cum[u] = total;
    }
    return (u) => (u < 0 ? 0 : u >= max ? 1 : cum[Math.floor(u)] / total);
}
/**
 * The Mann–Whitney U test of x against y, as R's `wilcox.test(x, y, alternative)` computes it.
 * Both samples must be non-empty, finite or infinite numbers (no NaN).
 */
function mannWhitneyU(x, y, options) {
    const m = x.length;
    const n = y.length;
    if (m === 0 || n === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('the rank test needs values on both sides', { input: 'compare' });
    const { r1, ties } = rankSum(x, y);
    const u = r1 - (m * (m + 1)) / 2;
    const method = options.method ?? 'auto';
    const exact = method === 'exact' || (method === 'auto' && m < EXACT_BELOW && n < EXACT_BELOW && ties === 0);
    const alt = options.alternative;
    if (exact) {
        const cdf = exactCdf(m, n);
        const upper = (k) => 1 - cdf(Math.ceil(k) - 1); // P(U ≥ k)
        const lower = (k) => cdf(Math.floor(k)); // P(U ≤ k)
        let p;
        if (alt === 'greater')
            p = upper(u);
        else if (alt === 'less')
            p = lower(u);
        else
            p = Math.min(1, 2 * (u > (m * n) / 2 ? upper(u) : lower(u)));
        return { u, pValue: Math.min(1, Math.max(0, p)), method: 'exact' };
    }
    const sigma = uSigma(m, n, ties);
    const d = u - (m * n) / 2;
    const continuity = options.continuity ?? true;
    const correction = !continuity ? 0 : alt === 'two-sided' ? Math.sign(d) * 0.5 : alt === 'greater' ? 0.5 : -0.5;
    const z = (d - correction) / sigma;
    let p;
    if (alt === 'greater')
        p = 1 - pnorm(z);
    else if (alt === 'less')
        p = pnorm(z);
    else
        p = 2 * Math.min(pnorm(z), 1 - pnorm(z));
    if (!Number.isNaN(p))
        p = Math.min(1, p);
    return { u, pValue: p, method: 'asymptotic' };
}
/**
 * Kayenta's `MannWhitney.wilcoxonDiff` (R's `wdiff` in `wilcox.test`): the continuity- and
 * tie-corrected normal score of x − mu against y, less `zq`. Decreasing in mu, in steps.
 */
function wilcoxonDiff(mu, zq, x, y) {
    const m = x.length;
    const n = y.length;
    const { r1, ties } = rankSum(x.map((v) => v - mu), y);
    const dz = r1 - (m * (m + 1)) / 2 - (m * n) / 2;
    const sigma = uSigma(m, n, ties);
    if (sigma === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('no confidence interval when every value is the same', { input: 'compare' });
    return (dz - Math.sign(dz) * 0.5) / sigma - zq;
}
/** The standard normal quantile, by bisection of the CDF (simple-statistics' `probit` is off by 3e-3). */
function qnorm(p) {
    return (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .bisect */ .h1)((z) => pnorm(z) - p, -40, 40, 200, 1e-12);
}
/**
 * The two-sided confidence interval and estimate of the shift of x (the canary) against y (the
 * baseline), as Kayenta's `MannWhitney.calculateConfidenceInterval` (R's asymptotic
 * `wilcox.test(x, y, conf.int = TRUE, exact = FALSE)`) finds them: the roots of
 * {@link wilcoxonDiff} between min(x) − max(y) and max(x) − min(y), at ±z and at 0; an end
 * where the function already has the sign is the end itself. Kayenta and R use Brent's method
 * (R's `uniroot`, `tol = 1e-4`); this bisects (simple-statistics' `bisect`) to 1e-9 of the range,
 * so it lands on the step where R stops within R's tolerance of it. O((m + n) log(m + n)) per step,
 * about 3 × 40 steps.
 */
function shiftInterval(x, y, confidence) {
    if (x.length === 0 || y.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('the shift needs values on both sides', { input: 'compare' });
    const muMin = Math.min(...x) - Math.max(...y);
    const muMax = Math.max(...x) - Math.min(...y);
    const tolerance = Math.max((muMax - muMin) * 1e-9, Number.MIN_VALUE);
    const root = (zq) => {
        if (wilcoxonDiff(muMin, zq, x, y) <= 0)
            return muMin;
        if (wilcoxonDiff(muMax, zq, x, y) >= 0)
            return muMax;
        return (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .bisect */ .h1)((mu) => wilcoxonDiff(mu, zq, x, y), muMin, muMax, 200, tolerance);
    };
    const z = -qnorm((1 - confidence) / 2);
    return { lower: root(z), upper: root(-z), estimate: root(0) };
}
function finite(values, side) {
    if (!Array.isArray(values))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`the ${side} sample is not a list of numbers`, { input: 'compare' });
    if (values.length > MAX_SAMPLES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`the ${side} sample holds ${values.length} values, more than ${MAX_SAMPLES}`, {
            input: 'compare',
            hint: 'fewer measurements (count) or a coarser query'
        });
    }
    const kept = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
    return { kept, dropped: values.length - kept.length };
}
function checkSpec(spec) {
    const bad = (what) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(what, { input: 'compare' });
    if (!['increase', 'decrease', 'either'].includes(spec.direction)) {
        throw bad(`direction must be increase, decrease or either, not ${JSON.stringify(spec.direction)}`);
    }
    if (!Number.isFinite(spec.tolerancePct) || spec.tolerancePct < 0) {
        throw bad(`tolerance must be a percentage of 0 or more, not ${spec.tolerancePct}`);
    }
    if (!Number.isFinite(spec.confidence) || spec.confidence < 0.5 || spec.confidence > 0.999) {
        throw bad(`confidence must be between 0.5 and 0.999, not ${spec.confidence}`);
    }
    if (!Number.isInteger(spec.minSamples) || spec.minSamples < 1 || spec.minSamples > MAX_SAMPLES) {
        throw bad(`min samples must be a whole number from 1 to ${MAX_SAMPLES}, not ${spec.minSamples}`);
    }
}
/** A figure for the one-line detail: 4 significant digits, no exponent for everyday sizes. */
function fmt(v) {
    if (v === 0)
        return '0';
    const a = Math.abs(v);
    if (a >= 1e-3 && a < 1e7)
        return String(Number(v.toPrecision(4)));
    return v.toExponential(2);
}
function fmtP(p) {
    // The normal approximation underflows to 0 for samples far apart: said as 0, not `0.0e+0`.
    if (p === 0)
        return '0';
    return p >= 1e-4 ? String(Number(p.toPrecision(2))) : p.toExponential(1);
}
/**
 * Judges the canary's measurements against the baseline's (see the file's comment for the rules and
 * where they follow Kayenta). Non-finite values are dropped and counted in `detail`.
 */
function compareSamples(canary, baseline, spec, label = {}) {
    checkSpec(spec);
    const c = finite(canary, 'canary');
    const b = finite(baseline, 'baseline');
    const unit = label.unit ? ` ${label.unit}` : '';
    const what = label.name ? `canary ${label.name}` : 'canary';
    const dropped = c.dropped + b.dropped > 0 ? ` (dropped non-finite: canary ${c.dropped}, baseline ${b.dropped})` : '';
    const base = {
        canary: c.kept,
        baseline: b.kept,
        tolerancePct: spec.tolerancePct,
        confidence: spec.confidence
    };
    if (c.kept.length < spec.minSamples || b.kept.length < spec.minSamples) {
        return {
            ...base,
            verdict: 'inconclusive',
            canaryMedian: c.kept.length ? (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(c.kept) : null,
            baselineMedian: b.kept.length ? (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(b.kept) : null,
            changePct: null,
            u: null,
            pValue: null,
            detail: `${what}: too few samples to compare, canary ${c.kept.length} and baseline ${b.kept.length} ` +
                `(at least ${spec.minSamples} each)${dropped}: inconclusive`
        };
    }
    const cm = (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(c.kept);
    const bm = (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(b.kept);
    // Kayenta's effect size "cannot be computed" on a zero baseline: null, and it does not hold the verdict back.
    const changePct = bm !== 0 ? ((cm - bm) / Math.abs(bm)) * 100 : cm === bm ? 0 : null;
    const change = changePct === null ? `${cm > bm ? '+' : '-'}∞ %` : `${changePct >= 0 ? '+' : ''}${changePct.toFixed(1)} %`;
    const head = `${what} median ${fmt(cm)}${unit} vs baseline ${fmt(bm)}${unit} (${change}, tolerance ${fmt(spec.tolerancePct)} %)`;
    const first = c.kept[0];
    if (c.kept.every((v) => v === first) && b.kept.every((v) => v === first)) {
        // Kayenta: one distinct value across both samples → Pass.
        return {
            ...base,
            verdict: 'pass',
            canaryMedian: cm,
            baselineMedian: bm,
            changePct,
            u: null,
            pValue: null,
            detail: `${head}: all ${c.kept.length + b.kept.length} values equal, nothing differs${dropped}: pass`
        };
    }
    const alternative = spec.direction === 'increase' ? 'greater' : spec.direction === 'decrease' ? 'less' : 'two-sided';
    const test = mannWhitneyU(c.kept, b.kept, { alternative });
    const alpha = 1 - spec.confidence;
    const significant = test.pValue < alpha;
    // The effect: the medians' change (the contract's), or the means' (Kayenta's `meanRatio`), whichever is
    // beyond the tolerance: on mostly-zero metrics (errors per interval) both medians are 0 while the
    // canary's mean is 4× the baseline's (Kayenta's "High Metric (Large Input)" case).
    const tol = spec.tolerancePct;
    const meanC = (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .mean */ .RE)(c.kept);
    const meanB = (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .mean */ .RE)(b.kept);
    const meanPct = meanB !== 0 ? ((meanC - meanB) / Math.abs(meanB)) * 100 : meanC === meanB ? 0 : null;
    const beyond = (pct, cv, bv, up) => pct === null ? (up ? cv > bv : cv < bv) : up ? pct > tol : pct < -tol;
    const higher = beyond(changePct, cm, bm, true) || beyond(meanPct, meanC, meanB, true);
    const lower = beyond(changePct, cm, bm, false) || beyond(meanPct, meanC, meanB, false);
    const worse = spec.direction === 'increase' ? higher : spec.direction === 'decrease' ? lower : higher || lower;
    const verdict = significant && worse ? 'fail' : 'pass';
    const medianWorse = spec.direction === 'increase'
        ? beyond(changePct, cm, bm, true)
        : spec.direction === 'decrease'
            ? beyond(changePct, cm, bm, false)
            : beyond(changePct, cm, bm, true) || beyond(changePct, cm, bm, false);
    const byMean = significant && worse && !medianWorse
        ? `, mean ${fmt(meanC)}${unit} vs ${fmt(meanB)}${unit} (${meanPct === null ? '∞' : `${meanPct >= 0 ? '+' : ''}${meanPct.toFixed(1)}`} %)`
        : '';
    const why = significant ? (worse ? byMean : ', within tolerance') : '';
    return {
        ...base,
        verdict,
        canaryMedian: cm,
        baselineMedian: bm,
        changePct,
        u: test.u,
        pValue: test.pValue,
        detail: `${head}: U=${fmt(test.u)}, p=${fmtP(test.pValue)} ${significant ? '<' : '≥'} ${fmtP(alpha)}` +
            `${why}${dropped}: ${verdict}`
    };
}


/***/ })

};
