/**
 * What the client does when its connection to the server fails or closes. A request that fails to
 * be written (the server has just died) never makes the client give up on the server; a server
 * that stops is restarted at once and the user told once, on the status bar, unless it has
 * stopped five times in three minutes, when it stays stopped and the user is told why and how to
 * start it again. vscode-languageclient's default shuts the client down after a few failed writes,
 * which can come before it has seen the server close, and then it never restarts.
 */
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult } from 'vscode-languageclient/node';
import { l10n } from 'vscode';
import type { Notices } from './notices';

const MAX_RESTARTS = 4;
const WINDOW_MS = 3 * 60 * 1000;

export class ServerRestarts implements ErrorHandler {
  private readonly stops: number[] = [];

  constructor(private readonly notices: Notices) {}

  error(): ErrorHandlerResult {
    return { action: ErrorAction.Continue, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.stops.push(now);
    while (now - this.stops[0]! > WINDOW_MS) this.stops.shift();
    if (this.stops.length > MAX_RESTARTS) {
      this.notices.error(
        l10n.t(
          'The Briefing language server stopped {0} times in three minutes and was not started again. See the output "Briefing Transcripts", then run "Briefing: Restart Language Server".',
          this.stops.length,
        ),
      );
      return { action: CloseAction.DoNotRestart, handled: true };
    }
    this.notices.inStatusBar(l10n.t('The Briefing language server stopped and was restarted'), 'sync');
    return { action: CloseAction.Restart, handled: true };
  }
}
