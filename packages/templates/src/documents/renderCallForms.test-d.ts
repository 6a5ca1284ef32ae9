import {
  directive2020,
  sampleForwardingRequest2020,
  sampleNationalSummaryMeta2020,
  sampleReport2020,
  summarizeReports,
} from "@xhht/domain";
import { describe, expectTypeOf, it } from "vitest";
import { renderForwardingLetter } from "./renderForwardingLetter.ts";
import { renderNationalSummary } from "./renderNationalSummary.ts";

const summary = summarizeReports([sampleReport2020], { year: 2020, directive: directive2020 });
type Rendered = Promise<Uint8Array<ArrayBuffer>>;

describe("the calls of renderForwardingLetter and renderNationalSummary", () => {
  it("take the entity and an options object holding the directive or the meta", () => {
    expectTypeOf(
      renderForwardingLetter(sampleForwardingRequest2020, { directive: directive2020 }),
    ).toEqualTypeOf<Rendered>();
    expectTypeOf(renderNationalSummary(summary, { meta: sampleNationalSummaryMeta2020 })).toEqualTypeOf<Rendered>();
  });

  it("still type the deprecated positional calls", () => {
    expectTypeOf(renderForwardingLetter(directive2020, sampleForwardingRequest2020, {})).toEqualTypeOf<Rendered>();
    expectTypeOf(renderNationalSummary(summary, sampleNationalSummaryMeta2020, {})).toEqualTypeOf<Rendered>();
  });

  it("refuse, as types, options without the directive or the meta", () => {
    // @ts-expect-error the directive is required
    void renderForwardingLetter(sampleForwardingRequest2020, { generatedAt: "2020-09-18" });
    // @ts-expect-error the meta is required
    void renderNationalSummary(summary, { generatedAt: "2020-11-20" });
  });
});
