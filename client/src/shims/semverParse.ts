/**
 * Stands in for `semver/functions/parse` in the client bundle (see esbuild.mjs): the language
 * client parses `vscode.version` once, clears its prerelease and checks it against a `^` range.
 * compare-versions does that in 2 KB where semver's classes take 20 KB.
 */
import { validateStrict } from 'compare-versions';

interface ParsedVersion {
  readonly version: string;
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /** `['insider']` for `1.101.0-insider`; the client empties it to ignore insider builds. */
  prerelease: (string | number)[];
  readonly build: string[];
}

const PARTS = /^(\d+)\.(\d+)\.(\d+)(?:-([^+]*))?(?:\+(.*))?$/;

/** Like semver's `parse`: the parts of a strict `MAJOR.MINOR.PATCH[-pre][+build]`, or null. */
function parse(version: unknown): ParsedVersion | null {
  if (typeof version !== 'string') return null;
  const text = version.trim().replace(/^[=v]+/, '');
  if (!validateStrict(text)) return null;
  const [, major, minor, patch, pre, build] = PARTS.exec(text)!;
  return {
    version: text,
    major: Number(major),
    minor: Number(minor),
    patch: Number(patch),
    prerelease: pre ? pre.split('.').map((id) => (/^\d+$/.test(id) ? Number(id) : id)) : [],
    build: build ? build.split('.') : [],
  };
}

namespace parse {
  export type Version = ParsedVersion;
}

export = parse;
