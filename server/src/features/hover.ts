/** textDocument/hover: the gloss of the term (or speaker) under the cursor. */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParagraphPair } from '../align';
import { termsInParagraph, type GlossaryEntry, type TermIndex, type TermMatch } from '../glossary';
import { indexAt, normalizeSpaces, truncate, type Briefing, type Span } from '../model';
import { toRange } from './ranges';
import { VERSION_NAMES, type Counterpart } from './parallel';
import { escape } from './markdown';
import { isMessageId, t } from '../l10n';
import { unknownTerm } from './unknownTerms';
import { memorySection } from './memoryHover';
import type { MemoryMatch } from '../memory';

const PEEK_LENGTH = 240;

/**
 * The gloss of the term under the cursor, and what the other language version has there: on a
 * term, whether its rendering appears in the aligned paragraph; on a speaker label or a point
 * marker, a peek of the counterpart text. On Chinese text, the translation memory's closest
 * earlier renderings of the sentence, when `memory` is given and has any of 75% or more.
 */
export function hover(
  document: TextDocument,
  briefing: Briefing,
  offset: number,
  terms: TermIndex,
  counterpart?: Counterpart,
  earlierPairs: () => (readonly ParagraphPair[])[] = () => [],
  memory?: (zh: string) => MemoryMatch[],
): Hover | null {
  const paragraph = briefing.paragraphs[indexAt(briefing.paragraphs, offset)];
  if (!paragraph) return null;
  const label = paragraph.label;
  if (label && label.start <= offset && offset < label.end) {
    const glosses = terms.match(briefing.text, label.start, label.end).map(describe);
    return answer(document, label, [...glosses, ...peek(counterpart)]);
  }
  if (counterpart?.kind === 'point') return answer(document, counterpart.origin, peek(counterpart));
  const matches = termsInParagraph(briefing, paragraph.index, terms);
  const match = matches.find((m) => m.start <= offset && offset < m.end);
  const recalled = memory && memorySection(briefing, paragraph, offset, memory);
  const earlier = recalled ? [recalled.markdown] : [];
  if (!match) {
    const help = paragraph.language === 'zh' ? unknownTerm(briefing.text, paragraph, offset, { terms, matches }, counterpart, earlierPairs) : undefined;
    if (help) return answer(document, help.span, [help.markdown, ...earlier]);
    return recalled ? answer(document, recalled.span, earlier) : null;
  }
  return answer(document, match, [describe(match), ...renderingCheck(match, counterpart), ...earlier]);
}

function answer(document: TextDocument, range: Span, parts: string[]): Hover | null {
  if (parts.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: toRange(document, range) };
}

function peek(counterpart: Counterpart | undefined): string[] {
  if (counterpart?.kind === 'missing') return [t('hover.missing', { version: VERSION_NAMES[counterpart.toSide] })];
  if (!counterpart || counterpart.targets.length === 0) return [];
  const { to, targets } = counterpart;
  const text = truncate(normalizeSpaces(to.briefing.text.slice(targets[0]!.start, targets[targets.length - 1]!.end)), PEEK_LENGTH);
  const language = VERSION_NAMES[counterpart.toSide];
  return [`${t('hover.peek', { version: language, confidence: counterpart.confidence.toFixed(2) })}\n\n> ${escape(text)}`];
}

function renderingCheck(match: TermMatch, counterpart: Counterpart | undefined): string[] {
  if (!counterpart || counterpart.kind === 'missing' || counterpart.term !== match) return [];
  const language = VERSION_NAMES[counterpart.toSide];
  if (counterpart.kind === 'term') {
    const found = counterpart.to.briefing.text.slice(counterpart.targets[0]!.start, counterpart.targets[0]!.end);
    return [t('hover.rendered', { version: language, found: escape(found) })];
  }
  return [t('hover.notRendered', { version: language })];
}

/** The Markdown of one gloss: the term, its rendering(s) in the other language, the note, the source. */
export function describe(match: TermMatch): string {
  const { entry, language } = match;
  const other = language === 'zh' ? entry.en : entry.zh;
  const lines = [`**${escape(match.text ?? match.term)}** → ${other.map((t) => `**${escape(t)}**`).join(' · ')}`];
  const variants = entry[language].filter((t) => t !== match.term);
  if (variants.length > 0) lines.push(t('hover.also', { variants: variants.map(escape).join(' · ') }));
  if (entry.note) lines.push(`*${escape(entry.note)}*`);
  lines.push([sourceOf(entry), entry.type && escape(typeName(entry.type)), entry.citation && t('hover.checkedAgainst', { citation: escape(entry.citation) })].filter(Boolean).join(' · '));
  return lines.join('\n\n');
}

/** A known entry type (person, treaty) in the user's language; another as the glossary writes it. */
function typeName(type: string): string {
  const id = `glossary.type.${type}`;
  return isMessageId(id) ? t(id) : type;
}

function sourceOf(entry: GlossaryEntry): string {
  const source = entry.source;
  if (source.kind === 'builtin') return t('hover.builtin', { file: source.file });
  const encoded = source.uri.slice(source.uri.lastIndexOf('/') + 1);
  let name = encoded;
  try {
    name = decodeURIComponent(encoded);
  } catch {
    // A URI with a stray % sign: show it as it is.
  }
  return t('hover.from', { link: `[${escape(name)}:${source.line + 1}](${source.uri}#L${source.line + 1})` });
}
