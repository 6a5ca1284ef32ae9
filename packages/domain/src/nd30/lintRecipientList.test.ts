import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectQuickAnswer } from "../../../../test/support/expectQuickAnswer.ts";
import { lintRecipientList } from "./lintRecipientList.ts";

const codes = (lines: readonly string[], options: Parameters<typeof lintRecipientList>[1]) =>
  lintRecipientList(lines, options).issues.map((issue) => issue.code);

describe("lintRecipientList", () => {
  describe("Kính gửi", () => {
    it("accepts several recipients each on a dashed line ending «;», the last «.»", () => {
      expect(
        lintRecipientList(["- Bộ Nội vụ;", "- Bộ Kế hoạch và Đầu tư;", "- Bộ Tài chính."], { kind: "kinh-gui" }).issues,
      ).toEqual([]);
      expect(lintRecipientList(["Kính gửi: - Bộ Nội vụ;", "- Bộ Tài chính."], { kind: "kinh-gui" }).issues).toEqual([]);
    });

    it("accepts a single recipient on the label's line, without dash or final stop", () => {
      expect(
        lintRecipientList(["Kính gửi: Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"], {
          kind: "kinh-gui",
        }).issues,
      ).toEqual([]);
    });

    it("flags a line of several that does not end with «;», or a last line that does not end with «.»", () => {
      const { issues } = lintRecipientList(["- Bộ Nội vụ,", "- Bộ Tài chính;"], { kind: "kinh-gui", lang: "en" });
      expect(issues).toEqual([
        expect.objectContaining({ code: "nd30.recipients.punctuation", path: [0], params: { line: 1, expected: ";" } }),
        expect.objectContaining({ code: "nd30.recipients.punctuation", path: [1], params: { line: 2, expected: "." } }),
      ]);
      expect(issues[1]?.message).toBe(
        "Line 2: the line must end with «.» (each line ends with «;», the last one with «.»).",
      );
    });

    it("flags a recipient of several without its dash", () => {
      expect(codes(["Bộ Nội vụ;", "– Bộ Tài chính."], { kind: "kinh-gui" })).toEqual([
        "nd30.recipients.dash",
        "nd30.recipients.dash",
      ]);
    });

    it("flags an empty list", () => {
      expect(codes([], { kind: "kinh-gui" })).toEqual(["nd30.recipients.empty"]);
      expect(codes(["Kính gửi:", "  "], { kind: "kinh-gui" })).toEqual(["nd30.recipients.empty"]);
    });
  });

  describe("Nơi nhận", () => {
    const letter = ["Nơi nhận:", "- Như trên;", "- Bộ trưởng (để b/c);", "- Lưu: VT, GDTX."];

    it("accepts a list of dashed lines ending «;» whose last is «- Lưu: VT, …».", () => {
      expect(lintRecipientList(letter, { kind: "noi-nhan", hasKinhGui: true })).toEqual({
        ok: true,
        value: ["Như trên", "Bộ trưởng (để b/c)", "Lưu: VT, GDTX"],
        issues: [],
      });
      expect(
        lintRecipientList(["- Các bộ, cơ quan ngang bộ;", "- Lưu: VT, TCCB."], { kind: "noi-nhan" }).issues,
      ).toEqual([]);
    });

    it("flags a list without «- Như trên;» first when the document has a «Kính gửi»", () => {
      expect(codes(["- Bộ trưởng (để b/c);", "- Lưu: VT, GDTX."], { kind: "noi-nhan", hasKinhGui: true })).toEqual([
        "nd30.noi-nhan.nhu-tren",
      ]);
      expect(codes(["- Bộ trưởng (để b/c);", "- Lưu: VT, GDTX."], { kind: "noi-nhan" })).toEqual([]);
    });

    it("flags a list whose last line is not the «Lưu» line", () => {
      const result = lintRecipientList(["- Như trên;", "- Lưu: VT, GDTX;", "- Bộ trưởng (để b/c)."], {
        kind: "noi-nhan",
      });
      expect(result.issues).toEqual([expect.objectContaining({ code: "nd30.noi-nhan.luu-last", path: [2] })]);
      expect(result).toMatchObject({ ok: false, value: ["Như trên", "Lưu: VT, GDTX", "Bộ trưởng (để b/c)"] });
    });

    it("flags a «Lưu» line without «VT» and the drafting unit", () => {
      expect(codes(["- Như trên;", "- Lưu: GDTX."], { kind: "noi-nhan" })).toEqual(["nd30.noi-nhan.luu-format"]);
      expect(codes(["- Như trên;", "- Lưu: VT."], { kind: "noi-nhan" })).toEqual(["nd30.noi-nhan.luu-format"]);
      expect(codes(["- Như trên;", "- Lưu VT, GDTX."], { kind: "noi-nhan" })).toEqual(["nd30.noi-nhan.luu-format"]);
    });

    it("flags the punctuation and dashes of every line, the single one included", () => {
      expect(codes(["Lưu: VT, GDTX"], { kind: "noi-nhan" })).toEqual([
        "nd30.recipients.dash",
        "nd30.recipients.punctuation",
      ]);
      expect(codes(["- Như trên.", "- Lưu: VT, GDTX;"], { kind: "noi-nhan" })).toEqual([
        "nd30.recipients.punctuation",
        "nd30.recipients.punctuation",
      ]);
    });

    it("flags an empty list", () => {
      expect(codes(["Nơi nhận:"], { kind: "noi-nhan" })).toEqual(["nd30.recipients.empty"]);
      expect(lintRecipientList(["Nơi nhận:"], { kind: "noi-nhan" })).toMatchObject({ ok: false, value: undefined });
    });
  });

  it("flags a character no document can carry, on its line", () => {
    expect(lintRecipientList(["- Bộ Nội\u0001 vụ;", "- Bộ Tài chính."], { kind: "kinh-gui" }).issues).toEqual([
      expect.objectContaining({ code: "text.xml-illegal", path: [0] }),
    ]);
  });

  it("treats NFD input like NFC input", () => {
    const lines = ["Nơi nhận:", "- Như trên;", "- Lưu: VT, GDĐT."];
    expect(
      lintRecipientList(
        lines.map((line) => line.normalize("NFD")),
        { kind: "noi-nhan", hasKinhGui: true },
      ).issues,
    ).toEqual([]);
  });

  it("never throws on random lines", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.string({ unit: "binary" }), fc.constantFrom("- Như trên;", "- Lưu: VT, GDTX.", "Kính gửi:")),
        ),
        fc.constantFrom("kinh-gui", "noi-nhan"),
        fc.boolean(),
        (lines, kind, hasKinhGui) => {
          const result = lintRecipientList(lines, kind === "kinh-gui" ? { kind } : { kind, hasKinhGui });
          const nfd = lintRecipientList(
            lines.map((line) => line.normalize("NFD")),
            kind === "kinh-gui" ? { kind } : { kind, hasKinhGui },
          );
          expect(nfd).toEqual(result);
          expect(result.ok).toBe(!result.issues.some((issue) => issue.severity === "error"));
        },
      ),
    );
  });

  it("answers a megabyte of adversarial text in linear time", () => {
    const n = 1 << 20;
    for (const text of [
      `${";".repeat(n)}x`,
      `- Lưu:${" ".repeat(n)}x`,
      `Nơi nhận${" ".repeat(n)}x`,
      "- ".repeat(n / 2),
      `- ${".".repeat(n)}`,
    ]) {
      expectQuickAnswer(
        () => lintRecipientList([text, text], { kind: "noi-nhan", hasKinhGui: true }),
        1_000,
        JSON.stringify(text.slice(0, 20)),
      );
    }
  });
});
