/**
 * CVSS base scores from vector strings, as osv-scanner rates a group when no `max_severity` is
 * written: the highest base score of the group's `severity[]` vectors. v3.0/v3.1 with the
 * specification's formulas and round-up (FIRST CVSS v3.1 specification, section 7 and appendix A),
 * v2 with its own (CVSS v2 guide, section 3.2.1). v4 vectors need the specification's lookup tables
 * and are not scored here (null): the advisory database's word stands in.
 */

const V3: Record<string, Record<string, number>> = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  C: { H: 0.56, L: 0.22, N: 0 },
  I: { H: 0.56, L: 0.22, N: 0 },
  A: { H: 0.56, L: 0.22, N: 0 }
};

/** v3.1 Roundup: the smallest one-decimal number ≥ x, free of floating-point error. */
function roundUp31(x: number): number {
  const i = Math.round(x * 100000);
  return i % 10000 === 0 ? i / 100000 : (Math.floor(i / 10000) + 1) / 10;
}

function metrics(vector: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const part of vector.split('/')) {
    const [k, v] = part.split(':');
    if (k && v !== undefined && !m.has(k)) m.set(k, v);
  }
  return m;
}

function scoreV3(vector: string, v30: boolean): number | null {
  const m = metrics(vector);
  const scope = m.get('S');
  if (scope !== 'U' && scope !== 'C') return null;
  const pr = { N: 0.85, L: scope === 'C' ? 0.68 : 0.62, H: scope === 'C' ? 0.5 : 0.27 }[m.get('PR') ?? ''];
  const w = (k: string): number | undefined => V3[k][m.get(k) ?? ''];
  const [av, ac, ui, c, i, a] = ['AV', 'AC', 'UI', 'C', 'I', 'A'].map(w);
  if ([av, ac, ui, c, i, a, pr].some((x) => x === undefined)) return null;
  const iss = 1 - (1 - c!) * (1 - i!) * (1 - a!);
  const impact = scope === 'U' ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15);
  const exploitability = 8.22 * av! * ac! * pr! * ui!;
  if (impact <= 0) return 0;
  const raw = scope === 'U' ? Math.min(impact + exploitability, 10) : Math.min(1.08 * (impact + exploitability), 10);
  return v30 ? Math.ceil(raw * 10) / 10 : roundUp31(raw);
}

function scoreV2(vector: string): number | null {
  const m = metrics(vector.replace(/^\(|\)$/g, ''));
  const av = { L: 0.395, A: 0.646, N: 1 }[m.get('AV') ?? ''];
  const ac = { H: 0.35, M: 0.61, L: 0.71 }[m.get('AC') ?? ''];
  const au = { M: 0.45, S: 0.56, N: 0.704 }[m.get('Au') ?? ''];
  const cia = (k: string): number | undefined => ({ N: 0, P: 0.275, C: 0.66 })[m.get(k) ?? ''];
  const [c, i, a] = ['C', 'I', 'A'].map(cia);
  if ([av, ac, au, c, i, a].some((x) => x === undefined)) return null;
  const impact = 10.41 * (1 - (1 - c!) * (1 - i!) * (1 - a!));
  const exploitability = 20 * av! * ac! * au!;
  const f = impact === 0 ? 0 : 1.176;
  return Math.round((0.6 * impact + 0.4 * exploitability - 1.5) * f * 10) / 10;
}

/** The base score of a CVSS vector (v2, v3.0, v3.1), or null for v4 and anything unreadable. */
export function cvssBaseScore(vector: string): number | null {
  const v = vector.trim();
  if (v.startsWith('CVSS:3.1/')) return scoreV3(v, false);
  if (v.startsWith('CVSS:3.0/')) return scoreV3(v, true);
  if (v.startsWith('CVSS:')) return null;
  if (/(^|\/)AV:[LAN]\/AC:[HML]\/Au:[MSN]/.test(v)) return scoreV2(v);
  return null;
}
