/**
 * Immutable versions. A deploy names the artifact it ships by something that cannot move under
 * it: a commit SHA, a semantic version tag, or a content digest. Moving names (`latest`, `stable`,
 * a branch) are refused, and so is anything a shell would read specially.
 */
import { UserError } from '../errors.js';

/** Tags that are moved by convention: registries, npm dist-tags and branch names. */
const MOVING = new Set([
  'latest', 'stable', 'main', 'master', 'trunk', 'develop', 'development', 'dev', 'head', 'edge', 'nightly',
  'current', 'release', 'next', 'canary', 'beta', 'alpha', 'rc', 'lts', 'prod', 'production', 'staging', 'test', 'preview'
]);

const SHA = /^[0-9a-f]{7,40}$|^[0-9a-f]{64}$/i;
const DIGEST = /^sha(256|384|512):[0-9a-f]{32,128}$/i;
// Semantic versions with an optional v (v1.2.3, 1.2.3-rc.1+build.5) and shorter numeric ones (v1.2, 2024.06.01).
const SEMVER = /^v?\d+(\.\d+){1,3}(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

/** Characters a shell gives a meaning to, and control characters. Versions never need them. */
const SHELL_META = /[\s;&|<>()$`\\"'*?[\]{}!#~%^\x00-\x1f\x7f]/;

/** What {@link classifyVersion} found. */
export interface VersionVerdict {
  immutable: boolean;
  /** `commit sha`, `semver tag`, `digest`, or why it is refused. */
  kind: string;
}

/**
 * Refuses (as bad input naming `input`) a version holding shell metacharacters, control characters
 * or nothing at all: such a value is never passed on, even to the checks.
 */
export function assertVersionSyntax(version: string, input: string): void {
  if (!version) throw new UserError('no version: give one or set GITHUB_SHA', { input });
  if (version.length > 256) throw new UserError('longer than 256 characters', { input });
  const bad = SHELL_META.exec(version);
  if (bad) {
    const shown = bad[0].charCodeAt(0) < 0x20 || bad[0] === '\x7f' ? `\\x${bad[0].charCodeAt(0).toString(16).padStart(2, '0')}` : bad[0];
    throw new UserError(`holds the character ${JSON.stringify(shown)}, which a shell would interpret`, {
      input,
      hint: 'a commit SHA, a semver tag such as v1.2.3, or a digest such as sha256:…'
    });
  }
}

/** Whether a version names an immutable artifact, and what kind of name it is. */
export function classifyVersion(version: string): VersionVerdict {
  // An image reference: judge its tag or digest (registry/app:1.2.3, app@sha256:…).
  const at = version.lastIndexOf('@');
  if (at > 0) {
    const digest = version.slice(at + 1);
    return DIGEST.test(digest) ? { immutable: true, kind: 'image digest' } : { immutable: false, kind: 'not a digest after @' };
  }
  if (DIGEST.test(version)) return { immutable: true, kind: 'digest' };
  const colon = version.lastIndexOf(':');
  const slash = version.lastIndexOf('/');
  let tag = version;
  if (colon > slash && colon > 0) tag = version.slice(colon + 1);
  else if (slash >= 0) return { immutable: false, kind: 'a branch-like name' };
  if (tag.startsWith('refs/')) return { immutable: false, kind: 'a Git ref' };
  if (MOVING.has(tag.toLowerCase())) return { immutable: false, kind: `"${tag}" is a moving tag` };
  if (SHA.test(tag) && /\d/.test(tag)) return { immutable: true, kind: 'commit sha' };
  if (SEMVER.test(tag)) return { immutable: true, kind: 'semver tag' };
  return { immutable: false, kind: 'neither a commit SHA, a semver tag nor a digest' };
}
