/**
 * textDocument/codeAction on QA diagnostics: the fix a check proposes (write the Chinese number,
 * the glossary's rendering in place of a near miss), else the glossary's rendering inserted at
 * the cursor (or over the selection), and switching a check off for this file, which the editor records in
 * the workspace settings (briefing.qa.skipInFiles), where it survives reloads and is undone by
 * deleting it or with "Check Again in This File".
 */
import { CodeAction, CodeActionKind, Command, TextEdit, type Diagnostic, type Range } from 'vscode-languageserver';
import { msg, t, type MessageId } from '../l10n';
import type { QaCheck } from '../qa';
import { QA_SOURCE, type QaDiagnosticData } from './qaDiagnostics';

/** The client command that records a check switched off for a file. */
export const DONT_CHECK_COMMAND = 'briefing.qa.dontCheckInFile';

const CHECK_NAMES: Record<QaCheck, MessageId> = {
  numbers: 'qa.check.numbers',
  points: 'qa.check.points',
  terms: 'qa.check.terms',
  untranslated: 'qa.check.untranslated',
  omission: 'qa.check.omission',
  speaker: 'qa.check.speaker',
};

/** `cursor` is where the editor asks for actions: a suggestion is inserted there. */
export function qaCodeActions(uri: string, diagnostics: readonly Diagnostic[], cursor: Range): CodeAction[] {
  const actions: CodeAction[] = [];
  const offered = new Set<QaCheck>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== QA_SOURCE) continue;
    const data = diagnostic.data as QaDiagnosticData | undefined;
    if (!data) continue;
    if (data.fix) {
      const fix = CodeAction.create(data.fix.title, { changes: { [uri]: [TextEdit.replace(data.fix.range, data.fix.text)] } }, CodeActionKind.QuickFix);
      fix.diagnostics = [diagnostic];
      fix.isPreferred = true;
      actions.push(fix);
    } else if (data.suggestion) {
      const insert = CodeAction.create(t('qa.action.insert', { rendering: data.suggestion }), { changes: { [uri]: [TextEdit.replace(cursor, data.suggestion)] } }, CodeActionKind.QuickFix);
      insert.diagnostics = [diagnostic];
      actions.push(insert);
    }
    if (!offered.has(data.check)) {
      offered.add(data.check);
      const title = t('qa.action.dontCheck', { check: msg(CHECK_NAMES[data.check]) });
      const action = CodeAction.create(title, Command.create(title, DONT_CHECK_COMMAND, { uri, check: data.check }), CodeActionKind.QuickFix);
      action.diagnostics = diagnostics.filter((d) => d.source === QA_SOURCE && (d.data as QaDiagnosticData | undefined)?.check === data.check);
      actions.push(action);
    }
  }
  return actions;
}
