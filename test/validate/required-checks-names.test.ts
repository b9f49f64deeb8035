/** Check names as GitHub forms them from jobs (the PG4xx rules match required checks against them). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadFile } from '../../src/core/workflows/parse.js';
import { producedChecks, producersOf, templateText } from '../../src/core/workflows/rules/required-checks/required-checks.js';
import type { Project } from '../../src/core/workflows/rule.js';

async function names(yaml: string): Promise<{ names: string[]; project: Project }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-names-'));
  writeFileSync(path.join(dir, 'ci.yml'), yaml);
  const file = await loadFile(path.join(dir, 'ci.yml'), 'ci.yml');
  const project: Project = { files: [file], local: () => undefined };
  return { names: producedChecks(project).map((p) => p.name), project };
}

describe('produced check names', () => {
  it('turns the parser format() back into the name template', () => {
    expect(templateText("${{ format('test-{0} on {1}', matrix.os, matrix.node) }}")).toBe('test-${{ matrix.os }} on ${{ matrix.node }}');
    expect(templateText("${{ format('a {{x}} ''{0}''', matrix.y) }}")).toBe("a {x} '${{ matrix.y }}'");
    expect(templateText('plain')).toBe('plain');
  });

  it('expands matrices: named, unnamed, exclude and include', async () => {
    const { names: list } = await names(`on: pull_request
jobs:
  named:
    name: test-\${{ matrix.os }}
    runs-on: x
    strategy: { matrix: { os: [linux, mac] } }
    steps: [{ run: x }]
  unit:
    runs-on: x
    strategy:
      matrix:
        node: [20, 22]
        os: [linux, mac]
        exclude: [{ node: 20, os: mac }]
        include: [{ node: 24, os: linux }]
    steps: [{ run: x }]
  plain:
    name: Lint
    runs-on: x
    steps: [{ run: x }]
`);
    expect(list).toEqual(['test-linux', 'test-mac', 'unit (20, linux)', 'unit (22, linux)', 'unit (22, mac)', 'unit (24, linux)', 'Lint']);
  });

  it('matches run-time parts: a dynamic matrix, a remote reusable workflow', async () => {
    const { project } = await names(`on: pull_request
jobs:
  dyn:
    runs-on: x
    strategy:
      matrix:
        os: \${{ fromJSON(vars.OSES) }}
    steps: [{ run: x }]
  call:
    uses: acme/flows/.github/workflows/ci.yml@v1
`);
    const produced = producedChecks(project);
    expect(producersOf('dyn (windows)', produced).map((p) => p.job.id.value)).toEqual(['dyn']);
    expect(producersOf('call / build', produced).map((p) => p.job.id.value)).toEqual(['call']);
    expect(producersOf('dyn', produced)).toEqual([]);
  });
});
