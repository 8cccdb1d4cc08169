// Generates a converter with quicktype for each root document schema, as an integrator on a JavaScript stack would,
// and round-trips documents through it. Usage: node quicktype-roundtrip.mjs <schemas/v1 folder> <work folder> <document>...
// Prints one JSON object: for each document, whether the converter of its kind read it (no exception) and wrote it
// back equal (the same RFC 8785 form), with the error when it did not.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import canonicalize from "canonicalize";
import { InputData, JSONSchemaInput, JSONSchemaStore, quicktype } from "quicktype-core";

/** Serves the published schemas from the folder, by the file name their $id ends in: nothing is fetched. */
class FolderStore extends JSONSchemaStore {
  constructor(folder) {
    super();
    this.folder = folder;
  }

  async fetch(address) {
    return JSON.parse(readFileSync(join(this.folder, new URL(address).pathname.split("/").pop()), "utf8"));
  }
}

const [schemaFolder, workFolder, ...documents] = process.argv.slice(2);
mkdirSync(workFolder, { recursive: true });
const require = createRequire(join(workFolder, "converters.cjs"));
const converters = {};
for (const file of readdirSync(schemaFolder).filter((name) => name.endsWith(".schema.json")).sort()) {
  const schema = JSON.parse(readFileSync(join(schemaFolder, file), "utf8"));
  const kind = schema.properties?.kind?.enum?.[0];
  if (kind === undefined) {
    continue;
  }

  const input = new JSONSchemaInput(new FolderStore(schemaFolder));
  await input.addSource({ name: schema.title, schema: JSON.stringify(schema), uris: [schema.$id] });
  const inputData = new InputData();
  inputData.addInput(input);
  const { lines } = await quicktype({ inputData, lang: "javascript", rendererOptions: { "runtime-typecheck": "true" } });
  const path = join(workFolder, `${file.replace(".schema.json", "")}.cjs`);
  writeFileSync(path, lines.join("\n"));
  const module = require(path);
  converters[kind] = { read: module[`to${schema.title}`], write: module[`${schema.title[0].toLowerCase()}${schema.title.slice(1)}ToJson`] };
}

const results = documents.map((file) => {
  const text = readFileSync(file, "utf8");
  const expected = JSON.parse(text);
  try {
    const { read, write } = converters[expected.kind];
    const written = write(read(text));
    return { file, roundTrips: canonicalize(JSON.parse(written)) === canonicalize(expected), error: null };
  } catch (error) {
    return { file, roundTrips: false, error: String(error.message ?? error) };
  }
});

process.stdout.write(JSON.stringify({ kinds: Object.keys(converters).sort(), results }));
