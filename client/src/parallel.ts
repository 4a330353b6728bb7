/**
 * Commands that move between language versions, synchronized scrolling, and the status bar item
 * that shows the pairing. Each asks the server (briefing/parallel); nothing here aligns anything.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Notices } from './notices';
import { ParallelRequest, UntranslatedRequest, type ParallelResult } from '../../server/src/protocol';

type ClientProvider = () => LanguageClient | undefined;

/** Returns what the pairing status bar item shows, for tests and for other extensions. */
export function registerParallel(context: vscode.ExtensionContext, client: ClientProvider, notices: Notices): { shownText: () => string | undefined; refresh: () => void } {
  const status = new PairingStatus(client);
  const sync = new SynchronizedScrolling(client);
  context.subscriptions.push(
    status,
    sync,
    vscode.commands.registerCommand('briefing.goToParallel', () => goToParallel(client, notices, false)),
    vscode.commands.registerCommand('briefing.openParallelToSide', () => goToParallel(client, notices, true)),
    vscode.commands.registerCommand('briefing.toggleSynchronizedScrolling', () => sync.toggle()),
    vscode.commands.registerCommand('briefing.listUntranslated', () => listUntranslated(client)),
  );
  return { shownText: () => status.shownText, refresh: () => void status.update() };
}

/**
 * Go to Definition on a paragraph without counterpart lands where its translation belongs (an
 * empty range); say why, rather than leave the user at a place that looks like nothing.
 */
export async function explainMissingCounterpart(
  client: ClientProvider,
  notices: Notices,
  document: vscode.TextDocument,
  position: vscode.Position,
  found: vscode.Definition | vscode.DefinitionLink[] | null | undefined,
): Promise<void> {
  const links = Array.isArray(found) ? found : found ? [found] : [];
  const only = links.length === 1 ? links[0]! : undefined;
  const range = only && ('targetRange' in only ? only.targetRange : only.range);
  if (!range?.isEmpty) return;
  const result = await ask(client, document, position).catch(() => undefined);
  if (result?.status === 'missing') notices.info(result.message);
}

/** Briefing: List Untranslated Paragraphs: a quick pick of the Chinese paragraphs with no English yet. */
async function listUntranslated(client: ClientProvider): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  const running = client();
  if (!document || document.languageId !== 'briefing' || !running?.isRunning()) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a briefing transcript that has a parallel version to list its untranslated paragraphs.'));
    return;
  }
  const result = await running.sendRequest(UntranslatedRequest, { textDocument: { uri: document.uri.toString() } });
  if (result.paragraphs.length === 0) {
    void vscode.window.showInformationMessage(result.message);
    return;
  }
  const picked = await vscode.window.showQuickPick(
    result.paragraphs.map((p) => ({ label: p.preview, description: vscode.l10n.t('line {0}', p.location.range.start.line + 1), location: p.location })),
    { title: result.message, placeHolder: vscode.l10n.t('Go to a paragraph not translated yet'), matchOnDescription: true },
  );
  if (!picked) return;
  const target = await vscode.window.showTextDocument(vscode.Uri.parse(picked.location.uri), { preview: false });
  const range = toVscodeRange(picked.location.range);
  target.selection = new vscode.Selection(range.start, range.start);
  target.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function ask(client: ClientProvider, document: vscode.TextDocument, position?: vscode.Position): Promise<ParallelResult | undefined> {
  const running = client();
  if (!running?.isRunning()) return undefined;
  return running.sendRequest(ParallelRequest, {
    textDocument: { uri: document.uri.toString() },
    ...(position ? { position: { line: position.line, character: position.character } } : {}),
  });
}

function toVscodeRange(range: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** Go to Parallel Translation (in place), or Open Parallel Translation to the Side. */
async function goToParallel(client: ClientProvider, notices: Notices, toSide: boolean): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'briefing') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a briefing transcript to go to its parallel translation.'));
    return;
  }
  const result = await ask(client, editor.document, editor.selection.active);
  const target = result?.locations[0];
  if (!result || !target) {
    void vscode.window.showInformationMessage(result?.message ?? vscode.l10n.t('The language server is not running.'));
    return;
  }
  const range = toVscodeRange(target.range);
  const uri = vscode.Uri.parse(target.uri);
  const column = toSide ? otherColumn(editor) : editor.viewColumn;
  const document = await vscode.workspace.openTextDocument(uri);
  const shown = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: toSide, preview: false });
  shown.selection = new vscode.Selection(range.start, range.start);
  shown.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  if (result.status === 'missing') notices.info(result.message);
}

/** The group beside the editor: an existing other group, or a new one to the right. */
function otherColumn(editor: vscode.TextEditor): vscode.ViewColumn {
  const visible = vscode.window.visibleTextEditors.map((e) => e.viewColumn).filter((c): c is vscode.ViewColumn => c !== undefined && c !== editor.viewColumn);
  return visible[0] ?? vscode.ViewColumn.Beside;
}

/** "zh ↔ en · 33/33" for the active briefing; a click opens the counterpart to the side. */
class PairingStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('briefing.pairing', vscode.StatusBarAlignment.Right, 100);
  private readonly listeners: vscode.Disposable[];
  private request = 0;

  constructor(private readonly client: ClientProvider) {
    this.item.name = vscode.l10n.t('Briefing: Parallel Translation');
    this.item.command = 'briefing.openParallelToSide';
    this.listeners = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      // A .txt transcript becomes a briefing after it is shown: its language changes (close + open).
      vscode.workspace.onDidOpenTextDocument((document) => document === vscode.window.activeTextEditor?.document && this.update()),
      // In a file that holds both versions, the side the cursor is on decides what is shown.
      vscode.window.onDidChangeTextEditorSelection((event) => event.textEditor === vscode.window.activeTextEditor && this.updateSoon()),
      vscode.workspace.onDidSaveTextDocument(() => this.update()),
      vscode.workspace.onDidChangeTextDocument((event) => event.document === vscode.window.activeTextEditor?.document && this.updateSoon()),
    ];
    this.update();
  }

  private timer: ReturnType<typeof setTimeout> | undefined;
  private updateSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), 500);
  }

  async update(): Promise<void> {
    const request = ++this.request;
    const editor = vscode.window.activeTextEditor;
    const document = editor?.document;
    if (!editor || !document || document.languageId !== 'briefing') {
      this.hide();
      return;
    }
    const result = await ask(this.client, document, editor.selection.active).catch(() => undefined);
    // A newer update started while this one waited for the server: let it decide.
    if (request !== this.request) return;
    if (!result) {
      this.hide();
      return;
    }
    if (result.pairing) {
      const { languages, linked, total, translated, toTranslate, counterpartUri } = result.pairing;
      const other = vscode.workspace.asRelativePath(vscode.Uri.parse(counterpartUri));
      this.item.text = `$(link) ${languages} · ${translated}/${toTranslate}`;
      this.item.tooltip = languages.startsWith('en')
        ? vscode.l10n.t(
            '{0} of {1} Chinese paragraphs have an English counterpart; {2} of {3} English paragraphs have a Chinese one. Click to open {4} to the side; "Briefing: List Untranslated Paragraphs" lists the rest.',
            translated,
            toTranslate,
            linked,
            total,
            other,
          )
        : vscode.l10n.t(
            '{0} of {1} Chinese paragraphs have an English counterpart. Click to open {2} to the side; "Briefing: List Untranslated Paragraphs" lists the rest.',
            translated,
            toTranslate,
            other,
          );
    } else {
      this.item.text = `$(circle-slash) ${vscode.l10n.t('no parallel version')}`;
      this.item.tooltip = result.message;
    }
    this.item.show();
    this.shownText = this.item.text;
  }

  private hide(): void {
    this.item.hide();
    this.shownText = undefined;
  }

  /** What the item shows, or undefined while it is hidden. */
  shownText: string | undefined;

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
    this.listeners.forEach((l) => l.dispose());
  }
}

/**
 * While on, scrolling or moving in one version keeps the other one (visible in another editor)
 * showing the aligned paragraph: by alignment, not by line number.
 */
class SynchronizedScrolling implements vscode.Disposable {
  private enabled = false;
  private listeners: vscode.Disposable[] = [];
  /** The editor we just scrolled: its next scroll event is ours, not the user's. */
  private echo: vscode.TextEditor | undefined;
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly client: ClientProvider) {}

  toggle(): boolean {
    this.enabled = !this.enabled;
    this.listeners.forEach((l) => l.dispose());
    this.listeners = this.enabled
      ? [
          vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.schedule(e.textEditor, e.visibleRanges[0]?.start)),
          vscode.window.onDidChangeTextEditorSelection((e) => this.schedule(e.textEditor, e.selections[0]?.active)),
        ]
      : [];
    void vscode.commands.executeCommand('setContext', 'briefing.synchronizedScrolling', this.enabled);
    void vscode.window.setStatusBarMessage(this.enabled ? vscode.l10n.t('Synchronized scrolling on') : vscode.l10n.t('Synchronized scrolling off'), 3000);
    return this.enabled;
  }

  private schedule(editor: vscode.TextEditor, position: vscode.Position | undefined): void {
    if (!position || editor.document.languageId !== 'briefing') return;
    if (this.echo === editor) {
      this.echo = undefined;
      return;
    }
    clearTimeout(this.pending);
    this.pending = setTimeout(() => void this.follow(editor, position), 50);
  }

  private async follow(leader: vscode.TextEditor, position: vscode.Position): Promise<void> {
    const result = await ask(this.client, leader.document, position).catch(() => undefined);
    const target = result?.locations[0];
    if (!target) return;
    const follower = vscode.window.visibleTextEditors.find((e) => e !== leader && e.document.uri.toString() === target.uri && e.viewColumn !== leader.viewColumn);
    if (!follower) return;
    const range = toVscodeRange(target.range);
    if (follower.visibleRanges[0]?.start.line === range.start.line) return;
    this.echo = follower;
    follower.revealRange(new vscode.Range(range.start, range.start), vscode.TextEditorRevealType.AtTop);
  }

  dispose(): void {
    clearTimeout(this.pending);
    this.listeners.forEach((l) => l.dispose());
  }
}
