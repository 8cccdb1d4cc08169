// Validates documents against the published LMEC content schemas with Ajv (strict mode, ajv-formats),
// as a partner on a JavaScript stack would. Usage: node validate.mjs <schemas folder> <document>...
// Prints one JSON object: the $id of every schema compiled, and for each document whether any root
// document schema accepts it, with Ajv's errors against the schema its "kind" names.
import { readFileSync } from "node:fs";
import { checkText, loadContentSchemas } from "./content-schemas.mjs";

const [schemaFolder, ...documents] = process.argv.slice(2);
const { compiled, check } = loadContentSchemas(schemaFolder);

const results = documents.map((file) => ({ file, ...checkText(check, readFileSync(file, "utf8")) }));

process.stdout.write(JSON.stringify({ compiled, results }));
