import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { serve } from "@hono/node-server";
import { sampleReport2020 } from "@xhht/domain";
import { lintDocx, readDocxText } from "@xhht/templates";
import { createApp, DOCX_TYPE } from "../src/createApp.ts";

/** The SDK's sample report with three mistakes: an unknown province, a plan's symbol, an activity not in the catalogue. */
const invalidReport = {
  ...sampleReport2020,
  province: "99",
  symbol: "KH-SGDĐT",
  activities: [...sampleReport2020.activities, { code: "reading.marathon", measures: { books: 5 } }],
};

const expectedIssues = {
  vi: [
    [
      "province.unknown",
      "error",
      ["province"],
      "Mã tỉnh, thành phố",
      "Không có tỉnh, thành phố mang mã «99» vào ngày 26/10/2020.",
    ],
    [
      "report.symbol-type",
      "error",
      ["symbol"],
      "Ký hiệu văn bản",
      "Ký hiệu của báo cáo phải bắt đầu bằng «BC-», ví dụ «BC-UBND»; ở đây là «KH-SGDĐT».",
    ],
    [
      "report.activity-unknown",
      "error",
      ["activities", 5, "code"],
      "Hoạt động thứ 6 › Mã",
      "Mã hoạt động «reading.marathon» không có trong danh mục; hoạt động riêng của địa phương dùng tiền tố «local.».",
    ],
  ],
  en: [
    [
      "province.unknown",
      "error",
      ["province"],
      "Province code",
      "No province or city has the code «99» on 26/10/2020.",
    ],
    [
      "report.symbol-type",
      "error",
      ["symbol"],
      "Document symbol",
      "A report's symbol must start with «BC-», e.g. «BC-UBND»; here it is «KH-SGDĐT».",
    ],
    [
      "report.activity-unknown",
      "error",
      ["activities", 5, "code"],
      "Activity 6 › Code",
      "The activity code «reading.marathon» is not in the catalogue; a province's own activity takes the «local.» prefix.",
    ],
  ],
} as const;

type IssueJson = { code: string; severity: string; path: (string | number)[]; label: string; message: string };

describe("POST /reports on a running server", () => {
  let server: ReturnType<typeof serve>;
  let base: string;

  before(async () => {
    await new Promise<void>((resolve) => {
      server = serve({ fetch: createApp({ maxBodyBytes: 64 * 1024 }).fetch, port: 0, hostname: "127.0.0.1" }, () =>
        resolve(),
      );
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const post = (body: string, init: { query?: string; headers?: Record<string, string> } = {}) =>
    fetch(`${base}/reports${init.query ?? ""}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...init.headers },
      body,
    });

  it("answers GET /health", async () => {
    const response = await fetch(`${base}/health`);
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as { ok: boolean }).ok, true);
  });

  it("returns a valid report as a .docx that lints clean", async () => {
    const response = await post(JSON.stringify(sampleReport2020));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("Content-Type"), DOCX_TYPE);
    assert.equal(
      response.headers.get("Content-Disposition"),
      `attachment; filename="215-BC-SGDDT-2020.docx"; filename*=UTF-8''215-BC-SGD%C4%90T-2020.docx`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    assert.deepEqual(lintDocx(bytes).issues, []);
    const lines = readDocxText(bytes);
    assert.ok(lines.includes("Số: 215/BC-SGDĐT"));
    assert.ok(lines.includes("Nam Định, ngày 26 tháng 10 năm 2020"));
  });

  it("returns a late report all the same, naming its warning", async () => {
    const late = { ...sampleReport2020, submittedAt: "2020-11-02T08:00:00+07:00" };
    const response = await post(JSON.stringify(late));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("X-Xhht-Issues"), "report.late");
    await response.arrayBuffer();
  });

  for (const [how, init, lang] of [
    ["?lang=vi", { query: "?lang=vi" }, "vi"],
    ["?lang=en", { query: "?lang=en", headers: { "Accept-Language": "vi" } }, "en"],
    ["Accept-Language: en-US", { headers: { "Accept-Language": "fr;q=0.9, en-US;q=0.8, vi;q=0.5" } }, "en"],
    ["no language asked", {}, "vi"],
  ] as const) {
    it(`returns 422 with every issue in ${lang} (${how})`, async () => {
      const response = await post(JSON.stringify(invalidReport), init);
      assert.equal(response.status, 422);
      assert.match(response.headers.get("Content-Type") ?? "", /^application\/json/u);
      assert.equal(response.headers.get("Content-Language"), lang);
      const body = (await response.json()) as { ok: boolean; lang: string; issues: IssueJson[] };
      assert.equal(body.ok, false);
      assert.deepEqual(
        body.issues.map((issue) => [issue.code, issue.severity, issue.path, issue.label, issue.message]),
        expectedIssues[lang],
      );
    });
  }

  it("refuses a language it has no messages in with 400", async () => {
    const response = await post(JSON.stringify(sampleReport2020), { query: "?lang=fr" });
    assert.equal(response.status, 400);
    assert.equal(((await response.json()) as { error: string }).error, "unsupported-lang");
  });

  it("refuses malformed JSON with 400 and says so", async () => {
    const response = await post('{"year": 2020, "province": ');
    assert.equal(response.status, 400);
    const body = (await response.json()) as { error: string; message: string };
    assert.equal(body.error, "invalid-json");
    assert.match(body.message, /^The body is not valid JSON: /u);
  });

  it("refuses a body that is not JSON by its type with 415", async () => {
    const response = await post("year=2020", { headers: { "Content-Type": "application/x-www-form-urlencoded" } });
    assert.equal(response.status, 415);
    await response.arrayBuffer();
  });

  it("refuses a body above the limit with 413, without reading it all", async () => {
    const huge = JSON.stringify({ ...sampleReport2020, proposals: ["x".repeat(70 * 1024)] });
    const response = await post(huge);
    assert.equal(response.status, 413);
    assert.equal(((await response.json()) as { error: string }).error, "body-too-large");
  });

  it("refuses a chunked body above the limit with 413 too", async () => {
    const chunk = new TextEncoder().encode(" ".repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(`${base}/reports`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    assert.equal(response.status, 413);
    await response.arrayBuffer();
  });
});
