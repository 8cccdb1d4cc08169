// Validates LMEC content documents with Ajv against the published schemas, offline.
// Usage: npm install ajv@8 ajv-formats@3 && node validate-with-ajv.mjs <schemas/v1 folder> <document.json>...
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const [schemaFolder, ...documents] = process.argv.slice(2);
const ajv = new Ajv({ strict: true, allErrors: true });
addFormats(ajv);
for (const name of readdirSync(schemaFolder).filter((name) => name.endsWith(".schema.json"))) {
  ajv.addSchema(JSON.parse(readFileSync(join(schemaFolder, name), "utf8")));
}

const schemaOfKind = {
  newsletterIssue: "newsletter-issue",
  article: "article-document",
  organisationDirectory: "organisation-directory",
};
let failed = false;
for (const file of documents) {
  const document = JSON.parse(readFileSync(file, "utf8"));
  const validate = ajv.getSchema(`https://lmec.org.cn/schemas/content/v1/${schemaOfKind[document.kind] ?? "newsletter-issue"}.schema.json`);
  if (validate(document)) {
    console.log(`${file}: valid`);
  } else {
    failed = true;
    for (const error of validate.errors) {
      console.log(`${file}: ${error.instancePath || "/"}: ${error.message}`);
    }
  }
}
process.exitCode = failed ? 1 : 0;
