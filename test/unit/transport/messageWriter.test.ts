/**
 * The message writer frames each message as vscode-jsonrpc reads it, in order, and reuses the
 * buffer of a large answer only once the stream has written it.
 */
import { strict as assert } from 'node:assert';
import { PassThrough, Writable } from 'node:stream';
import { describe, it } from 'node:test';
import type { Message } from 'vscode-jsonrpc';
import { StreamMessageReader } from 'vscode-jsonrpc/node';
import { TreeJsonMessageWriter } from '../../../server/src/transport/messageWriter';

/** An answer of about `size` bytes of JSON, a tree as outlines are, different for each `id`. */
function largeAnswer(id: number, size: number): Message {
  const children = Array.from({ length: Math.ceil(size / 60) }, (_, i) => ({ name: `第${id}点 point ${i}`, kind: 22, children: [] }));
  return { jsonrpc: '2.0', id, result: [{ name: `answer ${id}`, children }] } as Message;
}

const small = (id: number): Message => ({ jsonrpc: '2.0', id, result: { id, text: '问答' } }) as Message;

/**
 * A stream as stdout is to the writer: the system reads each chunk some time after it was handed
 * over (as for a full pipe), and the stream calls back once it has.
 */
function systemLike(readerSide: PassThrough): Writable {
  return new Writable({
    highWaterMark: 16 * 1024,
    write(chunk: Buffer, _encoding, done) {
      setImmediate(() => {
        readerSide.write(Buffer.from(chunk));
        done();
      });
    },
  });
}

/** Reads messages from `stream` until `count` have come. */
function readMessages(stream: NodeJS.ReadableStream, count: number): Promise<Message[]> {
  const reader = new StreamMessageReader(stream);
  const messages: Message[] = [];
  return new Promise((resolve, reject) => {
    reader.onError(reject);
    reader.listen((message) => {
      messages.push(message);
      if (messages.length === count) {
        reader.dispose();
        resolve(messages);
      }
    });
  });
}

describe('message writer', () => {
  it('frames large and small messages in order, whether written one by one or all at once', async () => {
    const messages = [largeAnswer(1, 300_000), small(2), largeAnswer(3, 200_000), largeAnswer(4, 400_000), small(5), largeAnswer(6, 100_000)];
    const stream = new PassThrough();
    const read = readMessages(stream, messages.length * 2);
    const writer = new TreeJsonMessageWriter(systemLike(stream));
    // First each after the one before is written (the buffer is reused), then all at once (it is busy).
    for (const message of messages) await writer.write(message);
    await Promise.all(messages.map((message) => writer.write(message)));
    const expected = JSON.parse(JSON.stringify([...messages, ...messages]));
    assert.deepEqual(await read, expected);
  });

  it('reuses the buffer of a written answer', async () => {
    const seen = new Set<ArrayBufferLike>();
    let reused = 0;
    const output = new Writable({
      write(chunk: Buffer, _encoding, done) {
        if (seen.has(chunk.buffer)) reused++;
        seen.add(chunk.buffer);
        setImmediate(done);
      },
    });
    const writer = new TreeJsonMessageWriter(output);
    for (let round = 0; round < 3; round++) {
      await Promise.all([writer.write(largeAnswer(round, 200_000)), writer.write(largeAnswer(round + 10, 150_000))]);
    }
    assert.ok(reused > 0, 'large answers after the first put together in a buffer already used');
  });
});
