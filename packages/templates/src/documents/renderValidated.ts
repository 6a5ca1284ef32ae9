import type { ValidationResult } from "@xhht/domain";
import { parseEntity } from "../input/parseEntity.ts";
import { refuseAsTemplateError } from "../input/refuseAsTemplateError.ts";

/**
 * What a template does with its input: checks it with {@link parseEntity} (a character XML cannot carry, then
 * `validate`'s errors), lays the value out with `render`, and refuses whatever else goes wrong as a `TemplateError`
 * naming the input (`what`: «plan», «report»).
 */
export const renderValidated = <T>(
  what: string,
  input: unknown,
  validate: (input: unknown) => ValidationResult<T>,
  render: (parsed: T) => Promise<Uint8Array<ArrayBuffer>>,
): Promise<Uint8Array<ArrayBuffer>> =>
  refuseAsTemplateError(what, async () => render(parseEntity(input, what, validate)));
