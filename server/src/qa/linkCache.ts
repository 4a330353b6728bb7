/**
 * Findings of one link, kept by what its paragraphs say: after an edit only the links it touched
 * are checked again; the others' findings are moved to where their paragraphs now stand. Keys are
 * hashes of the texts, so that the cache does not hold old versions of a document.
 */
import type { Finding } from './types';
import type { LinkView, Versions } from './view';

/** A cache this full starts again: a few large documents' worth of links. */
const MOST_KEPT = 100_000;

export class LinkFindings {
  private readonly kept = new Map<string, Finding[]>();

  /** The findings of `view`, computed by `find` unless the same texts were checked before. */
  of(versions: Versions, view: LinkView, salt: string, find: () => Finding[]): Finding[] {
    const key = `${salt}:${textKey(versions.zh.text, view.source)}:${textKey(versions.en.text, view.target)}`;
    let relative = this.kept.get(key);
    if (!relative) {
      if (this.kept.size >= MOST_KEPT) this.kept.clear();
      relative = find().map((finding) => moved(finding, -view.target.start, -view.source.start));
      this.kept.set(key, relative);
    }
    return relative.map((finding) => moved(finding, view.target.start, view.source.start));
  }
}

function moved(finding: Finding, target: number, source: number): Finding {
  return {
    ...finding,
    start: finding.start + target,
    end: finding.end + target,
    sourceStart: finding.sourceStart + source,
    sourceEnd: finding.sourceEnd + source,
    ...(finding.fix && { fix: { ...finding.fix, start: finding.fix.start + target, end: finding.fix.end + target } }),
    ...(finding.alsoAt && { alsoAt: finding.alsoAt.map((place) => ({ start: place.start + target, end: place.end + target })) }),
  };
}

/**
 * Two FNV-1a hashes of text[start, end) (the second from another offset basis, over the code
 * units read backwards), read in place, and the length: no copy of the text is made.
 */
function textKey(text: string, { start, end }: { start: number; end: number }): string {
  let forward = 0x811c9dc5;
  let backward = 0x01000193;
  for (let i = start, j = end - 1; i < end; i++, j--) {
    forward = Math.imul(forward ^ text.charCodeAt(i), 16777619);
    backward = Math.imul(backward ^ text.charCodeAt(j), 16777619);
  }
  return `${(forward >>> 0).toString(36)}.${(backward >>> 0).toString(36)}.${end - start}`;
}
