/**
 * A repository's `# zizmor: ignore[audit, …]` comments hold for the rules that port those audits
 * (peers.ts maps audit → rules), on the comment's line, with or without a reason after it, and for
 * no other rule. pydantic/pydantic's ci.yml and astral-sh/uv's workflows carry dozens of them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RULES } from '../../src/core/workflows/rules/index.js';
import { loadFile } from '../../src/core/workflows/parse.js';
import { lint } from '../../src/core/workflows/lint.js';

async function findings(text: string): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-zizmor-ignore-'));
  writeFileSync(path.join(dir, 'ci.yml'), text);
  const parsed = await loadFile(path.join(dir, 'ci.yml'), 'ci.yml');
  return (await lint([parsed], { workspace: dir, rules: RULES, settings: { allowActions: [], allowOwners: [], shellcheck: { path: '/nonexistent' } } }))
    .filter((f) => f.level !== 'note')
    .map((f) => `${f.line} ${f.ruleName}`);
}

const WORKFLOW = (comments: [string, string]) => `on: pull_request_target
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4 ${comments[0]}
        with:
          persist-credentials: false
      - run: echo "\${{ github.event.pull_request.title }}" ${comments[1]}
`;

it('silences the ported rules on the line, and nothing else', async () => {
  const plain = await findings(WORKFLOW(['', '']));
  expect(plain).toEqual(expect.arrayContaining(['7 unpinned-action', '10 untrusted-input-in-script']));
  const ignored = await findings(WORKFLOW(['# zizmor: ignore[unpinned-uses]', '# zizmor: ignore[template-injection] -- the title is only echoed']));
  expect(ignored).toEqual(plain.filter((f) => f !== '7 unpinned-action' && f !== '10 untrusted-input-in-script'));
  // Another audit's name, or a malformed comment, silences nothing.
  expect(await findings(WORKFLOW(['# zizmor: ignore[artipacked]', '# zizmor: ignore template-injection']))).toEqual(plain);
  // Several audits in one comment.
  const both = await findings(WORKFLOW(['', '# zizmor: ignore[dangerous-triggers, template-injection]']));
  expect(both).toEqual(plain.filter((f) => f !== '10 untrusted-input-in-script'));
});
