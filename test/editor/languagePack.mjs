// A stand-in for a VS Code language pack, so that code-server runs the workbench under another
// display language offline. code-server takes --locale, but without a language pack for it the
// workbench's language stays `en`: nls.messages.js, which sets the language, is only generated
// from a pack listed in the user data folder's languagepacks.json (normally written when a
// marketplace pack such as MS-CEINTL.vscode-language-pack-zh-hans is installed). An empty
// translation of the workbench is enough: VS Code's own strings fall back to English, while the
// display language becomes the locale, and with it the extensions' package.nls.<locale>.json,
// their l10n bundles and the `locale` their language clients send.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes the pack for `locale` (e.g. zh-cn) into code-server's user data folder. */
export function installEmptyLanguagePack(userData, locale) {
  const folder = join(userData, 'test-language-pack');
  mkdirSync(folder, { recursive: true });
  const translations = join(folder, 'main.i18n.json');
  writeFileSync(translations, JSON.stringify({ contents: {} }));
  const pack = {
    // Names the folder of the generated messages under userData/clp; any stable string does.
    hash: `briefing-test-${locale}`,
    extensions: [{ extensionIdentifier: { id: 'briefing-tests.empty-language-pack' }, version: '0.0.0' }],
    translations: { vscode: translations },
    label: locale,
  };
  writeFileSync(join(userData, 'languagepacks.json'), JSON.stringify({ [locale]: pack }));
}
