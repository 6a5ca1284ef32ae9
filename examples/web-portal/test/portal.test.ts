import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { Server } from "node:http";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { samplePlan2020 } from "@xhht/domain";
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
    assert.equal(await blank.locator(".path").textContent(), "subject");
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
    assert.equal(await outside.locator(".path").textContent(), "activities.0.start");
    assert.equal(
      await outside.locator(".message").textContent(),
      "Hoạt động diễn ra từ 2020-09-20 đến 2020-10-07, ngoài Tuần lễ (2020-10-01 – 2020-10-07); nếu là hoạt động cả năm học, đánh dấu «yearRound».",
    );
    assert.equal(await outside.locator(".severity").textContent(), "Lỗi");
    assert.equal(await page.locator("#download").isDisabled(), true);
  });

  it("shows the same issue in English after switching the language", async () => {
    await page.locator("#lang").selectOption("en");
    const outside = issue(page, "plan.activity-outside-week");
    await page.locator("#issues li .severity", { hasText: "Error" }).waitFor();
    assert.equal(
      await outside.locator(".message").textContent(),
      "The activity runs from 2020-09-20 to 2020-10-07, outside the Week (2020-10-01 – 2020-10-07); if it runs all school year, mark it «yearRound».",
    );
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
    assert.equal(await page.locator("#validate").textContent(), "Validate");
    assert.equal(await page.locator("#status").textContent(), "The plan has 1 error: fix it and validate again.");
    assert.equal(await page.locator("#download").isDisabled(), true);
  });

  it("downloads a Decree 30 .docx of the corrected plan that lints clean", async () => {
    await page.locator('[name="activities.0.start"]').fill("2020-10-01");
    await page.locator("#validate").click();
    await page.locator("#status[data-kind=ok]").waitFor();
    assert.equal(await page.locator("#issues li").count(), 0);
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#download").click()]);
    assert.equal(download.suggestedFilename(), "12-KH-SGDDT-2020.docx");
    const bytes = new Uint8Array(await readFile(await download.path()));
    assert.deepEqual([...bytes.subarray(0, 2)], [0x50, 0x4b], "a .docx is a zip");

    const lint = lintDocx(bytes, { lang: "en" });
    const errors = lint.issues.filter((found) => found.severity === "error");
    assert.deepEqual(
      errors.map((found) => `${found.code}: ${found.message}`),
      [],
    );
    assert.equal(lint.ok, true);

    const paragraphs = readDocxText(bytes);
    assert.ok(paragraphs.includes("KẾ HOẠCH"), "it is a kế hoạch");
    assert.ok(paragraphs.includes(newSubject), "with the subject typed in the form");
    assert.ok(paragraphs.includes("Số: 12/KH-SGDĐT"));
    assert.equal(await page.locator("#status").textContent(), "Made 12-KH-SGDDT-2020.docx.");
  });

  it("raised no error and made no request beyond its own server", () => {
    assert.deepEqual(pageErrors, []);
  });
});
