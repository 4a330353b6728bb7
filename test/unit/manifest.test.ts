/** The extension's manifest: what VS Code reads before any code runs. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// The manifest's user-facing strings are %keys% of package.nls.json (the English), as VS Code reads them.
const english: Record<string, string> = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));
const text = (value: string | undefined) => value?.replace(/^%(.+)%$/, (_, key: string) => english[key] ?? value);
const settings: Record<string, { description?: string; markdownDescription?: string }> = manifest.contributes.configuration.properties;

describe('the manifest', () => {
  it('says what works in untrusted and virtual workspaces, restricting only settings it contributes', () => {
    const { untrustedWorkspaces, virtualWorkspaces } = manifest.capabilities;
    assert.equal(untrustedWorkspaces.supported, 'limited');
    assert.ok(text(untrustedWorkspaces.description)!.length > 40);
    for (const name of untrustedWorkspaces.restrictedConfigurations) assert.ok(name in settings, `${name} is a setting`);
    assert.equal(virtualWorkspaces.supported, 'limited');
    assert.ok(text(virtualWorkspaces.description)!.length > 40);
  });

  it('describes every setting and titles every command in the Briefing category', () => {
    for (const [name, setting] of Object.entries(settings)) assert.ok(text(setting.description ?? setting.markdownDescription), `${name} is described`);
    for (const command of manifest.contributes.commands) {
      assert.ok(text(command.title), `${command.command} has a title`);
      assert.equal(text(command.category), 'Briefing', `${command.command} is in the Briefing category`);
    }
  });
});
