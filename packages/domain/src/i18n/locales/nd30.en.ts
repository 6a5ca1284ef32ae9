/** English messages of the Decree 30 text rules. */
export const nd30En = {
  "nd30.number.format": "The number line must read «Số: 05/BNV-VP» (a typed document: «Số: 15/QĐ-BNV»).",
  "nd30.number.colon": "«Số» must be followed by a colon: «{{expected}}».",
  "nd30.number.leading-zero": "Write «{{expected}}», not «{{found}}»: only numbers below 10 take a leading 0.",
  "nd30.number.spacing":
    "The number and symbol are joined by «/» and the symbol's groups by «-», without spaces: «{{expected}}».",
  "nd30.number.symbol-parts":
    "The symbol «{{symbol}}» lacks a group: a typed document writes «type-body» («QĐ-BNV»), a công văn «body-drafting unit» («BNV-VP»).",
  "nd30.number.unknown-type": "«{{found}}» is not a document type abbreviation of Decree 30/2020/NĐ-CP, Phụ lục III.",
  "nd30.number.type-mismatch":
    "The symbol begins with «{{found}}» but this type of document is abbreviated «{{expected}}».",
  "nd30.date-line.format": "The place and date must read «Hà Nội, ngày 05 tháng 01 năm 2020».",
  "nd30.date-line.comma": "The place must be followed by a comma: «{{expected}}».",
  "nd30.date-line.place-case": "The place name is capitalised: «{{expected}}», not «{{found}}».",
  "nd30.date-line.impossible": "Day {{day}} of month {{month}} of {{year}} does not exist on the calendar.",
  "nd30.date-line.leading-zero":
    "Write «{{expected}}», not «{{found}}»: only days below 10 and months 1 and 2 take a leading 0.",
  "nd30.recipients.empty": "The recipient list names no recipient.",
  "nd30.recipients.dash": "Line {{line}}: each recipient goes on its own line, starting with a dash «- ».",
  "nd30.recipients.punctuation":
    "Line {{line}}: the line must end with «{{expected}}» (each line ends with «;», the last one with «.»).",
  "nd30.noi-nhan.nhu-tren": "A document with «Kính gửi» starts its «Nơi nhận» list with «- Như trên;».",
  "nd30.noi-nhan.luu-last": "The last line of «Nơi nhận» must be «- Lưu: VT, …» (the drafting unit's abbreviation).",
  "nd30.noi-nhan.luu-format":
    "The filing line must read «- Lưu: VT, drafting unit.», e.g. «- Lưu: VT, GDTX.»; it reads «{{found}}».",
} as const;
