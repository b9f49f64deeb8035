/** PG229 dependabot-execution: Dependabot updates allowed to run code of the dependencies (`insecure-external-code-execution: allow`). */
import type { Rule } from '../../rule.js';

const rule: Rule = {
  id: 'PG229',
  name: 'dependabot-execution',
  level: 'error',
  description: 'An `updates:` entry of `.github/dependabot.yml` with `insecure-external-code-execution: allow`: Dependabot runs code of the updated packages while resolving them, with access to its registry credentials.',
  help: 'For some ecosystems (bundler, mix, pip) resolving a dependency can execute code the package ships. `insecure-external-code-execution: allow` lets Dependabot do so, with the private registry credentials of the update in reach: one compromised package can steal them. Remove the key (`deny` is the default) and vendor what needs building. Read from `.github/dependabot.yml` (or `.yaml`). Same as zizmor\'s dependabot-execution audit.',
  create(context) {
    return {
      dependabot(config) {
        for (const update of config.updates) {
          const setting = update.insecureExternalCodeExecution;
          if (setting?.setting.trim().toLowerCase() !== 'allow') continue;
          const what = update.ecosystem ? `the ${update.ecosystem.value} updates` : 'this update';
          context.report(config.file, setting, `insecure-external-code-execution: allow lets Dependabot run code of ${what} with its registry credentials; remove it (deny is the default)`);
        }
      }
    };
  }
};
export default rule;
