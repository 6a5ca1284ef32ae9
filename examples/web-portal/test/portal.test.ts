import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { Server } from "node:http";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import {
  directiveFor,
  type Language,
  samplePlan2020,
  samplePlan2024,
  samplePlan2025,
  validatePlan,
} from "@xhht/domain";
import { communes } from "@xhht/domain/communes";
import { lintDocx, readDocxText } from "@xhht/templates";
import { type Browser, chromium, type Page } from "playwright-core";
import { serveDist } from "./serveDist.ts";

// Debian's Chromium; CHROMIUM_PATH points elsewhere on another system (no browser is downloaded).
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const dist = fileURLToPath(new URL("../dist", import.meta.url));

// The machine's network is closed: Chromium must not try to reach Google's services in the background.
const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const newSubject = "Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020 trên địa bàn tỉnh Nam Định";

const issue = (page: Page, code: string) => page.locator(`#issues li[data-code="${code}"]`);
const part = (page: Page, name: string) => page.locator(`#directive [data-part="${name}"]`);

/** The SDK's own message for the plan now in the page's JSON: the page must show it as it is. */
const sdkMessage = async (page: Page, code: string, lang: Language): Promise<string | undefined> => {
  const plan: unknown = JSON.parse(await page.locator("#plan-json").inputValue());
  const { issues } = validatePlan(plan, { lang, directive: directiveFor(2020) });
  return issues.find((found) => found.code === code)?.message;
};

/** Validates and waits for the outcome. */
const validate = async (page: Page, kind: "ok" | "error") => {
  await page.locator("#validate").click();
  await page.locator(`#status[data-kind=${kind}]`).waitFor();
};

/** Clicks «download» and checks the .docx it makes lints clean; its paragraphs. */
const downloadDocx = async (page: Page, fileName: string): Promise<string[]> => {
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#download").click()]);
  assert.equal(download.suggestedFilename(), fileName);
  const bytes = new Uint8Array(await readFile(await download.path()));
  assert.deepEqual([...bytes.subarray(0, 2)], [0x50, 0x4b], "a .docx is a zip");
  const lint = lintDocx(bytes, { lang: "en" });
  const errors = lint.issues.filter((found) => found.severity === "error");
  assert.deepEqual(
    errors.map((found) => `${found.code}: ${found.message}`),
    [],
  );
  assert.equal(lint.ok, true);
  return readDocxText(bytes);
};

describe("the web portal, in Chromium", { timeout: 60_000 }, () => {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let page: Page;
  const pageErrors: string[] = [];

  before(async () => {
    if (!existsSync(chromiumPath)) {
      throw new Error(`${chromiumPath} is missing: install Debian's Chromium with \`apt-get install -y chromium\``);
    }
    if (!existsSync(`${dist}/index.html`)) throw new Error("dist/index.html is missing: run `vite build` first");
    const served = await serveDist(dist);
    server = served.server;
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, timeout: 30_000 });
    const context = await browser.newContext({ acceptDownloads: true, locale: "vi-VN" });
    // Everything happens on the page: any request leaving the loopback server is a bug.
    await context.route(
      (url) => url.hostname !== "127.0.0.1",
      (route) => route.abort(),
    );
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
    await page.goto(served.url);
    await page.locator("body[data-ready=true]").waitFor();
  });

  after(async () => {
    await browser?.close();
    if (server !== undefined) await new Promise((resolve) => server?.close(resolve));
  });

  it("opens in Vietnamese with the sample plan in the form and in the JSON", async () => {
    assert.equal(await page.locator("html").getAttribute("lang"), "vi");
    assert.equal(await page.locator("#validate").textContent(), "Kiểm tra");
    assert.deepEqual(JSON.parse(await page.locator("#plan-json").inputValue()), samplePlan2020);
    assert.equal(await page.locator('[name="subject"]').inputValue(), samplePlan2020.subject);
    assert.equal(await page.locator('[name="activities.0.start"]').inputValue(), "2020-10-01");
    assert.equal(await page.locator('[name="province"]').inputValue(), "36");
    assert.equal(await page.locator("#download").isDisabled(), true);
  });

  it("refuses an uploaded plan whose subject is empty, naming the field", async () => {
    const uploaded = { ...structuredClone(samplePlan2020), subject: "" };
    await page.locator("#upload").setInputFiles({
      name: "ke-hoach.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(uploaded)),
    });
    const blank = issue(page, "text.blank");
    await blank.waitFor();
    assert.equal(await blank.locator(".field").textContent(), "Trích yếu");
    assert.equal(await blank.getAttribute("data-path"), "subject");
    assert.equal(await blank.locator(".message").textContent(), "Không được để trống.");
    assert.equal(await page.locator("#issues li").count(), 1);
    assert.equal(await page.locator("#status").textContent(), "Kế hoạch có 1 lỗi: sửa rồi kiểm tra lại.");
    assert.equal(await page.locator('[name="subject"]').inputValue(), "");
    assert.equal(await page.locator('[name="subject"]').getAttribute("aria-invalid"), "true");
    assert.equal(await page.locator("#download").isDisabled(), true);
  });

  it("finds an activity dated outside the Week once the subject is filled in, in Vietnamese", async () => {
    await page.locator('[name="subject"]').fill(newSubject);
    await page.locator('[name="activities.0.start"]').fill("2020-09-20");
    assert.equal(JSON.parse(await page.locator("#plan-json").inputValue()).activities[0].start, "2020-09-20");
    await page.locator("#validate").click();
    const outside = issue(page, "plan.activity-outside-week");
    await outside.waitFor();
    assert.equal(await issue(page, "text.blank").count(), 0);
    assert.equal(await outside.locator(".field").textContent(), "Hoạt động thứ 1 › Ngày bắt đầu");
    assert.equal(await outside.getAttribute("data-path"), "activities.0.start");
    const message = await outside.locator(".message").textContent();
    assert.match(message ?? "", /^Hoạt động diễn ra từ .*2020.* ngoài Tuần lễ/u);
    assert.equal(message, await sdkMessage(page, "plan.activity-outside-week", "vi"));
    assert.equal(await outside.locator(".severity").textContent(), "Lỗi");
    assert.equal(await page.locator("#download").isDisabled(), true);
  });

  it("shows the same issue in English after switching the language", async () => {
    await page.locator("#lang").selectOption("en");
    const outside = issue(page, "plan.activity-outside-week");
    await page.locator("#issues li .severity", { hasText: "Error" }).waitFor();
    const message = await outside.locator(".message").textContent();
    assert.match(message ?? "", /^The activity runs from .*2020.* outside the Week/u);
    assert.equal(message, await sdkMessage(page, "plan.activity-outside-week", "en"));
    assert.equal(await outside.locator(".field").textContent(), "Activity 1 › Start date");
    assert.equal(await outside.getAttribute("data-path"), "activities.0.start");
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
    assert.equal(await page.locator("#validate").textContent(), "Validate");
    assert.equal(await page.locator("#status").textContent(), "The plan has 1 error: fix it and validate again.");
    assert.equal(await page.locator("#download").isDisabled(), true);
  });

  it("downloads a Decree 30 .docx of the corrected plan that lints clean", async () => {
    await page.locator('[name="activities.0.start"]').fill("2020-10-01");
    await validate(page, "ok");
    assert.equal(await page.locator("#issues li").count(), 0);
    const paragraphs = await downloadDocx(page, "12-KH-SGDDT-2020.docx");
    assert.ok(paragraphs.includes("KẾ HOẠCH"), "it is a kế hoạch");
    assert.ok(paragraphs.includes(newSubject), "with the subject typed in the form");
    assert.ok(paragraphs.includes("Số: 12/KH-SGDĐT"));
    assert.equal(await page.locator("#status").textContent(), "Made 12-KH-SGDDT-2020.docx.");
  });

  it("loads the 2024 sample when 2024 is picked, shows the 2024 theme and Week, and finds no issue", async () => {
    await page.locator("#lang").selectOption("vi");
    await page.locator("#year").selectOption("2024");
    assert.deepEqual(JSON.parse(await page.locator("#plan-json").inputValue()), samplePlan2024);
    assert.equal(await page.locator('[name="year"]').inputValue(), "2024");
    assert.equal(await part(page, "theme").textContent(), "Chủ đề: «Phát triển văn hóa đọc thúc đẩy học tập suốt đời»");
    assert.equal(await part(page, "week").textContent(), "Tuần lễ: 01/10/2024 – 07/10/2024, khai mạc 01/10/2024");
    assert.equal(await part(page, "letter").textContent(), "Công văn của Bộ: 5201/BGDĐT-GDTX, 09/09/2024");
    assert.equal(await part(page, "unknown").textContent(), "Chưa có nguồn công khai: hạn báo cáo, toàn văn công văn");
    await validate(page, "ok");
    assert.equal(await page.locator("#issues li").count(), 0);
    assert.equal(await page.locator("#status").textContent(), "Kế hoạch hợp lệ: có thể tải văn bản .docx.");
  });

  it("downloads the 2024 plan as a .docx that lints clean", async () => {
    const paragraphs = await downloadDocx(page, "18-KH-SGDDT-2024.docx");
    assert.ok(paragraphs.includes("KẾ HOẠCH"), "it is a kế hoạch");
    assert.ok(paragraphs.includes("Số: 18/KH-SGDĐT"));
    const theme = directiveFor(2024).theme ?? "";
    assert.ok(
      paragraphs.some((paragraph) => paragraph.includes(theme)),
      "with the 2024 theme",
    );
  });

  it("says which facts of the 2025 directive are not public yet, in both languages", async () => {
    await page.locator("#year").selectOption("2025");
    assert.deepEqual(JSON.parse(await page.locator("#plan-json").inputValue()), samplePlan2025);
    assert.equal(
      await part(page, "unknown").textContent(),
      "Chưa có nguồn công khai: ngày công văn, hạn báo cáo, toàn văn công văn",
    );
    assert.equal(await part(page, "letter").textContent(), "Công văn của Bộ: 5607/BGDĐT-GDNNGDTX");
    await page.locator("#lang").selectOption("en");
    assert.equal(
      await part(page, "unknown").textContent(),
      "Not in a public source yet: the letter's date, the report deadline, the letter's full text",
    );
    assert.equal(await part(page, "week").textContent(), "The Week: 01/10/2025 – 07/10/2025, opening on 01/10/2025");
    await page.locator("#lang").selectOption("vi");
    await validate(page, "ok");
  });

  it("asks a commune's plan for its commune code, offers the province's communes and checks the code", async () => {
    const units = communes(samplePlan2025.date, { province: samplePlan2025.province });
    const [unit] = units;
    assert.ok(unit !== undefined);
    assert.equal(await page.locator('[name="commune"]').count(), 0, "a province's plan has no commune");
    await page.locator("#tier").selectOption("commune");
    const commune = page.locator('[name="commune"]');
    assert.equal(await commune.inputValue(), "");
    assert.equal(await page.locator('[name="issuer"]').inputValue(), "ỦY BAN NHÂN DÂN");
    assert.equal(await page.locator('[name="symbol"]').inputValue(), "KH-UBND");
    assert.equal(await page.locator('[name="parentBody"]').inputValue(), "");
    await page.waitForFunction(
      (count) => document.querySelectorAll("#commune-list option").length === count,
      units.length,
    );

    await commune.fill("123");
    await validate(page, "error");
    const format = issue(page, "commune.code-format");
    assert.equal(await format.locator(".field").textContent(), "Mã xã, phường, đặc khu");
    assert.equal(
      await format.locator(".message").textContent(),
      "Mã xã gồm 5 chữ số theo danh mục đơn vị hành chính, ví dụ «00004».",
    );
    assert.equal(await commune.getAttribute("aria-invalid"), "true");
    assert.equal(await page.locator("#download").isDisabled(), true);

    await commune.fill(unit.code);
    assert.equal(
      await page.locator('[name="issuer"]').inputValue(),
      `ỦY BAN NHÂN DÂN ${unit.fullName.toLocaleUpperCase("vi")}`,
    );
    await validate(page, "ok");
    assert.equal(await page.locator("#issues li").count(), 0);
    const saved = JSON.parse(await page.locator("#plan-json").inputValue());
    assert.equal(saved.commune, unit.code);
    assert.equal(saved.parentBody, undefined);

    await page.locator("#tier").selectOption("province");
    assert.equal(await page.locator('[name="commune"]').count(), 0);
    assert.equal(await page.locator('[name="issuer"]').inputValue(), samplePlan2025.issuer);
  });

  it("adds a year typed in the plan to the year picker and marks its Week provisional", async () => {
    await page.locator('[name="year"]').fill("2031");
    assert.equal(await page.locator("#year").inputValue(), "2031");
    assert.equal(
      await part(page, "week").textContent(),
      "Tuần lễ: 01/10/2031 – 07/10/2031, khai mạc 01/10/2031 (tạm tính: chưa có công văn của Bộ)",
    );
    assert.equal(await part(page, "theme").textContent(), "Chủ đề: chưa có nguồn công khai");
    await page.locator('[name="year"]').fill("1999");
    assert.equal(await part(page, "none").textContent(), "Năm «1999» không có Tuần lễ (Tuần lễ đầu tiên năm 2011).");
  });

  it("raised no error and made no request beyond its own server", () => {
    assert.deepEqual(pageErrors, []);
  });
});
