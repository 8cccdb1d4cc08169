// The consumer of the packed npm package @lmec/content-schemas, installed in a project of its own: validates the
// package's example documents with Ajv (strict mode, ajv-formats) against the package's bundles, each alone, and
// against its modular schemas; and type-checks them with tsc --strict against the types the package exports.
// Usage: node npm-consumer.mjs <the consumer project's folder>
// Prints one JSON object: the kinds of the bundles, for every example whether each set of schemas accepts it, and
// every diagnostic of tsc.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import ts from "typescript";

const consumerFolder = process.argv[2];
const packageFolder = join(consumerFolder, "node_modules", "@lmec", "content-schemas");
const read = (...path) => JSON.parse(readFileSync(join(packageFolder, ...path), "utf8"));
const schemaFiles = (folder) => readdirSync(join(packageFolder, folder)).filter((name) => name.endsWith(".schema.json")).sort();

const modular = new Ajv({ strict: true, allErrors: true });
addFormats(modular);
for (const file of schemaFiles("v1")) {
  modular.addSchema(read("v1", file));
}

const bundles = schemaFiles("v1/bundled").map((file) => {
  const ajv = new Ajv({ strict: true, allErrors: true });
  addFormats(ajv);
  const schema = read("v1", "bundled", file);
  return { kind: schema.properties.kind.enum[0], validate: ajv.compile(schema) };
});
const modularRoots = schemaFiles("v1").map((file) => read("v1", file)).filter((schema) => schema.properties?.kind?.enum?.length === 1);

const examples = readdirSync(join(packageFolder, "v1", "examples")).filter((name) => name.endsWith(".json")).sort().map((file) => {
  const document = read("v1", "examples", file);
  const bundle = bundles.find((candidate) => candidate.kind === document.kind);
  const root = modularRoots.find((schema) => schema.properties.kind.enum[0] === document.kind);
  return { file, bundle: bundle?.validate(document) ?? false, modular: root ? modular.getSchema(root.$id)(document) : false };
});

// One module per example, importing its root type from the package as a TypeScript project would.
const files = examples.map(({ file }, index) => {
  const json = readFileSync(join(packageFolder, "v1", "examples", file), "utf8");
  const type = read("v1", "bundled", schemaFiles("v1/bundled").find((bundle) => read("v1", "bundled", bundle).properties.kind.enum[0] === JSON.parse(json).kind)).title;
  const path = join(consumerFolder, `example-${index}.ts`);
  writeFileSync(path, `import type { ${type} } from "@lmec/content-schemas";\n\nexport const document: ${type} = ${json};\n`);
  return path;
});
const program = ts.createProgram(files, { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true, types: [] });
const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));

process.stdout.write(JSON.stringify({ bundles: bundles.map((bundle) => bundle.kind).sort(), examples, typeChecked: files.length, diagnostics }));
