// Output from the tests to the runner's stdout. Under the offline runner the
// extension host's console reaches the runner on the same channel as the
// workbench's own log, and only lines that start with the marker it passes in
// BRIEFING_EDITOR_CONSOLE_MARKER are printed (the rest need --verbose).
// Marking inside console.* is not possible: VS Code's console forwarder
// ignores assignments to it. Under runElectron.mjs the marker is empty.
import * as util from 'util';

const marker = process.env.BRIEFING_EDITOR_CONSOLE_MARKER ?? '';

/** Prints a line (console.log-style arguments) where the runner shows it. */
export function report(...args: unknown[]): void {
  console.log(marker + util.format(...args));
}
