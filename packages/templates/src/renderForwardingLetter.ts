import {
  type Directive,
  type DirectiveInput,
  type ForwardingRequest,
  type ForwardingRequestInput,
  validateDirective,
  validateForwardingRequest,
} from "@xhht/domain";
import { forwardingLetter } from "./forwardingLetter.ts";
import { SDK_VERSION } from "./officialLetterTemplate.ts";
import { parseEntity } from "./parseEntity.ts";
import { refuseAsTemplateError } from "./refuseAsTemplateError.ts";
import { type RenderOfficialLetterOptions, renderOfficialLetterAs } from "./renderOfficialLetter.ts";
import { templateIds } from "./templateIds.ts";

/**
 * Lays out a province's công văn forwarding the Ministry's letter on the Week: {@link forwardingLetter} rendered
 * by `renderOfficialLetter` (same layout, same guarantees), recorded with the template id `forwarding-letter`.
 *
 * The directive is checked with `validateDirective` and the request with `validateForwardingRequest` (its date on
 * or after the Ministry's letter, its deadline no later than the Ministry's last day): invalid input is refused
 * with a {@link TemplateError} carrying the issues; a character XML cannot carry is refused naming the field.
 *
 * @example
 * ```ts
 * import { directive2020, sampleForwardingRequest2020 } from "@xhht/domain";
 * import { renderForwardingLetter } from "@xhht/templates";
 *
 * const bytes = await renderForwardingLetter(directive2020, sampleForwardingRequest2020);
 * ```
 */
export const renderForwardingLetter = (
  directive: DirectiveInput | Directive,
  request: ForwardingRequestInput | ForwardingRequest,
  options: RenderOfficialLetterOptions = {},
): Promise<Uint8Array<ArrayBuffer>> =>
  refuseAsTemplateError("forwarding letter", async () => {
    const checkedDirective = parseEntity(directive, "directive", (input) => validateDirective(input, options));
    const checkedRequest = parseEntity(request, "forwarding request", (input) =>
      validateForwardingRequest(input, { ...options, directive: checkedDirective }),
    );
    return renderOfficialLetterAs(
      forwardingLetter(checkedDirective, checkedRequest),
      options,
      SDK_VERSION,
      templateIds.forwardingLetter,
    );
  });
