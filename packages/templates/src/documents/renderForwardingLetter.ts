import {
  type Directive,
  type DirectiveInput,
  type ForwardingRequest,
  type ForwardingRequestInput,
  validateDirective,
  validateForwardingRequest,
} from "@xhht/domain";
import { templateErrorMessages } from "../data/templateErrorMessages.ts";
import { SDK_VERSION } from "../docx/customProperties.ts";
import { isRecord } from "../input/isRecord.ts";
import { parseDirectiveOption } from "../input/parseDirectiveOption.ts";
import { parseEntity } from "../input/parseEntity.ts";
import { refuseAsTemplateError } from "../input/refuseAsTemplateError.ts";
import { TemplateError } from "../input/TemplateError.ts";
import { templateErrorCodes } from "../input/templateErrorCodes.ts";
import { templateIds } from "../templateIds.ts";
import { forwardingLetter } from "./forwardingLetter.ts";
import { type RenderOfficialLetterOptions, renderOfficialLetterAs } from "./renderOfficialLetter.ts";

/**
 * Options of {@link renderForwardingLetter}.
 *
 * @example
 * ```ts
 * const options: RenderForwardingLetterOptions = { directive: directive2020, generatedAt: "2020-09-18" };
 * ```
 */
export interface RenderForwardingLetterOptions extends RenderOfficialLetterOptions {
  /**
   * The Ministry's directive the letter forwards: its letter is cited, its theme, Week and deadline printed, and the
   * request checked against it.
   */
  readonly directive: DirectiveInput | Directive;
}

/** A directive where the request belongs: the deprecated call `renderForwardingLetter(directive, request, options)`. */
const isDirective = (value: unknown): boolean => isRecord(value) && "letter" in value && "activities" in value;

const render = (directive: Directive, request: unknown, options: RenderOfficialLetterOptions) => {
  const checked = parseEntity(request, templateErrorMessages.inputNames.forwardingRequest, (input) =>
    validateForwardingRequest(input, { ...options, directive }),
  );
  return renderOfficialLetterAs(
    forwardingLetter(directive, checked),
    options,
    SDK_VERSION,
    templateIds.forwardingLetter,
  );
};

/**
 * Lays out a province's công văn forwarding the Ministry's letter on the Week: {@link forwardingLetter} rendered
 * by `renderOfficialLetter` (same layout, same guarantees), recorded with the template id `forwarding-letter`.
 *
 * The `directive` option is checked with `validateDirective` and the request with `validateForwardingRequest` (its
 * date on or after the Ministry's letter, its deadline no later than the Ministry's last day): invalid input, or no
 * directive, is refused with a {@link TemplateError} carrying the issues; a character XML cannot carry is refused
 * naming the field. The call `renderForwardingLetter(directive, request, options)` of earlier versions still works,
 * deprecated.
 *
 * @example
 * ```ts
 * import { directive2020, sampleForwardingRequest2020 } from "@xhht/domain";
 * import { renderForwardingLetter } from "@xhht/templates";
 *
 * const bytes = await renderForwardingLetter(sampleForwardingRequest2020, { directive: directive2020 });
 * ```
 */
export const renderForwardingLetter: {
  (
    request: ForwardingRequestInput | ForwardingRequest,
    options: RenderForwardingLetterOptions,
  ): Promise<Uint8Array<ArrayBuffer>>;
  /**
   * @deprecated Give the directive as an option: `renderForwardingLetter(request, { directive, ...options })`.
   */
  (
    directive: DirectiveInput | Directive,
    request: ForwardingRequestInput | ForwardingRequest,
    options?: RenderOfficialLetterOptions,
  ): Promise<Uint8Array<ArrayBuffer>>;
} = (first: unknown, second?: unknown, third?: unknown): Promise<Uint8Array<ArrayBuffer>> =>
  refuseAsTemplateError(templateErrorMessages.inputNames.forwardingLetter, async () => {
    if (isDirective(first)) {
      const options = (third ?? {}) as RenderOfficialLetterOptions;
      const directive = parseEntity(first, templateErrorMessages.inputNames.directive, (input) =>
        validateDirective(input, options),
      );
      return render(directive, second, options);
    }
    const { directive: given, ...options } = (isRecord(second) ? second : {}) as Partial<RenderForwardingLetterOptions>;
    const directive = parseDirectiveOption(given, options);
    if (directive === undefined) {
      throw new TemplateError(templateErrorCodes.invalidInput, templateErrorMessages.directiveMissing);
    }
    return render(directive, first, options);
  });
