import type { Language } from "@xhht/core";
import { validationVi } from "./locales/validation.vi.ts";
import { wordsVi } from "./locales/words.vi.ts";
import type { MessageLookup } from "./translateMessage.ts";

/**
 * A language's messages by key, flat like {@link messages}`.vi`: a rule id or `kind.code` to a plain string.
 *
 * @example
 * ```ts
 * import { messagesEn } from "@xhht/domain/messages/en";
 *
 * const table: MessageTable = messagesEn;
 * table["text.blank"]; // "Must not be blank."
 * ```
 */
export type MessageTable = Readonly<Record<string, string>>;

/** The messages a program has of each language, added to table by table. */
export interface MessageRegistry {
  /** Adds the messages of `table` to `lang`'s, a key already there taking the new text; adding a table again does nothing. */
  readonly add: (lang: Language, table: MessageTable) => void;
  /**
   * Adds the messages of `table` that `lang` lacks, keeping any key already there (a page's rewording); adding a
   * table again does nothing. For the SDK's own tables registered on first use.
   */
  readonly addDefaults: (lang: Language, table: MessageTable) => void;
  /** Whether `lang` has any messages yet. */
  readonly has: (lang: Language) => boolean;
  /** The message `key` of `lang`, `undefined` when there is none. */
  readonly lookup: (lang: Language) => MessageLookup;
  /** Every message `lang` has, as one table. */
  readonly table: (lang: Language) => MessageTable;
}

/** A registry that starts with `initial`'s messages. */
export const createMessageRegistry = (initial: Partial<Record<Language, MessageTable>> = {}): MessageRegistry => {
  const texts = new Map<Language, Map<string, string>>();
  const added = new WeakSet<MessageTable>();
  const addWith = (lang: Language, table: MessageTable, keep: boolean) => {
    if (added.has(table)) return;
    added.add(table);
    const own = texts.get(lang) ?? new Map<string, string>();
    for (const [key, text] of Object.entries(table)) if (!keep || !own.has(key)) own.set(key, text);
    texts.set(lang, own);
  };
  const add = (lang: Language, table: MessageTable) => addWith(lang, table, false);
  for (const [lang, table] of Object.entries(initial) as [Language, MessageTable][]) add(lang, table);
  return {
    add,
    addDefaults: (lang, table) => addWith(lang, table, true),
    has: (lang) => (texts.get(lang)?.size ?? 0) > 0,
    lookup: (lang) => (key) => texts.get(lang)?.get(key),
    table: (lang) => Object.fromEntries(texts.get(lang) ?? []),
  };
};

/**
 * The registry every translator of the SDK reads. Vietnamese, the default language, always has the message of every
 * rule a validator reports and the words they show a parameter with. The rest comes when it is used: the .docx
 * linter's messages with `lintDocx` of @xhht/templates (`createDocxTranslator`), the names of codes and fields
 * with `labelOf` and `fieldLabel`, and all of it, the meanings of error codes included, with `loadLanguage("vi")`.
 * English comes with `loadLanguage("en")` or `registerMessages("en", …)`. In Node every language is there from the
 * start (the package's `node` entry registers them).
 */
export const messageRegistry: MessageRegistry = createMessageRegistry({ vi: { ...validationVi, ...wordsVi } });
