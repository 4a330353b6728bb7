/** Folders of small transcripts written for the command-line tests, made afresh in a temporary folder. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const ZH = ['国防部例行记者会', '记者：请介绍中美两军对话的情况。', '吴谦：中美两军举行了第3次对话，双方同意保持沟通。', '记者：据报道，演习将在12月举行。请证实。', '吴谦：我们会适时发布消息。'].join('\n\n') + '\n';
export const EN =
  [
    'Regular Press Conference of the Ministry of National Defense',
    'Journalist: Could you brief us on the dialogue between the two militaries of China and the US?',
    'Wu Qian: The Chinese and US militaries held their 3rd dialogue, and the two sides agreed to keep communicating.',
    'Journalist: It is reported that the exercise will take place in December. Could you confirm it?',
    'Wu Qian: We will release information in due course.',
  ].join('\n\n') + '\n';

/** A temporary folder holding `files` (name → text or bytes); removed by the returned function. */
export function folderWith(files: Record<string, string | Uint8Array>): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-qa-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
