/**
 * The peer: VS Code's own Markdown language service, wired the way VS Code wires it (markdown-it
 * tokens behind an IMdParser, an in-memory workspace), asked for the document symbols of the same
 * content written as Markdown.
 */
import MarkdownIt from 'markdown-it';
import { CancellationTokenSource } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createLanguageService,
  githubSlugifier,
  LogLevel,
  type IMdLanguageService,
  type IMdParser,
  type ITextDocument,
  type IWorkspace,
} from 'vscode-markdown-languageservice';

// VS Code's markdown-language-features creates markdown-it with html enabled.
const markdownIt = new MarkdownIt({ html: true });

const parser: IMdParser = {
  slugifier: githubSlugifier,
  tokenize: async (document: ITextDocument) => markdownIt.parse(document.getText(), {}) as never,
};

const never = () => ({ dispose() {} });

/** No files on disk: the symbols of one document need none. */
const workspace: IWorkspace = {
  workspaceFolders: [],
  onDidChangeMarkdownDocument: never,
  onDidCreateMarkdownDocument: never,
  onDidDeleteMarkdownDocument: never,
  getAllMarkdownDocuments: async () => [],
  hasMarkdownDocument: () => false,
  openMarkdownDocument: async () => undefined,
  stat: async () => undefined,
  readDirectory: async () => [],
};

let service: IMdLanguageService | undefined;
let counter = 0;

/**
 * Document symbols of `markdown`, cold: the service caches its table of contents per document,
 * so every call uses a new URI, as our server parses every new version.
 */
export async function peerSymbols(markdown: string): Promise<number> {
  service ??= createLanguageService({ workspace, parser, logger: { level: LogLevel.Off, log() {} } });
  const document = TextDocument.create(`file:///peer/doc-${counter++}.md`, 'markdown', 1, markdown);
  const symbols = await service.getDocumentSymbols(document, { includeLinkDefinitions: false }, new CancellationTokenSource().token);
  return symbols.length;
}
