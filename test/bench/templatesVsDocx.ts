// Generating documents with @xhht/templates, measured in one run against:
// - the same content built directly with `docx` (the paragraphs and tables our output holds, with their alignment,
//   bold and italics, A4, margins, the page-number header) and packed with Packer.toBuffer: what a team would write
//   by hand, without validation, layout rules or deterministic bytes. Target: our time at most 1.5 times that one;
// - zipping our own XML parts with fflate alone (the floor: no document model at all);
// - a batch of 3,321 commune-level reports (one per commune, from sampleReport2020 with varied figures), on one
//   thread and on a pool of os.availableParallelism() worker threads running the TypeScript source through tsx.
// Each contender's time is the median over rounds in which they take turns; the ratio is the median of the rounds'.
// Run with `pnpm bench`. Exits 1 when an overhead is above 1.5 times.
import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { isMainThread, parentPort, Worker } from "node:worker_threads";
import {
  directive2020,
  type ProvincialPlan,
  type ProvincialReport,
  samplePlan2020,
  sampleReport2020,
} from "@xhht/domain";
import { renderOfficialLetter, renderPlan, renderReport } from "@xhht/templates";
import {
  AlignmentType,
  Document,
  type FileChild,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { strFromU8, unzipSync, type Zippable, zipSync } from "fflate";
import { childrenOf, parseXml, type XmlElement } from "../../packages/templates/src/lint/parseXml.ts";
import { loadAverage, race } from "./race.ts";

// XHHT_BENCH_COMMUNES runs a smaller batch while working on the bench.
const COMMUNES = Number(process.env.XHHT_BENCH_COMMUNES ?? 3321);

/** The commune-level report number `index`: the sample report with its own issuer, number and figures. */
const communeReport = (index: number): ProvincialReport => ({
  ...sampleReport2020,
  parentBody: "UBND HUYỆN MẪU",
  issuer: `UBND XÃ MẪU ${index + 1}`,
  number: (index % 999) + 1,
  symbol: "BC-UBND",
  signature: {
    authority: [
      { kind: "TM", body: "ỦY BAN NHÂN DÂN" },
      { kind: "KT", title: "CHỦ TỊCH" },
    ],
    title: "PHÓ CHỦ TỊCH",
    name: "Nguyễn Văn A",
  },
  examples: index % 40,
  commendations: { collectives: index % 7, individuals: (index * 3) % 25 },
  budgetSpent: 2_000_000 + ((index * 7919) % 50) * 500_000,
  activities: sampleReport2020.activities.map((activity, position) => ({
    ...activity,
    measures: Object.fromEntries(
      Object.keys(activity.measures).map((key, k) => [key, 10 + ((index * 31 + position * 17 + k * 7) % 900)]),
    ),
  })),
});

const renderCommunes = async (from: number, to: number): Promise<number> => {
  let bytes = 0;
  for (let index = from; index < to; index += 1) {
    bytes += (await renderReport(communeReport(index), { directive: directive2020 })).byteLength;
  }
  return bytes;
};

/** A plan three pages long as LibreOffice prints it: the sample's five activities, then a second round of them. */
function threePagePlan(): ProvincialPlan {
  const more = samplePlan2020.activities.map((activity) => ({
    ...activity,
    places: activity.places.map((place) => `${place} (đợt 2)`),
  }));
  return { ...samplePlan2020, activities: [...samplePlan2020.activities, ...more] };
}

/** One block of a document's body as plain content: a paragraph's text and look, or a table's cell texts. */
type Block =
  | { readonly kind: "p"; readonly text: string; readonly bold: boolean; readonly italic: boolean; readonly jc: string }
  | { readonly kind: "table"; readonly rows: readonly (readonly Block[][])[] };

const elements = (element: XmlElement): XmlElement[] =>
  element.children.filter((child): child is XmlElement => typeof child !== "string");

const find = (element: XmlElement, name: string): XmlElement | undefined => {
  for (const child of elements(element)) {
    if (child.name === name) return child;
    const deeper = find(child, name);
    if (deeper !== undefined) return deeper;
  }
  return undefined;
};

const paragraphText = (element: XmlElement): string =>
  elements(element)
    .map((child) =>
      child.name === "w:t"
        ? child.children.filter((c) => typeof c === "string").join("")
        : child.name === "w:tab"
          ? "\t"
          : paragraphText(child),
    )
    .join("");

const blocksOf = (element: XmlElement): Block[] =>
  elements(element).flatMap((child): Block[] => {
    if (child.name === "w:p") {
      return [
        {
          kind: "p",
          text: paragraphText(child),
          bold: find(child, "w:b") !== undefined,
          italic: find(child, "w:i") !== undefined,
          jc: find(child, "w:jc")?.attrs["w:val"] ?? "left",
        },
      ];
    }
    if (child.name === "w:tbl") {
      return [{ kind: "table", rows: childrenOf(child, "w:tr").map((row) => childrenOf(row, "w:tc").map(blocksOf)) }];
    }
    return [];
  });

/** The body of a .docx we made, as plain blocks: the content the hand-written `docx` version is given. */
const contentOf = (docx: Uint8Array): Block[] => {
  const parsed = parseXml(strFromU8(unzipSync(docx)["word/document.xml"] ?? new Uint8Array()));
  if (!parsed.ok) throw new Error("word/document.xml does not parse");
  const body = childOf(parsed.root, "w:body");
  return body === undefined ? [] : blocksOf(body);
};

function childOf(element: XmlElement, name: string): XmlElement | undefined {
  return elements(element).find((child) => child.name === name);
}

const alignments: Record<string, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  center: AlignmentType.CENTER,
  both: AlignmentType.JUSTIFIED,
  right: AlignmentType.RIGHT,
  left: AlignmentType.LEFT,
};

const paragraph = (block: Block & { kind: "p" }): Paragraph =>
  new Paragraph({
    alignment: alignments[block.jc] ?? AlignmentType.LEFT,
    spacing: { before: 120 },
    children: [new TextRun({ text: block.text, bold: block.bold, italics: block.italic })],
  });

const toDocx = (block: Block): FileChild =>
  block.kind === "p"
    ? paragraph(block)
    : new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: block.rows.map(
          (cells) =>
            new TableRow({
              children: cells.map(
                (cell) =>
                  new TableCell({
                    children: cell.map((inner) => (inner.kind === "p" ? paragraph(inner) : new Paragraph(""))),
                  }),
              ),
            }),
        ),
      });

/** The same content built directly with `docx`: A4, the decree's margins, Times New Roman 14, page numbers. */
const handWritten = (blocks: readonly Block[]): Promise<Buffer> =>
  Packer.toBuffer(
    new Document({
      styles: { default: { document: { run: { font: "Times New Roman", size: 28 } } } },
      sections: [
        {
          properties: {
            titlePage: true,
            page: {
              size: { width: 11906, height: 16838 },
              margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 },
            },
          },
          headers: {
            default: new Header({
              children: [
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  children: [new TextRun({ children: [PageNumber.CURRENT] })],
                }),
              ],
            }),
            first: new Header({ children: [new Paragraph("")] }),
          },
          children: blocks.map(toDocx),
        },
      ],
    }),
  );

/** Our own parts zipped again with fflate, as our packer does: the floor of any .docx writer. */
const zipOnly = (parts: Record<string, Uint8Array>): Uint8Array => {
  const mtime = new Date(2020, 8, 15, 12, 0, 0);
  const entries: Zippable = {};
  for (const [name, data] of Object.entries(parts)) entries[name] = [data, { mtime, level: 6 }];
  return zipSync(entries);
};

/**
 * A worker's first script: registers tsx in the worker (`--import tsx` in a worker's execArgv is not applied on
 * Node 20), then imports this very file from its TypeScript source, whose worker branch answers the pool.
 */
const workerBoot = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`;

async function pool(workers: number, chunk: number): Promise<{ ms: number; startup: number; bytes: number }> {
  const started = performance.now();
  const threads = Array.from(
    { length: workers },
    () => new Worker(workerBoot, { eval: true, execArgv: ["--conditions=@xhht/source"] }),
  );
  await Promise.all(threads.map((thread) => new Promise((resolve) => thread.once("message", resolve))));
  // Warm each worker up as the main thread was: 20 documents, not counted.
  await Promise.all(
    threads.map((thread) => {
      thread.postMessage({ from: 0, to: 20 });
      return new Promise((resolve) => thread.once("message", resolve));
    }),
  );
  const ready = performance.now();
  let next = 0;
  let bytes = 0;
  await Promise.all(
    threads.map(async (thread) => {
      while (next < COMMUNES) {
        const from = next;
        next = Math.min(COMMUNES, next + chunk);
        thread.postMessage({ from, to: next });
        const produced = await new Promise<number>((resolve) => thread.once("message", resolve));
        bytes += produced;
      }
      thread.postMessage(null);
    }),
  );
  const done = performance.now();
  await Promise.all(threads.map((thread) => thread.terminate()));
  return { ms: done - ready, startup: ready - started, bytes };
}

async function main(): Promise<void> {
  // The load when the run starts: on a shared machine, other work slows the contenders and the worker threads.
  console.log(`Node ${process.version}, ${availableParallelism()} CPU(s) available, load average ${loadAverage()}\n`);
  const cases = [
    {
      title: "the 2020 letter (Công văn 3589, 3 pages)",
      ours: () => renderOfficialLetter(directive2020.letter, { generatedAt: "2020-09-15" }),
    },
    { title: "a 3-page plan (kế hoạch)", ours: () => renderPlan(threePagePlan(), { directive: directive2020 }) },
  ];
  let failed = false;
  for (const { title, ours } of cases) {
    const sample = await ours();
    const blocks = contentOf(sample);
    const parts = unzipSync(sample);
    const {
      times: [tOurs = Number.NaN, tDocx = Number.NaN, tZip = Number.NaN],
      ratios: [, ratio = Number.NaN],
    } = await race([ours, () => handWritten(blocks), () => zipOnly(parts)], 30);
    failed ||= ratio > 1.5;
    console.log(title);
    console.log(`  @xhht/templates (validate, lay out, pack, deterministic)  ${tOurs.toFixed(2).padStart(7)} ms`);
    console.log(`  same content with docx (Packer.toBuffer)                  ${tDocx.toFixed(2).padStart(7)} ms`);
    console.log(`  our XML parts zipped with fflate alone (the floor)        ${tZip.toFixed(2).padStart(7)} ms`);
    console.log(
      `  ours / docx: ${ratio.toFixed(2)}× (target ≤ 1.5×)${ratio > 1.5 ? "  ✖" : "  ✔"}   ` +
        `ours / floor: ${(tOurs / tZip).toFixed(1)}×   docx / floor: ${(tDocx / tZip).toFixed(1)}×\n`,
    );
  }

  console.log(`${COMMUNES.toLocaleString("en-US")} commune-level reports (renderReport)`);
  await renderCommunes(0, 20);
  const start = performance.now();
  const oneBytes = await renderCommunes(0, COMMUNES);
  const one = performance.now() - start;
  console.log(
    `  one thread                   ${(one / 1000).toFixed(1).padStart(6)} s   ${(one / COMMUNES).toFixed(2)} ms a document`,
  );
  const workers = availableParallelism();
  const parallel = await pool(workers, 25);
  if (parallel.bytes !== oneBytes) {
    throw new Error(`the workers produced ${parallel.bytes} bytes, the main thread ${oneBytes}`);
  }
  const withStartup = parallel.ms + parallel.startup;
  console.log(
    `  ${String(workers).padStart(2)} worker threads (tsx)     ${(parallel.ms / 1000).toFixed(1).padStart(6)} s   ` +
      `${(parallel.ms / COMMUNES).toFixed(2)} ms a document; +${(parallel.startup / 1000).toFixed(1)} s to start and warm the workers`,
  );
  console.log(
    `  speed-up: ${(one / parallel.ms).toFixed(2)}× (${(one / withStartup).toFixed(2)}× counting the workers' start-up), ` +
      `${(oneBytes / COMMUNES / 1024).toFixed(1)} KB a document; load average now ${loadAverage()}`,
  );
  if (failed) {
    console.error("\n✖ an overhead against docx is above 1.5×");
    process.exit(1);
  }
}

if (!isMainThread) {
  // A worker: render the ranges it is given, answer with the bytes produced.
  parentPort?.on("message", async (range: { from: number; to: number } | null) => {
    if (range === null) {
      parentPort?.close();
      return;
    }
    parentPort?.postMessage(await renderCommunes(range.from, range.to));
  });
  parentPort?.postMessage("ready");
} else {
  await main();
}
