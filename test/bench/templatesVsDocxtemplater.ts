// The 2020 letter (Công văn 3589/BGDĐT-GDTX) rendered by renderOfficialLetter, measured in one run against filling a
// template of the same letter with docxtemplater (+ pizzip), and, for information, with easy-template-x.
// The template is made here from our own output, so both sides produce the same letter: every part of our .docx as
// it is (styles, numbering, settings, theme, headers…), and in word/document.xml each text that comes from the
// letter's data (issuer, number, date line, subject, recipients, each body paragraph, signature, copies) replaced by a
// tag {t0}, {t1}, …; the decree's own words (Quốc hiệu, Tiêu ngữ, «Kính gửi:», «Nơi nhận:») stay as written text.
// The peers are given those texts as their data. Each call of a peer does what its users do per document: load the
// template's bytes, fill it, generate the .docx (DEFLATE).
// Each contender's time is the median over rounds in which they take turns; the ratio is the median of the rounds'.
// Run with `pnpm bench`. Exits 1 when ours takes longer than docxtemplater.
import { availableParallelism } from "node:os";
import { directive2020 } from "@xhht/domain";
import { renderOfficialLetter } from "@xhht/templates";
import Docxtemplater from "docxtemplater";
import { TemplateHandler } from "easy-template-x";
import { strFromU8, strToU8, unzipSync, type Zippable, zipSync } from "fflate";
import PizZip from "pizzip";
import { loadAverage, race } from "./race.ts";

const target = 1;

/** The texts every công văn prints whatever its data (Nghị định 30/2020/NĐ-CP, Phụ lục I): written, not tagged. */
const fixedTexts = new Set([
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  "Kính gửi:",
  "Nơi nhận:",
]);

const unescapeXml = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|apos);/gu, (_, name: string) =>
    name === "amp" ? "&" : name === "lt" ? "<" : name === "gt" ? ">" : name === "quot" ? '"' : "'",
  );

const textRun = /<w:t(?: xml:space="preserve")?>([^<]*)<\/w:t>/gu;

/** The texts of a word/document.xml's runs, in order. */
const runTexts = (xml: string): string[] => [...xml.matchAll(textRun)].map((match) => unescapeXml(match[1] ?? ""));

/** The template made from our .docx, and the data that fills it into the same letter. */
function templateOf(ours: Uint8Array): { template: Uint8Array; data: Record<string, string> } {
  const parts = unzipSync(ours);
  const documentXml = strFromU8(parts["word/document.xml"] ?? new Uint8Array());
  const data: Record<string, string> = {};
  const tagged = documentXml.replace(textRun, (run, escaped: string) => {
    const text = unescapeXml(escaped);
    if (fixedTexts.has(text)) return run;
    if (/[{}]/u.test(text)) throw new Error(`a text holds a delimiter of the peers' tags: ${text}`);
    const tag = `t${Object.keys(data).length}`;
    data[tag] = text;
    return `<w:t xml:space="preserve">{${tag}}</w:t>`;
  });
  const mtime = new Date(2020, 8, 15, 12, 0, 0);
  const entries: Zippable = {};
  for (const [name, bytes] of Object.entries(parts)) {
    entries[name] = [name === "word/document.xml" ? strToU8(tagged) : bytes, { mtime, level: 6 }];
  }
  return { template: zipSync(entries), data };
}

const withDocxtemplater = (template: Uint8Array, data: Record<string, string>): Uint8Array => {
  const document = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
  document.render(data);
  return document.getZip().generate({ type: "uint8array", compression: "DEFLATE" });
};

const withEasyTemplateX = (template: Uint8Array, data: Record<string, string>): Promise<Buffer> =>
  new TemplateHandler().process(Buffer.from(template), data);

/** Throws unless `filled` prints the same texts as `ours`: the peers must make the same letter. */
const expectSameLetter = (peer: string, filled: Uint8Array, ours: Uint8Array): void => {
  const texts = (docx: Uint8Array) => runTexts(strFromU8(unzipSync(docx)["word/document.xml"] ?? new Uint8Array()));
  if (JSON.stringify(texts(filled)) !== JSON.stringify(texts(ours))) {
    throw new Error(`${peer} does not fill the template into the same letter`);
  }
};

console.log(`Node ${process.version}, ${availableParallelism()} CPU(s) available, load average ${loadAverage()}\n`);
const ours = () => renderOfficialLetter(directive2020.letter, { generatedAt: "2020-09-15" });
const sample = await ours();
const { template, data } = templateOf(sample);
expectSameLetter("docxtemplater", withDocxtemplater(template, data), sample);
expectSameLetter("easy-template-x", await withEasyTemplateX(template, data), sample);

const {
  times: [tOurs = Number.NaN, tDocxtemplater = Number.NaN, tEasy = Number.NaN],
  ratios: [, ratio = Number.NaN, easyRatio = Number.NaN],
} = await race(
  [ours, () => withDocxtemplater(template, data), () => withEasyTemplateX(template, data)],
  30,
  Number(process.env.XHHT_BENCH_ROUNDS ?? 11),
);
const missed = ratio > target;
console.log(
  `the 2020 letter (Công văn 3589, 3 pages; ${Object.keys(data).length} tags, template ${template.byteLength} bytes)`,
);
console.log(`  @xhht/templates renderOfficialLetter (validate, lay out, pack)   ${tOurs.toFixed(2).padStart(7)} ms`);
console.log(
  `  docxtemplater 3.71 + pizzip: load the template, fill, generate   ${tDocxtemplater.toFixed(2).padStart(7)} ms`,
);
console.log(`  easy-template-x 7.2: the same (for information)                 ${tEasy.toFixed(2).padStart(7)} ms`);
console.log(
  `  ours / docxtemplater: ${ratio.toFixed(2)}× (target ≤ ${target}×)${missed ? "  ✖" : "  ✔"}   ` +
    `ours / easy-template-x: ${easyRatio.toFixed(2)}×`,
);
console.log(`  load average now ${loadAverage()}`);
if (missed) {
  console.error(`\n✖ renderOfficialLetter takes ${ratio.toFixed(2)}× docxtemplater's time (target ≤ ${target}×)`);
  process.exit(1);
}
