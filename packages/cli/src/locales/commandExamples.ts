/** The examples under each command's help: command lines, the same in every language (but `example.week`'s file name). */
export const commandExamples = {
  "example.validate":
    "  xhht validate report bao-cao-36.json\n  xhht validate report reports.csv --format json\n  xhht validate plan ke-hoach/ --lang en",
  "example.generate":
    "  xhht generate report bao-cao-36.json -o bao-cao-36.docx\n  xhht generate report --batch reports.csv -o bao-cao\n  xhht generate plan --batch ke-hoach/ --workers 4",
  "example.summarize":
    "  xhht summarize reports.csv --year 2020\n  xhht summarize bao-cao/ --year 2020 -o tong-hop-2020.docx\n  xhht summarize reports.csv --year 2020 -o tong-hop-2020.json\n  xhht summarize bao-cao-xa.csv --year 2025 --level commune --province 01\n  xhht summarize bao-cao-huyen.csv --year 2024 --level district --province 36",
  "example.lint": "  xhht lint cong-van.docx\n  xhht lint out/*.docx --format json",
  "example.holidays": "  xhht holidays 2025\n  xhht holidays 2026 --format json",
  "example.workdays": "  xhht workdays 2020-10-01 2020-10-30",
  "example.schema": "  xhht schema\n  xhht schema provincial-report\n  xhht schema -o schemas/",
  "example.sample":
    "  xhht sample report\n  xhht sample plan --year 2024 -o ke-hoach-2024.yaml\n  xhht sample invitation --format yaml",
  "example.demo": "  xhht demo\n  xhht demo -o /tmp/xhht-demo",
} as const;
