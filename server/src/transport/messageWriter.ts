/**
 * Writes LSP messages to a stream as treeJson.ts encodes them, each message one buffer with its
 * header. A large answer (the outline of a long transcript is a megabyte) is put together in the
 * buffer of the previous one once that has been written: a fresh megabyte for every answer cost
 * more than assembling it.
 */
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-jsonrpc';
import { messagePieces } from './treeJson';

/** Buffers smaller than this come from Node's pool anyway; larger ones are worth keeping. */
const REUSED_FROM = 64 * 1024;
/** A buffer this large is let go after its message rather than held for the next one. */
const REUSED_UP_TO = 16 * 1024 * 1024;

/**
 * For streams that are done with a chunk when they call back, as stdout and sockets are (they
 * have handed it to the system); an in-process stream may pass the chunk on to its reader instead.
 */
export class TreeJsonMessageWriter extends AbstractMessageWriter implements MessageWriter {
  /** The buffer of the last large message, once the stream has written it. */
  private spare: Buffer | undefined;
  private errorCount = 0;

  constructor(private readonly output: NodeJS.WritableStream) {
    super();
    output.on('error', (error: Error) => this.fireError(error));
    output.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    let target: Buffer;
    let size: number;
    try {
      ({ target, size } = this.assemble(messagePieces(message)));
    } catch (error) {
      this.fireError(error, message, ++this.errorCount);
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      this.output.write(target.subarray(0, size), (error) => {
        if (error) {
          this.fireError(error, message, ++this.errorCount);
          reject(error);
          return;
        }
        if (target.byteLength >= REUSED_FROM && target.byteLength <= REUSED_UP_TO && target.byteLength > (this.spare?.byteLength ?? 0)) this.spare = target;
        resolve();
      });
    });
  }

  end(): void {
    this.output.end();
  }

  /** The header and the pieces in one buffer: the spare one when it is free and large enough. */
  private assemble(pieces: Buffer[]): { target: Buffer; size: number } {
    let length = 0;
    for (const piece of pieces) length += piece.byteLength;
    const header = `Content-Length: ${length}\r\n\r\n`;
    const size = header.length + length;
    let target: Buffer;
    if (size < REUSED_FROM) target = Buffer.allocUnsafe(size);
    else if (this.spare && this.spare.byteLength >= size) target = this.spare;
    else target = Buffer.allocUnsafeSlow(size);
    // Until this message is written, its buffer is not to be written over.
    if (target === this.spare) this.spare = undefined;
    let at = target.write(header, 0, 'latin1');
    for (const piece of pieces) at += piece.copy(target, at);
    return { target, size };
  }
}
