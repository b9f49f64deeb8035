#!/usr/bin/env node
// The release steps of .github/workflows/release.yml, kept here so that they run (and are tested)
// the same on a laptop as on the runner. Users consume the actions as `uses: OWNER/phase-gates@v1`
// and pin `@vX.Y.Z` or its SHA, so a release is a tag `vX.Y.Z` on a commit whose committed dist/
// is what its sources build, plus the major tag `vX` moved to it.
//
//   node scripts/release.mjs check vX.Y.Z [--notes FILE]
//       The tag is a semantic version, package.json has that version, CHANGELOG.md has its entry
//       (Keep a Changelog: `## [X.Y.Z] - YYYY-MM-DD`, written to FILE as the release notes). That
//       dist/ is what the sources build is scripts/check-dist.mjs's to say, as in `npm test`.
//   node scripts/release.mjs move-major vX.Y.Z [--remote NAME] [--dry-run]
//       Points `vX` at the release's commit and pushes it (force: it is a moving tag), unless the
//       release is a pre-release or an older version than the newest `vX.*.*` already tagged (a
//       hotfix of 1.2 after 1.3 must not take v1 back). Prints `major=vX` and `moved=true|false`,
//       and appends them to GITHUB_OUTPUT on a runner.
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = process.cwd();

/** `vMAJOR.MINOR.PATCH` with an optional pre-release (`-rc.1`); no build metadata. */
const TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

class ReleaseError extends Error {}

function parseTag(tag) {
  const m = TAG.exec(tag ?? '');
  if (!m) throw new ReleaseError(`tag ${JSON.stringify(tag ?? '')} is not a release tag vMAJOR.MINOR.PATCH (e.g. v1.4.0 or v2.0.0-rc.1)`);
  return { tag, version: tag.slice(1), major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), pre: m[4] };
}

/** Orders two parsed tags by semantic-version precedence (pre-releases before their release). */
function compare(a, b) {
  for (const k of ['major', 'minor', 'patch']) if (a[k] !== b[k]) return a[k] - b[k];
  if (!a.pre || !b.pre) return (a.pre ? -1 : 0) - (b.pre ? -1 : 0);
  const x = a.pre.split('.');
  const y = b.pre.split('.');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] === undefined) return -1;
    if (y[i] === undefined) return 1;
    const nx = /^\d+$/.test(x[i]);
    const ny = /^\d+$/.test(y[i]);
    if (nx && ny && Number(x[i]) !== Number(y[i])) return Number(x[i]) - Number(y[i]);
    if (nx !== ny) return nx ? -1 : 1;
    if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return 0;
}

function git(args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** The CHANGELOG.md section of `version`, without its heading; throws when there is none. */
function changelogEntry(text, version) {
  const lines = text.split(/\r?\n/);
  const escaped = version.replace(/[.+-]/g, '\\$&');
  const heading = new RegExp(`^## \\[${escaped}\\](?: - (\\d{4}-\\d{2}-\\d{2}))?\\s*$`);
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0) throw new ReleaseError(`CHANGELOG.md has no entry "## [${version}] - YYYY-MM-DD": move the Unreleased notes under it`);
  if (!heading.exec(lines[start])[1]) throw new ReleaseError(`CHANGELOG.md:${start + 1}: the entry of ${version} has no release date ("## [${version}] - YYYY-MM-DD")`);
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end < 0) end = lines.length;
  const body = lines.slice(start + 1, end).join('\n').replace(/^\[[^\]]+\]:\s.*$/gm, '').trim();
  if (!body) throw new ReleaseError(`CHANGELOG.md:${start + 1}: the entry of ${version} is empty`);
  return body;
}

function check(tag, notes) {
  const t = parseTag(tag);
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  if (pkg.version !== t.version) throw new ReleaseError(`package.json has version ${pkg.version}, the tag says ${t.version}: set "version": "${t.version}" and tag that commit`);
  const entry = changelogEntry(readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8'), t.version);
  if (notes) writeFileSync(notes, entry + '\n');
  console.log(`${tag}: package.json and CHANGELOG.md agree`);
}

function moveMajor(tag, remote, dryRun) {
  const t = parseTag(tag);
  const major = `v${t.major}`;
  const commit = git(['rev-parse', '--verify', `refs/tags/${tag}^{commit}`]);
  const newer = git(['tag', '--list', `${major}.*`])
    .split('\n')
    .filter((name) => TAG.test(name) && name !== tag)
    .map(parseTag)
    .filter((other) => other.major === t.major && !other.pre && compare(other, t) > 0)
    .map((other) => other.tag);
  let why;
  if (t.pre) why = `${tag} is a pre-release`;
  else if (newer.length) why = `${newer.sort().join(', ')} ${newer.length > 1 ? 'are' : 'is'} newer`;
  if (!why && !dryRun) {
    git(['tag', '--force', major, commit]);
    if (remote) git(['push', '--force', remote, `refs/tags/${major}`]);
  }
  const moved = !why;
  console.log(moved ? `${major} → ${tag} (${commit.slice(0, 12)})${dryRun ? ' (dry run)' : ''}` : `${major} not moved: ${why}`);
  const out = `major=${major}\nmoved=${moved}\nprerelease=${Boolean(t.pre)}\n`;
  process.stdout.write(out);
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, out);
}

const [command, tag, ...rest] = process.argv.slice(2);
const flag = (name) => {
  const i = rest.indexOf(name);
  return i >= 0 ? rest[i + 1] : undefined;
};
try {
  if (command === 'check') check(tag, flag('--notes'));
  else if (command === 'move-major') moveMajor(tag, flag('--remote'), rest.includes('--dry-run'));
  else throw new ReleaseError('usage: node scripts/release.mjs check vX.Y.Z [--notes FILE] | move-major vX.Y.Z [--remote NAME] [--dry-run]');
} catch (err) {
  if (!(err instanceof ReleaseError) && !err.stderr) throw err;
  console.error(`release: ${err instanceof ReleaseError ? err.message : String(err.stderr).trim() || err.message}`);
  process.exitCode = 1;
}
