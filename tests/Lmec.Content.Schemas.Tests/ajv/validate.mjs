// Validates documents against the published LMEC content schemas with Ajv (strict mode, ajv-formats),
// as a partner on a JavaScript stack would. Usage: node validate.mjs <schemas folder> <document>...
// Prints one JSON object: the $id of every schema compiled, and for each document whether any root
// document schema accepts it, with Ajv's errors against the schema its "kind" names.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const [schemaFolder, ...documents] = process.argv.slice(2);
const ajv = new Ajv({ strict: true, allErrors: true });
addFormats(ajv);

const schemas = readdirSync(schemaFolder)
  .filter((name) => name.endsWith(".schema.json"))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(schemaFolder, name), "utf8")));
for (const schema of schemas) {
  ajv.addSchema(schema);
}

const compiled = schemas.map((schema) => {
  ajv.getSchema(schema.$id);
  return schema.$id;
});
const roots = schemas.filter((schema) => schema.properties?.kind?.enum?.length === 1);

const results = documents.map((file) => {
  let document;
  try {
    document = JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    return { file, valid: false, errors: [{ keyword: "syntax", instancePath: "", message: String(error.message) }] };
  }

  const verdicts = roots.map((root) => {
    const validate = ajv.getSchema(root.$id);
    const valid = validate(document);
    return { kind: root.properties.kind.enum[0], valid, errors: validate.errors ?? [] };
  });
  const named = verdicts.find((verdict) => verdict.kind === document?.kind);
  return {
    file,
    valid: verdicts.some((verdict) => verdict.valid),
    errors: (named ?? verdicts[0]).errors.map(({ keyword, instancePath, message }) => ({ keyword, instancePath, message })),
  };
});

process.stdout.write(JSON.stringify({ compiled, results }));
