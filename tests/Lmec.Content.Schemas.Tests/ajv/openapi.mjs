// Validates documents against the schemas of an OpenAPI 3.1 document with Ajv (JSON Schema 2020-12, strict mode,
// ajv-formats), as a client generated from the OpenAPI document would, independently of the .NET validators.
// Usage: node openapi.mjs <openapi.json> <pointer> <document>...
// <pointer> is the JSON Pointer of a schema in the OpenAPI document, such as
// /paths/~1articles/post/requestBody/content/application~1json/schema or /components/schemas/Lmec.ContentProblem.
// Prints one JSON object: for each document, whether that schema accepts it, with Ajv's errors.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [openApiFile, pointer, ...documents] = process.argv.slice(2);
const openApi = JSON.parse(readFileSync(openApiFile, "utf8"));

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
// The paths and components stand where the OpenAPI document has them, so that the pointer and the document's
// "#/components/schemas/..." references resolve as they are written; they are no JSON Schema keywords, so Ajv is told of them.
ajv.addKeyword({ keyword: "paths" });
ajv.addKeyword({ keyword: "components" });
const validate = ajv.compile({
  $id: "urn:lmec:openapi",
  $ref: `#${pointer}`,
  paths: openApi.paths,
  components: { schemas: openApi.components.schemas },
});

const results = documents.map((file) => {
  let document;
  try {
    document = JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    return { file, valid: false, errors: [{ keyword: "syntax", instancePath: "", message: String(error.message) }] };
  }

  const valid = validate(document);
  return { file, valid, errors: (validate.errors ?? []).map(({ keyword, instancePath, message }) => ({ keyword, instancePath, message })) };
});

process.stdout.write(JSON.stringify({ results }));
