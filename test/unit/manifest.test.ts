/** The extension's manifest: what VS Code reads before any code runs. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
const settings: Record<string, { description?: string; markdownDescription?: string }> = manifest.contributes.configuration.properties;

describe('the manifest', () => {
  it('says what works in untrusted and virtual workspaces, restricting only settings it contributes', () => {
    const { untrustedWorkspaces, virtualWorkspaces } = manifest.capabilities;
    assert.equal(untrustedWorkspaces.supported, 'limited');
    assert.ok(untrustedWorkspaces.description.length > 40);
    for (const name of untrustedWorkspaces.restrictedConfigurations) assert.ok(name in settings, `${name} is a setting`);
    assert.equal(virtualWorkspaces.supported, 'limited');
    assert.ok(virtualWorkspaces.description.length > 40);
  });

  it('describes every setting and titles every command in the Briefing category', () => {
    for (const [name, setting] of Object.entries(settings)) assert.ok(setting.description ?? setting.markdownDescription, `${name} is described`);
    for (const command of manifest.contributes.commands) {
      assert.ok(command.title, `${command.command} has a title`);
      assert.equal(command.category, 'Briefing', `${command.command} is in the Briefing category`);
    }
  });
});
