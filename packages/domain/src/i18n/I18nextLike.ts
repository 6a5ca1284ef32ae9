/**
 * The part of an i18next instance the SDK uses, typed by its members alone: an instance of i18next 23 to 27
 * (`createInstance()`, or the `i18n` of react-i18next) fits, and so does any object with these three methods.
 *
 * @example
 * ```ts
 * const store = new Map<string, object>();
 * const i18n: I18nextLike = {
 *   getResource: (lng, ns, key) => (store.get(`${lng}:${ns}`) as Record<string, string> | undefined)?.[key],
 *   hasResourceBundle: (lng, ns) => store.has(`${lng}:${ns}`),
 *   addResourceBundle: (lng, ns, resources) => store.set(`${lng}:${ns}`, resources),
 * };
 * createTranslator({ lang: "en", i18n })("text.blank"); // "Must not be blank."
 * ```
 */
export interface I18nextLike {
  /** The text of `key` in the namespace `ns` of `lng`; the SDK passes `{ keySeparator: false }`. */
  getResource(lng: string, ns: string, key: string, options: { readonly keySeparator: false }): unknown;
  hasResourceBundle(lng: string, ns: string): boolean;
  addResourceBundle(lng: string, ns: string, resources: object, deep: boolean, overwrite: boolean): unknown;
}
