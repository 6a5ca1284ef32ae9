import { directive2020, sampleForwardingRequest2020 } from "@xhht/domain";
import { describe, expect, it } from "vitest";
import { readDocxText } from "../docx/readDocxText.ts";
import { TemplateError } from "../input/TemplateError.ts";
import { unzipParts } from "../testing/docxXml.ts";
import { forwardingLetter } from "./forwardingLetter.ts";
import { renderForwardingLetter } from "./renderForwardingLetter.ts";
import { renderOfficialLetter } from "./renderOfficialLetter.ts";

describe("renderForwardingLetter", () => {
  it("reads as the golden text of the sample forwarding letter", async () => {
    const bytes = await renderForwardingLetter(sampleForwardingRequest2020, { directive: directive2020 });
    await expect(`${readDocxText(bytes).join("\n")}\n`).toMatchFileSnapshot("../fixtures/golden/forwarding2020.txt");
  });

  it("cites the Ministry's letter and carries the year's theme, dates and the province's deadline", () => {
    const letter = forwardingLetter(directive2020, sampleForwardingRequest2020);
    const body = letter.body.map((block) => block.text).join("\n");
    expect(body).toContain(
      "Thực hiện Công văn số 3589/BGDĐT-GDTX ngày 15 tháng 9 năm 2020 của Bộ Giáo dục và Đào tạo về việc tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020",
    );
    expect(body).toContain("“Chuyển đổi số thúc đẩy Học tập suốt đời”, từ ngày 01/10/2020 đến ngày 07/10/2020");
    expect(body).toContain("chậm nhất ngày 20/10/2020");
    expect(letter.subject).toBe(sampleForwardingRequest2020.subject);
  });

  it("lays out as renderOfficialLetter does, recording its own template id", async () => {
    const bytes = await renderForwardingLetter(sampleForwardingRequest2020, { directive: directive2020 });
    const plain = await renderOfficialLetter(forwardingLetter(directive2020, sampleForwardingRequest2020));
    const parts = unzipParts(bytes);
    expect(parts["word/document.xml"]).toBe(unzipParts(plain)["word/document.xml"]);
    expect(parts["docProps/custom.xml"]).toMatch(/<vt:lpwstr>forwarding-letter<\/vt:lpwstr>/u);
  });

  it("refuses a deadline after the Ministry's, and hostile text naming the field", async () => {
    const error = await renderForwardingLetter(
      { ...sampleForwardingRequest2020, reportDeadline: "2020-11-15" },
      { directive: directive2020 },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).issues).toEqual([
      expect.objectContaining({ code: "forwarding.deadline-after-ministry" }),
    ]);
    await expect(
      renderForwardingLetter(
        { ...sampleForwardingRequest2020, extra: ["Ghi chú\u001B"] },
        { directive: directive2020 },
      ),
    ).rejects.toMatchObject({ code: "templates.unsafe-text", path: ["extra", 0] });
  });

  it("still takes the directive as its first argument, deprecated, giving the same bytes", async () => {
    const options = { generatedAt: "2020-09-19T08:00:00+07:00" };
    const old = await renderForwardingLetter(directive2020, sampleForwardingRequest2020, options);
    const now = await renderForwardingLetter(sampleForwardingRequest2020, { directive: directive2020, ...options });
    expect(Buffer.from(old).equals(Buffer.from(now))).toBe(true);
    expect(
      Buffer.from(await renderForwardingLetter(directive2020, sampleForwardingRequest2020)).equals(
        Buffer.from(await renderForwardingLetter(sampleForwardingRequest2020, { directive: directive2020 })),
      ),
    ).toBe(true);
  });

  it("refuses a call without the directive, or with a broken one, with a TemplateError", async () => {
    for (const options of [undefined, {}, { generatedAt: "2020-09-19" }]) {
      const error = await renderForwardingLetter(sampleForwardingRequest2020, options as never).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TemplateError);
      expect(error).toMatchObject({
        code: "templates.invalid-input",
        message: expect.stringContaining("{ directive:"),
      });
    }
    await expect(
      renderForwardingLetter(sampleForwardingRequest2020, { directive: { ...directive2020, theme: "Học\u0000tập" } }),
    ).rejects.toMatchObject({ code: "templates.unsafe-text", path: ["directive", "theme"] });
    const broken = await renderForwardingLetter(sampleForwardingRequest2020, {
      directive: { ...directive2020, year: "2020" } as never,
    }).catch((e: unknown) => e);
    expect(broken).toMatchObject({ code: "templates.invalid-input" });
    expect((broken as TemplateError).issues.length).toBeGreaterThan(0);
  });
});
