/** English messages of the rules a .docx file is checked against. */
export const docxEn = {
  "docx.unreadable": "The file cannot be read: it is not a valid .docx ({{reason}}).",
  "docx.too-large":
    "{{part}} is too large to check: the linter reads at most {{limit}} unzipped and {{elements}} XML elements per file.",
  "docx.corrupt-part":
    "{{part}} is damaged (its size or checksum is not what the zip declares, or it is cut short): the checks that need it were not run.",
  "nd30.page.size": "Section {{section}}: the paper must be A4 (210 × 297 mm); it is {{width}} × {{height}} mm.",
  "nd30.page.orientation":
    "Section {{section}}: pages are portrait; only a table or chart not split into an appendix may be landscape.",
  "nd30.page.landscape-table":
    "Section {{section}} is a separate appendix on landscape pages; landscape is allowed only for tables or charts not made into an appendix.",
  "nd30.page.margin-top": "Section {{section}}: the top margin must be {{min}}-{{max}} mm; it is {{found}} mm.",
  "nd30.page.margin-bottom": "Section {{section}}: the bottom margin must be {{min}}-{{max}} mm; it is {{found}} mm.",
  "nd30.page.margin-left": "Section {{section}}: the left margin must be {{min}}-{{max}} mm; it is {{found}} mm.",
  "nd30.page.margin-right": "Section {{section}}: the right margin must be {{min}}-{{max}} mm; it is {{found}} mm.",
  "nd30.font.family":
    "The font must be Times New Roman; {{count}} runs of text use «{{font}}» (the first: «{{excerpt}}»).",
  "nd30.page-number.first-page": "No page number is shown on page 1; pages are numbered from page 2.",
  "nd30.body.size": "The body text is 13 to 14 pt; {{count}} paragraphs are {{size}} pt (the first: «{{excerpt}}»).",
  "nd30.national-title.missing": "The Quốc hiệu «CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM» is missing.",
  "nd30.national-title.text": "The Quốc hiệu is upper case and reads «{{expected}}»; it reads «{{found}}».",
  "nd30.national-title.legacy-spelling":
    "The Quốc hiệu is spelt «{{found}}»; Decree 30/2020/NĐ-CP spells it «{{expected}}» (the accent on the «O»).",
  "nd30.motto.missing": "The Tiêu ngữ «Độc lập - Tự do - Hạnh phúc» is missing.",
  "nd30.motto.text":
    "The Tiêu ngữ reads «{{expected}}»: each phrase capitalised, hyphens (-) with a space on either side; it reads «{{found}}».",
  "nd30.number.missing": "The number and symbol line («Số: …») is missing.",
  "nd30.date-line.missing": "The place and date line («Hà Nội, ngày … tháng … năm …») is missing.",
  "nd30.copies.missing": "The «Nơi nhận» (copies to) block is missing.",
  "nd30.copies.heading-style": "The word «Nơi nhận» is bold italic.",
  "nd30.copies.heading-size": "The word «Nơi nhận» is 12 pt; it is {{size}} pt.",
  "nd30.copies.size":
    "The names of the recipients of copies are 11 pt; {{count}} lines are {{size}} pt (the first: «{{excerpt}}»).",
  "nd30.page-number.missing":
    "The document runs to {{pages}} pages and shows no page number; pages are numbered from page 2, centred in the top margin.",
  "nd30.page-number.position":
    "The page number is centred in the top margin (the header); in «{{part}}» it is not (aligned {{alignment}}).",
  "nd30.font.color": "Text is black; {{count}} runs of text use the colour #{{color}} (the first: «{{excerpt}}»).",
  "nd30.number.normative-format":
    "A normative document's number reads «Số: 15/2010/QĐ-UBND» (number, year of issue, symbol); it reads «{{found}}».",
  "nd30.contact.first-page":
    "The address, e-mail, phone and fax line goes at the bottom of the first page only; the footer holding it shows on later pages too («{{excerpt}}»).",
  "nd30.contact.size":
    "The address, e-mail, phone and fax line is 11 to 12 pt; here it is {{size}} pt («{{excerpt}}»).",
  "nd30.contact.style": "The address, e-mail, phone and fax line is upright, not italic («{{excerpt}}»).",
  "nd30.digital-signature.info-position":
    "The organisation's digital signature information on an attachment goes at the top right of its first page; here it is aligned {{alignment}} («{{excerpt}}»).",
  "nd30.digital-signature.info-size":
    "The organisation's digital signature information on an attachment is 10 pt; here it is {{size}} pt («{{excerpt}}»).",
  "nd30.digital-signature.info-time-zone":
    "The signing time is written in ISO 8601 in Vietnam's time zone (+07:00); here the zone is «{{zone}}» («{{excerpt}}»).",
  "nd30.signature.authority-chain":
    "The signing authority reads «{{found}}»: not a chain the decree allows, in its order (TM.; TM. then KT. or Q.; Q.; KT.; TL.; TL. then KT.; TUQ.) («{{excerpt}}»).",
  "nd30.signature.authority-style":
    "The signer's authority and title are upper case, upright and bold; the line «{{line}}» is not.",
  "nd30.signature.authority-size":
    "The signer's authority and title are 13 to 14 pt; here they are {{size}} pt («{{excerpt}}»).",
} as const;
