// A CSV of commune reports in, one Decree 30 .docx per commune and the national summary out:
//   tsx src/csvToDocuments.ts data/communes.csv -o out --lang en
import { main } from "./main.ts";

process.exitCode = await main(process.argv.slice(2));
