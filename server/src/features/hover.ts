/** textDocument/hover: the gloss of the term (or speaker) under the cursor. */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { termsInParagraph, type GlossaryEntry, type TermIndex, type TermMatch } from '../glossary';
import { indexAt, type Briefing } from '../model';
import { toRange } from './documentSymbols';

export function hover(document: TextDocument, briefing: Briefing, offset: number, terms: TermIndex): Hover | null {
  const paragraph = briefing.paragraphs[indexAt(briefing.paragraphs, offset)];
  if (!paragraph) return null;
  const label = paragraph.label;
  if (label && label.start <= offset && offset < label.end) {
    const matches = terms.match(briefing.text, label.start, label.end);
    if (matches.length === 0) return null;
    return { contents: { kind: MarkupKind.Markdown, value: matches.map(describe).join('\n\n---\n\n') }, range: toRange(document, label) };
  }
  const match = termsInParagraph(briefing, paragraph.index, terms).find((m) => m.start <= offset && offset < m.end);
  if (!match) return null;
  return { contents: { kind: MarkupKind.Markdown, value: describe(match) }, range: toRange(document, match) };
}

/** The Markdown of one gloss: the term, its rendering(s) in the other language, the note, the source. */
export function describe(match: TermMatch): string {
  const { entry, language } = match;
  const other = language === 'zh' ? entry.en : entry.zh;
  const lines = [`**${escape(match.term)}** → ${other.map((t) => `**${escape(t)}**`).join(' · ')}`];
  const variants = entry[language].filter((t) => t !== match.term);
  if (variants.length > 0) lines.push(`also: ${variants.map(escape).join(' · ')}`);
  if (entry.note) lines.push(`*${escape(entry.note)}*`);
  lines.push(sourceOf(entry));
  return lines.join('\n\n');
}

function sourceOf(entry: GlossaryEntry): string {
  const source = entry.source;
  if (source.kind === 'builtin') return `Built-in glossary (${source.file})`;
  const encoded = source.uri.slice(source.uri.lastIndexOf('/') + 1);
  let name = encoded;
  try {
    name = decodeURIComponent(encoded);
  } catch {
    // A URI with a stray % sign: show it as it is.
  }
  return `From [${escape(name)}:${source.line + 1}](${source.uri}#L${source.line + 1})`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/([\\`*_{}[\]()<>#+!|~])/g, '\\$1');
}
