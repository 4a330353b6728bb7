/**
 * Stands in for `semver/functions/satisfies` in the client bundle; see semverParse.ts. It answers
 * as semver does for release versions against plain ranges (`^1.82.0` is what vscode-languageclient
 * 9 checks) and for prereleases against them (outside). Unlike semver, compare-versions lets no
 * release satisfy a range that names a prerelease (`^1.82.0-next.1`); a client that checked one
 * would refuse to start, which the editor tests would show at once.
 */
import { satisfies as inRange } from 'compare-versions';
import parse = require('./semverParse');

/** Like semver's `satisfies`, for a version string or what `parse` returned. */
function satisfies(version: string | parse.Version | null, range: string): boolean {
  const parsed = typeof version === 'string' ? parse(version) : version;
  if (!parsed) return false;
  const { major, minor, patch, prerelease } = parsed;
  // As in semver, a prerelease (1.101.0-insider) is outside a range that names no prerelease.
  if (prerelease.length > 0 && !/\d-[0-9A-Za-z]/.test(range)) return false;
  const text = `${major}.${minor}.${patch}${prerelease.length > 0 ? `-${prerelease.join('.')}` : ''}`;
  try {
    return inRange(text, range);
  } catch {
    // semver answers false for a range it cannot read; compare-versions throws.
    return false;
  }
}

export = satisfies;
