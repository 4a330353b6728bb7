/**
 * Every user-facing string has its Simplified Chinese translation, with the same placeholders: the
 * manifest's (package.nls*.json), the client's (vscode.l10n bundles) and the server's (l10n/).
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CATALOGUES, localeOf, msg, render } from '../../../server/src/l10n';

const root = join(__dirname, '..', '..', '..');
const readJson = (path: string): Record<string, string> => JSON.parse(readFileSync(join(root, path), 'utf8'));

/** The placeholders of a string, sorted: {0}, {name}. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/** Every key of `english` is in `chinese`, translated (not a copy), with the same placeholders; no key is left over. */
function assertTranslated(english: Record<string, string>, chinese: Record<string, string>, what: string): void {
  const missing = Object.keys(english).filter((key) => typeof chinese[key] !== 'string' || chinese[key]!.trim() === '');
  assert.deepEqual(missing, [], `${what}: no Chinese for these`);
  const stale = Object.keys(chinese).filter((key) => !(key in english));
  assert.deepEqual(stale, [], `${what}: Chinese for strings that are gone`);
  for (const [key, text] of Object.entries(english)) {
    assert.deepEqual(placeholders(chinese[key]!), placeholders(text), `${what}: the placeholders of ${JSON.stringify(key)}`);
    // A brand or a setting name alone may stay as it is; a sentence copied over is untranslated.
    if (/\s/.test(text)) assert.notEqual(chinese[key], text, `${what}: ${JSON.stringify(key)} is not translated`);
  }
}

describe('the manifest translations', () => {
  const manifest = readFileSync(join(root, 'package.json'), 'utf8');
  const english = readJson('package.nls.json');

  it('defines every %key% that package.json uses, and uses every key it defines', () => {
    const used = new Set([...manifest.matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]!));
    assert.ok(used.size > 30, `${used.size} keys used`);
    assert.deepEqual([...used].filter((key) => !(key in english)), [], 'used but not defined');
    assert.deepEqual(Object.keys(english).filter((key) => !used.has(key)), [], 'defined but not used');
  });

  it('leaves no command title, category or setting description in English in package.json', () => {
    const { contributes } = JSON.parse(manifest);
    const literal = (value: unknown) => typeof value === 'string' && !/^%.+%$/.test(value);
    for (const command of contributes.commands) assert.ok(!literal(command.title) && !literal(command.category), command.command);
    for (const [name, setting] of Object.entries<Record<string, unknown>>(contributes.configuration.properties)) {
      assert.ok(!literal(setting.description) && !literal(setting.markdownDescription), name);
      for (const text of (setting.enumDescriptions as unknown[] | undefined) ?? []) assert.ok(!literal(text), `${name} enumDescriptions`);
    }
  });

  it('has a Chinese entry for each, with the same placeholders', () => {
    assertTranslated(english, readJson('package.nls.zh-cn.json'), 'package.nls.zh-cn.json');
  });
});

describe('the client translations', () => {
  const sources = readdirSync(join(root, 'client/src'))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => readFileSync(join(root, 'client/src', name), 'utf8'));

  /** The message of each `l10n.t('…', …)`: a literal, as the bundle's keys are. */
  const messages = (() => {
    const found = new Map<string, string>();
    for (const source of sources) {
      const calls = source.match(/\bl10n\.t\(/g)?.length ?? 0;
      const literals = [...source.matchAll(/\bl10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));
      assert.equal(literals.length, calls, 'every l10n.t call has a single-quoted literal message, which this test and the bundle can see');
      for (const literal of literals) found.set(literal, literal);
    }
    return Object.fromEntries(found);
  })();

  it('finds the messages', () => {
    assert.ok(Object.keys(messages).length > 30, `${Object.keys(messages).length} messages`);
  });

  it('has a Chinese entry in l10n/bundle.l10n.zh-cn.json for each, with the same placeholders', () => {
    assertTranslated(messages, readJson('l10n/bundle.l10n.zh-cn.json'), 'bundle.l10n.zh-cn.json');
  });
});

describe('the server translations', () => {
  it('has a Chinese entry for each message id, with the same placeholders', () => {
    assertTranslated(CATALOGUES.en, CATALOGUES.zh, 'server/src/l10n/zh.ts');
  });

  it('reads Simplified Chinese from the tags clients send, and English from anything else', () => {
    for (const tag of ['zh-cn', 'zh-CN', 'zh-hans', 'zh-Hans-CN', 'zh_CN', 'zh']) assert.equal(localeOf(tag), 'zh', tag);
    for (const tag of ['en', 'en-US', 'zh-tw', 'zh-Hant', 'de', '', undefined]) assert.equal(localeOf(tag), 'en', String(tag));
  });

  it('renders a message and the messages in its arguments in the language asked for', () => {
    const points = msg('qa.points.count', { here: msg('qa.points.many', { count: 3 }), there: msg('qa.points.one'), markers: '一是' });
    assert.equal(render(points, 'en'), '3 numbered points here, 1 numbered point in the Chinese (一是).');
    assert.equal(render(points, 'zh'), '此处有 3 条编号要点，中文原文有 1 条编号要点（一是）。');
    // An argument's braces are text, not placeholders.
    assert.equal(render(msg('qa.numbers.extra', { number: '{was}' }), 'en'), '{was} is not in the Chinese.');
  });
});
