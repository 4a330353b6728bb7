/**
 * textDocument/diagnostic and workspace/diagnostic: the translation QA findings (qa/) on the
 * English version of a pair, with the Chinese paragraph as related information. Findings are
 * kept per alignment, so that a pair is checked again only when one of its texts changed.
 */
import { Diagnostic, DiagnosticSeverity, Location, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { TermIndex } from '../glossary';
import { render, t } from '../l10n';
import { checkTranslation, QA_CHECKS, type Finding, type QaCheck, type QaFix, type QaSwitches } from '../qa';
import type { Paired } from '../workspace/parallel';
import { toRange } from './ranges';

export const QA_SOURCE = 'briefing-qa';

/** What a quick fix needs, carried in the diagnostic. */
export interface QaDiagnosticData {
  check: QaCheck;
  /** The title already in the user's language: the quick fix shows it as it is. */
  fix?: Omit<QaFix, 'title'> & { title: string; range: Diagnostic['range'] };
  suggestion?: string;
}

const SEVERITY: Record<QaCheck, DiagnosticSeverity> = {
  numbers: DiagnosticSeverity.Warning,
  points: DiagnosticSeverity.Warning,
  terms: DiagnosticSeverity.Warning,
  untranslated: DiagnosticSeverity.Warning,
  // A shorter rendering is often a choice: worth a look, not a warning.
  omission: DiagnosticSeverity.Information,
  speaker: DiagnosticSeverity.Warning,
};

const findingsByAlignment = new WeakMap<object, Map<string, Finding[]>>();

/** The findings of a pair, for the checks switched on: computed once per alignment, glossary and switches. */
export function qaFindings(pairing: Paired, terms: TermIndex, switches: QaSwitches): Finding[] {
  const key = `${objectId(terms)}:${QA_CHECKS.map((check) => (switches[check] === false ? 0 : 1)).join('')}`;
  let byKey = findingsByAlignment.get(pairing.alignment);
  if (!byKey) findingsByAlignment.set(pairing.alignment, (byKey = new Map()));
  let findings = byKey.get(key);
  if (!findings) byKey.set(key, (findings = checkTranslation(pairing.zh.briefing, pairing.en.briefing, pairing.alignment.links, terms, switches)));
  return findings;
}

const objectIds = new WeakMap<object, number>();
let lastObjectId = 0;
/**
 * A number for an object while it lives: the glossary or alignment a result was made with, so
 * that a result can say what it is out of date against.
 */
export function objectId(value: object): number {
  let id = objectIds.get(value);
  if (id === undefined) objectIds.set(value, (id = ++lastObjectId));
  return id;
}

/** The diagnostics of the pair's English version (also a bilingual file, which holds both). */
export function qaDiagnostics(pairing: Paired, terms: TermIndex, switches: QaSwitches): Diagnostic[] {
  const { zh, en } = pairing;
  return qaFindings(pairing, terms, switches).map((finding) => {
    const range = toRange(en.document, finding);
    const related: DiagnosticRelatedInformation[] = [];
    if (finding.sourceEnd > finding.sourceStart) related.push({ location: Location.create(zh.uri, toRange(zh.document, { start: finding.sourceStart, end: finding.sourceEnd })), message: t('qa.related.source') });
    for (const place of finding.alsoAt ?? []) related.push({ location: Location.create(en.uri, toRange(en.document, place)), message: t('qa.related.also') });
    const data: QaDiagnosticData = {
      check: finding.check,
      ...(finding.fix ? { fix: { ...finding.fix, title: render(finding.fix.title), range: toRange(en.document, finding.fix) } } : {}),
      ...(finding.suggestion ? { suggestion: finding.suggestion } : {}),
    };
    const diagnostic = Diagnostic.create(range, render(finding.message), SEVERITY[finding.check], finding.check, QA_SOURCE);
    diagnostic.relatedInformation = related;
    diagnostic.data = data;
    return diagnostic;
  });
}
