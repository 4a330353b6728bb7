/**
 * The server's messages in the client's language. Checks and loaders (qa/, glossary/, workspace/)
 * return a Message (an id and its arguments), free of any language; the features render it when
 * they answer. The language is the client's, said once in `initialize` (`locale`): this server
 * speaks to one client, so it is kept here rather than passed through every feature. Anything but
 * Simplified Chinese reads English, the default, which the command line always uses.
 */
import { EN, type MessageId } from './en';
import { ZH } from './zh';

export type { MessageId } from './en';
export type Locale = 'en' | 'zh';
export type MessageArg = string | number | Message;

export interface Message {
  id: MessageId;
  args?: Readonly<Record<string, MessageArg>>;
}

export const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageId, string>>>> = { en: EN, zh: ZH };

/** A message to render later, in whatever language is then in use. */
export function msg(id: MessageId, args?: Readonly<Record<string, MessageArg>>): Message {
  return args ? { id, args } : { id };
}

/**
 * The catalogue for a BCP 47 tag as VS Code and other clients send it: zh-cn, zh-CN, zh-Hans,
 * zh-Hans-CN, zh-SG and a bare zh are Simplified Chinese; Traditional Chinese (zh-tw, zh-Hant)
 * and everything else read English, which a Traditional-Chinese reader takes better than
 * mainland characters and wording.
 */
export function localeOf(tag: string | undefined): Locale {
  const parts = (tag ?? '').toLowerCase().replace(/_/g, '-').split('-');
  if (parts[0] !== 'zh') return 'en';
  const rest = parts.slice(1);
  if (rest.length === 0 || rest[0] === 'hans') return 'zh';
  return rest[0] === 'cn' || rest[0] === 'sg' ? 'zh' : 'en';
}

let current: Locale = 'en';

/** Sets the language of everything rendered from now on (the server calls it at `initialize`). */
export function useLocale(tag: string | undefined): Locale {
  current = localeOf(tag);
  return current;
}

export function currentLocale(): Locale {
  return current;
}

/** The message as text; arguments are put in as they are (one pass: an argument's braces stay). */
export function render(message: Message, locale: Locale = current): string {
  const template = CATALOGUES[locale][message.id];
  const args = message.args ?? {};
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = args[name];
    return value === undefined ? whole : typeof value === 'object' ? render(value, locale) : String(value);
  });
}

/** Whether `id` names a message: for data whose known values have names (a glossary entry's type). */
export function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(EN, id);
}

/** Shorthand for rendering at once, where a feature builds its answer. */
export function t(id: MessageId, args?: Readonly<Record<string, MessageArg>>, locale: Locale = current): string {
  return render(msg(id, args), locale);
}
