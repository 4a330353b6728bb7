/**
 * The lifecycle rules of LSP, and the shape of what a request must carry: a request before
 * `initialize` fails with ServerNotInitialized, one after `shutdown` with InvalidRequest, one whose
 * parameters lack what it needs with InvalidParams. vscode-languageserver leaves these to servers.
 */
import { ErrorCodes, ResponseError, type Position } from 'vscode-languageserver/node';

export class Lifecycle {
  private state: 'waiting' | 'running' | 'shutDown' = 'waiting';

  initialized(): void {
    this.state = 'running';
  }

  shutDown(): void {
    this.state = 'shutDown';
  }

  /** Throws the error the protocol gives a request that comes before initialize or after shutdown. */
  check(): void {
    if (this.state === 'waiting') throw new ResponseError(ErrorCodes.ServerNotInitialized, 'The server is not initialized yet: send initialize first.');
    if (this.state === 'shutDown') throw new ResponseError(ErrorCodes.InvalidRequest, 'The server has shut down: it answers no more requests.');
  }
}

/** The document a request names: `textDocument.uri`, a string. */
export function documentUri(params: unknown): string {
  const uri = (params as { textDocument?: { uri?: unknown } } | undefined)?.textDocument?.uri;
  if (typeof uri !== 'string') throw invalidParams('textDocument.uri must be a string');
  return uri;
}

/** A position: a line and a character, both unsigned integers. */
export function position(value: unknown): Position {
  const { line, character } = (value ?? {}) as { line?: unknown; character?: unknown };
  if (!isUnsigned(line) || !isUnsigned(character)) throw invalidParams('a position needs line and character as unsigned integers');
  return { line, character };
}

function isUnsigned(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 2147483647;
}

function invalidParams(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, `Invalid params: ${message}.`);
}
