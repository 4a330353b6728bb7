/**
 * `speaker`: the English turn is said by someone else than its Chinese turn: an answer where the
 * Chinese asks, or another spokesperson's name.
 */
import { findForm, type TermIndex } from '../glossary';
import { msg, type Message } from '../l10n';
import type { Finding } from './types';
import { isPaired, turnsByParagraph, type LinkView, type Versions } from './view';

export function speakerFindings(versions: Versions, views: readonly LinkView[], terms: TermIndex): Finding[] {
  const zhTurns = turnsByParagraph(versions.zh);
  const enTurns = turnsByParagraph(versions.en);
  const findings: Finding[] = [];
  for (const view of views.filter(isPaired)) {
    const zh = zhTurns.get(view.link.zh[0]!);
    const en = enTurns.get(view.link.en[0]!);
    // Only where both turns start here, under a label: the turn's own first paragraphs.
    if (!zh?.speaker || !en?.speaker || zh.paragraphs[0] !== view.link.zh[0] || en.paragraphs[0] !== view.link.en[0]) continue;
    const at = { start: en.speaker.start, end: en.speaker.end, sourceStart: zh.speaker.start, sourceEnd: zh.speaker.end };
    if (zh.kind !== en.kind && zh.kind !== 'announcement' && en.kind !== 'announcement') {
      findings.push({ check: 'speaker', message: msg('qa.speaker.kind', { here: msg(en.kind === 'question' ? 'qa.speaker.questionHere' : 'qa.speaker.answerHere'), there: msg(zh.kind === 'question' ? 'qa.speaker.questionThere' : 'qa.speaker.answerThere'), speaker: zh.speaker.name }), ...at });
      continue;
    }
    const named = otherName(versions, zh.speaker, en.speaker, terms);
    if (named) findings.push({ check: 'speaker', message: named, ...at });
  }
  return findings;
}

/** A Chinese label naming a person the glossary knows, whose English label names someone else. */
function otherName(versions: Versions, zh: { start: number; end: number; name: string }, en: { start: number; end: number; name: string }, terms: TermIndex): Message | undefined {
  const person = terms.match(versions.zh.text, zh.start, zh.start + zh.name.length).find((m) => m.language === 'zh' && m.entry.type === 'person' && m.end - m.start === zh.name.length);
  if (!person) return undefined;
  if (findForm(versions.en.text, en.start, en.start + en.name.length, person.entry.en)) return undefined;
  // Only a name against a name: "Q" or "Reuters" under a spokesperson's turn is the other check's matter.
  const other = terms.match(versions.en.text, en.start, en.start + en.name.length).find((m) => m.entry.type === 'person');
  return other ? msg('qa.speaker.name', { here: en.name, there: zh.name, person: person.entry.en[0]! }) : undefined;
}
