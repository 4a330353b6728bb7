// Lets a test running in the extension host look at and drive the workbench
// UI. The extension host cannot reach the browser page, so runOffline.mjs
// serves a small HTTP control channel on loopback and passes its port in
// BRIEFING_UI_PORT (code-server's environment, which the extension host
// inherits). Under runElectron.mjs there is no channel: tests that need one
// call `ui.requireOrSkip(this)`.
//
// Selectors are Playwright's: CSS, plus extras such as `:has-text("…")`.
// Useful ones in VS Code 1.100: '.outline-pane .monaco-list-row' (Outline
// rows; the list is virtual, so only rows on screen exist), '.monaco-hover',
// '.quick-input-widget', '.quick-input-list .monaco-list-row', '.tab.active',
// '#status\\.editor\\.mode' (the language in the status bar).
import * as http from 'http';
import type { Context } from 'mocha';
import * as vscode from 'vscode';
import { report } from './report';

const port = Number(process.env.BRIEFING_UI_PORT) || 0;

/** True when the offline runner's control channel is there. */
export const available = port > 0;
export const unavailableReason = 'UI checks need the offline runner (npm run test:editor)';

/** Skips the current test, saying why, when UI checks cannot run. */
export function requireOrSkip(context: Context): void {
  if (available) return;
  report(`      (skipped: ${unavailableReason})`);
  context.skip();
}

function call<T>(request: Record<string, unknown>): Promise<T> {
  if (!available) return Promise.reject(new Error(unavailableReason));
  const body = JSON.stringify(request);
  return new Promise<T>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/ui',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          let reply: { result?: T; error?: string };
          try {
            reply = JSON.parse(text);
          } catch {
            reject(new Error(`ui ${request.action}: bad reply ${text.slice(0, 200)}`));
            return;
          }
          if (res.statusCode === 200) resolve(reply.result as T);
          else reject(new Error(`ui ${request.action}: ${reply.error ?? res.statusCode}`));
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export interface WaitOptions {
  /** How long to wait for a visible match, in ms (default 10 000). */
  timeout?: number;
}

/** Saves a PNG of the whole window (or of `selector`'s first visible match) as test/editor/screenshots/NAME.png; returns its path. */
export async function screenshot(name: string, selector?: string): Promise<string> {
  // Toasts left by earlier tests (a stopped server's message) would stand in the README's pictures.
  await vscode.commands.executeCommand('notifications.clearAll');
  return call({ action: 'screenshot', name, selector });
}

/** Visible text of the first visible element matching a CSS selector, e.g. '.monaco-hover'; waits for it to appear. */
export function text(selector: string, options: WaitOptions = {}): Promise<string> {
  return call({ action: 'text', selector, ...options });
}

/** Visible texts of all elements matching `selector` right now (no waiting; may be empty). */
export function texts(selector: string): Promise<string[]> {
  return call({ action: 'texts', selector });
}

/** Waits until an element matching `selector` is visible (or, with state 'hidden', gone). */
export function waitFor(selector: string, options: WaitOptions & { state?: 'visible' | 'hidden' } = {}): Promise<void> {
  return call({ action: 'waitFor', selector, ...options });
}

/** Presses a key or chord in the page, in Playwright's notation: 'F1', 'Escape', 'Control+Shift+O'. */
export function press(key: string): Promise<void> {
  return call({ action: 'press', key });
}

/** Types text into whatever has focus (e.g. the command palette). */
export function type(textToType: string): Promise<void> {
  return call({ action: 'type', text: textToType });
}

/** Clicks the first visible element matching `selector`. */
export function click(selector: string, options: WaitOptions = {}): Promise<void> {
  return call({ action: 'click', selector, ...options });
}
