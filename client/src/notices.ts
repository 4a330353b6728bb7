/**
 * What the extension tells the user, kept in order so that tests (and other extensions, through
 * the API) can see what was said: one place for messages instead of a variable per module.
 */
import * as vscode from 'vscode';

export class Notices {
  private readonly told: string[] = [];

  /** Everything said since activation, oldest first. */
  get all(): readonly string[] {
    return this.told;
  }

  info(message: string): void {
    this.told.push(message);
    void vscode.window.showInformationMessage(message);
  }

  error(message: string): void {
    this.told.push(message);
    void vscode.window.showErrorMessage(message);
  }

  /** A passing remark on the status bar, for news that needs no action. */
  inStatusBar(message: string, icon: string): void {
    this.told.push(message);
    vscode.window.setStatusBarMessage(`$(${icon}) ${message}`, 5000);
  }
}
