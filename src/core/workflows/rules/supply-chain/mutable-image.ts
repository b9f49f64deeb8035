/** PG205 mutable-image: container, service and `docker://` images with `:latest` or no tag. */
import { isMapping, isString } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { Rule } from '../../rule.js';
import type { Node } from '../../model.js';
import type { SourceFile } from '../../source.js';

/** The image of `container:` (a string, or a mapping with `image:`) or of a service. */
function imageOf(token: TemplateToken | undefined): TemplateToken | undefined {
  if (!token) return undefined;
  if (isString(token)) return token;
  if (!isMapping(token)) return undefined;
  for (const pair of token) if (isString(pair.key) && pair.key.value === 'image') return pair.value;
  return undefined;
}

/** What is mutable about an image reference: `:latest`, no tag, or nothing (a version tag or a digest). */
function mutability(image: string): 'latest' | 'untagged' | undefined {
  if (!image || image.includes('${{') || image.includes('@')) return undefined;
  const last = image.split('/').pop() ?? '';
  const colon = last.indexOf(':');
  if (colon < 0) return 'untagged';
  return last.slice(colon + 1).toLowerCase() === 'latest' ? 'latest' : undefined;
}

const rule: Rule = {
  id: 'PG205',
  name: 'mutable-image',
  level: 'warning',
  description: 'A `container:`, `services:` or `docker://` image with the `:latest` tag or no tag at all.',
  help: 'An image without a tag means `:latest`, which points to whatever was pushed last: the job changes under you between two runs, and whoever can push the image controls what runs. Use a version tag (`postgres:16.4`) or, better, a digest (`postgres@sha256:…`, which PG201 asks for `docker://` steps).',
  create(context) {
    const check = (file: SourceFile, token: TemplateToken | undefined, what: string): void => {
      if (!token || !isString(token)) return;
      const image = token.value.trim().replace(/^docker:\/\//, '');
      const kind = mutability(image);
      if (!kind) return;
      const node: Node = { at: token.range ? { line: token.range.start.line, column: token.range.start.column } : { line: 1, column: 1 } };
      const why = kind === 'latest' ? 'uses the mutable tag :latest' : 'has no tag, so it means :latest';
      context.report(file, node, `${what} image "${image}" ${why}; pin a version tag or a digest (@sha256:…)`);
    };
    return {
      jobPre(job, workflow) {
        check(workflow.file, imageOf(job.container), `container`);
        if (job.services && isMapping(job.services)) {
          for (const pair of job.services) {
            const name = isString(pair.key) ? pair.key.value : '';
            check(workflow.file, imageOf(pair.value), `service "${name}"`);
          }
        }
      },
      step(step, _owner, file) {
        const uses = step.uses?.value ?? '';
        if (!uses.startsWith('docker://')) return;
        const token = step.token.find('uses');
        check(file.file, token, 'step');
      }
    };
  }
};
export default rule;
