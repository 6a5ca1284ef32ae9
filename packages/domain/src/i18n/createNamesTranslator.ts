import { createTranslator, type LanguageOptions, type Translate } from "./createTranslator.ts";
import { fieldsVi } from "./locales/fields.vi.ts";
import { labelsVi } from "./locales/labels.vi.ts";
import { messageRegistry } from "./messageRegistry.ts";

/**
 * {@link createTranslator}, with the Vietnamese names of codes (`activity.…`, `measure.…`) and fields (`field.…`)
 * registered first (a name a page reworded with `registerMessages` keeps its wording): for `labelOf` and
 * `fieldLabel`, so that only a page that shows names bundles them.
 */
export const createNamesTranslator = (options: LanguageOptions = {}): Translate => {
  messageRegistry.addDefaults("vi", labelsVi);
  messageRegistry.addDefaults("vi", fieldsVi);
  return createTranslator(options);
};
