/** The project's own workflows and action metadata pass workflows-validation with no finding. */
import { runValidate } from '../../src/core/commands/validate.js';
import { RecordingHost } from './host.js';
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';

describe("the project's own files", () => {
  it('give no finding with the default paths', async () => {
    const out = mkdtempSync(path.join(process.cwd(), '.pg-sarif-'));
    try {
      const host = new RecordingHost(process.cwd(), { 'sarif-path': path.relative(process.cwd(), path.join(out, 'v.sarif')) });
      const result = await runValidate(host);
      expect(result.findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`)).toEqual([]);
      expect(result.report.files).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', 'actions/workflows-validation/action.yml', 'actions/gates-enforcer/action.yml']));
      expect(host.outputs.valid).toBe('true');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
