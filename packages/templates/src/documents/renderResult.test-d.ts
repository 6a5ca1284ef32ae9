import { describe, expectTypeOf, it } from "vitest";
import { packDocx } from "../docx/packDocx.ts";
import { renderBudgetEstimate } from "./renderBudgetEstimate.ts";
import { renderCommitteeDecision } from "./renderCommitteeDecision.ts";
import { renderForwardingLetter } from "./renderForwardingLetter.ts";
import { renderInvitation } from "./renderInvitation.ts";
import { renderNationalSummary } from "./renderNationalSummary.ts";
import { renderOfficialLetter } from "./renderOfficialLetter.ts";
import { renderPlan } from "./renderPlan.ts";
import { renderReport } from "./renderReport.ts";
import { renderSubmission } from "./renderSubmission.ts";

// The package is type-checked without the DOM lib, so these are TypeScript 5.9's lib.dom.d.ts definitions as they
// stand: since TS 5.7 a `Uint8Array<ArrayBufferLike>` (what fflate's plain `Uint8Array` means) is none of them.
type BufferSource = ArrayBufferView<ArrayBuffer> | ArrayBuffer;
type BlobPart = BufferSource | Blob | string;
type XMLHttpRequestBodyInit = Blob | BufferSource | FormData | URLSearchParams | string;
type BodyInit = ReadableStream | XMLHttpRequestBodyInit;

const renders = {
  renderBudgetEstimate,
  renderCommitteeDecision,
  renderForwardingLetter,
  renderInvitation,
  renderNationalSummary,
  renderOfficialLetter,
  renderPlan,
  renderReport,
  renderSubmission,
  packDocx,
};
type Rendered = Awaited<ReturnType<(typeof renders)[keyof typeof renders]>>;

describe("what the render functions return", () => {
  it("is a Uint8Array backed by a plain ArrayBuffer, for every render function and packDocx", () => {
    expectTypeOf<Rendered>().toEqualTypeOf<Uint8Array<ArrayBuffer>>();
    expectTypeOf(renderPlan).returns.toEqualTypeOf<Promise<Uint8Array<ArrayBuffer>>>();
  });

  it("goes into new Blob([...]) and new Response(...) as it is, without a copy or cast", () => {
    expectTypeOf<Rendered>().toExtend<BlobPart>();
    expectTypeOf<Rendered>().toExtend<BodyInit>();
    expectTypeOf<[Rendered]>().toExtend<BlobPart[]>();
  });

  it("would not, typed as a plain Uint8Array (the check has teeth)", () => {
    expectTypeOf<Uint8Array>().not.toExtend<BlobPart>();
    expectTypeOf<Uint8Array>().not.toExtend<BodyInit>();
  });
});
