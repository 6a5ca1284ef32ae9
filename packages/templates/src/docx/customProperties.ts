import { version } from "../../package.json";

/**
 * The id of the official-letter (công văn) template, recorded in every document it produces.
 *
 * @example
 * ```ts
 * import { OFFICIAL_LETTER_TEMPLATE_ID } from "@xhht/templates";
 *
 * OFFICIAL_LETTER_TEMPLATE_ID; // "official-letter"
 * ```
 */
export const OFFICIAL_LETTER_TEMPLATE_ID = "official-letter";

/**
 * The version of the SDK that produced a document, read from this package's manifest at build time.
 *
 * @example
 * ```ts
 * import { SDK_VERSION } from "@xhht/templates";
 *
 * SDK_VERSION; // "0.1.0"
 * ```
 */
export const SDK_VERSION: string = version;

/**
 * The names of the custom document properties (`docProps/custom.xml`) every generated document carries.
 *
 * @example
 * ```ts
 * import { customPropertyNames } from "@xhht/templates";
 *
 * customPropertyNames.templateId; // "xhht.templateId"
 * ```
 */
export const customPropertyNames = {
  sdkVersion: "xhht.sdkVersion",
  templateId: "xhht.templateId",
} as const;
