// Loads the published LMEC content schemas into Ajv (strict mode, ajv-formats), as a partner on a
// JavaScript stack would, and gives one verdict per document. Shared by validate.mjs (files named on the
// command line) and serve.mjs (a long-running process for the differential test), so both judge alike.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";

/**
 * Compiles every *.schema.json of a folder.
 * @param {string} schemaFolder The folder of the schemas.
 * @returns {{ compiled: string[], check: (document: unknown) => { valid: boolean, errors: object[] } }}
 *   The $id of every schema compiled, and the check: whether any root document schema accepts a document,
 *   with Ajv's errors against the schema its "kind" names.
 */
export function loadContentSchemas(schemaFolder) {
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

  const check = (document) => {
    const verdicts = roots.map((root) => {
      const validate = ajv.getSchema(root.$id);
      const valid = validate(document);
      return { kind: root.properties.kind.enum[0], valid, errors: validate.errors ?? [] };
    });
    const named = verdicts.find((verdict) => verdict.kind === document?.kind);
    return {
      valid: verdicts.some((verdict) => verdict.valid),
      errors: (named ?? verdicts[0]).errors.map(({ keyword, instancePath, message }) => ({ keyword, instancePath, message })),
    };
  };

  return { compiled, check };
}

/**
 * Parses a document's text and checks it; text that is not JSON gets the keyword "syntax".
 * @param {(document: unknown) => { valid: boolean, errors: object[] }} check The check.
 * @param {string} text The document's text, a leading byte order mark skipped.
 * @returns {{ valid: boolean, errors: object[] }} The verdict.
 */
export function checkText(check, text) {
  let document;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { valid: false, errors: [{ keyword: "syntax", instancePath: "", message: String(error.message) }] };
  }

  return check(document);
}
