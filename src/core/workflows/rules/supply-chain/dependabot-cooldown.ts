/** PG228 dependabot-cooldown: Dependabot updates that open pull requests for releases less than 7 days old. */
import type { Rule } from '../../rule.js';

/** zizmor's default minimum `cooldown.default-days`. */
export const MIN_COOLDOWN_DAYS = 7;
/** Dependabot's own cooldown when none is configured, as zizmor takes it. */
const DEPENDABOT_DEFAULT_DAYS = 3;

const rule: Rule = {
  id: 'PG228',
  name: 'dependabot-cooldown',
  level: 'warning',
  description: `An \`updates:\` entry of \`.github/dependabot.yml\` without \`cooldown: { default-days: ${MIN_COOLDOWN_DAYS} }\` or more: new releases are proposed before the community has had time to spot a compromised one.`,
  help: `Compromised releases of popular packages (and actions) are usually found and pulled within days. With a cooldown, Dependabot waits that many days after a release before proposing it, so that a malicious version rarely reaches your lock file. Set \`cooldown: { default-days: ${MIN_COOLDOWN_DAYS} }\` (or more) on every \`updates:\` entry; security updates are not delayed by it. Read from \`.github/dependabot.yml\` (or \`.yaml\`) of the workspace, or a Dependabot file given in \`paths\`. Same as zizmor's dependabot-cooldown audit with its default of ${MIN_COOLDOWN_DAYS} days, except that every entry is checked (zizmor stops at the first entry with enough days).`,
  create(context) {
    return {
      dependabot(config) {
        for (const update of config.updates) {
          const what = update.ecosystem ? `the ${update.ecosystem.value} updates${update.directory ? ` of ${update.directory.value}` : ''}` : 'this update';
          const set = update.cooldownDefaultDays;
          if (set) {
            const days = Number(set.days);
            if (Number.isFinite(days) && days >= MIN_COOLDOWN_DAYS) continue;
            context.report(config.file, set, `cooldown of ${what} is ${set.days} days, less than ${MIN_COOLDOWN_DAYS}; set default-days: ${MIN_COOLDOWN_DAYS} or more`);
          } else if (update.cooldownKey) {
            context.report(config.file, update.cooldownKey, `cooldown of ${what} has no default-days, so it is Dependabot's ${DEPENDABOT_DEFAULT_DAYS}; add default-days: ${MIN_COOLDOWN_DAYS}`);
          } else {
            context.report(config.file, update, `${what} have no cooldown: new releases are proposed at once; add cooldown: { default-days: ${MIN_COOLDOWN_DAYS} }`);
          }
        }
      }
    };
  }
};
export default rule;
