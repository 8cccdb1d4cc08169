// Validates a stream of documents against the published LMEC content schemas with Ajv, in one process
// for a whole differential run. Usage: node serve.mjs <schemas folder>
// Reads NDJSON on stdin, one document per line, and writes one line per document on stdout, in order:
// {"valid": true|false, "errors": [{"keyword", "instancePath", "message"}]}. Exits at the end of stdin.
import { createInterface } from "node:readline";
import { checkText, loadContentSchemas } from "./content-schemas.mjs";

const { check } = loadContentSchemas(process.argv[2]);

for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  process.stdout.write(JSON.stringify(checkText(check, line)) + "\n");
}
