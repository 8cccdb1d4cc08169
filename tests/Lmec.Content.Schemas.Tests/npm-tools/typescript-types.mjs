// Generates TypeScript types with json-schema-to-typescript for each root document schema, as an integrator on a
// TypeScript stack would, and type-checks documents against them with tsc --strict.
// Usage: node typescript-types.mjs <schemas/v1 folder> <work folder> <document>...
// Prints one JSON object: the names of the types generated for each root schema, and every diagnostic tsc gives
// on the generated types and on one module per document that declares it as a constant of its kind's type.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { compileFromFile } from "json-schema-to-typescript";
import ts from "typescript";

const [schemaFolder, workFolder, ...documents] = process.argv.slice(2);
mkdirSync(workFolder, { recursive: true });
const types = {};
const typeOfKind = {};
for (const file of readdirSync(schemaFolder).filter((name) => name.endsWith(".schema.json")).sort()) {
  const schema = JSON.parse(readFileSync(join(schemaFolder, file), "utf8"));
  const kind = schema.properties?.kind?.enum?.[0];
  if (kind === undefined) {
    continue;
  }

  // The relative $refs resolve to the files beside the schema; nothing is fetched.
  const source = await compileFromFile(join(schemaFolder, file), {
    bannerComment: "",
    cwd: resolve(schemaFolder),
    $refOptions: { resolve: { http: false } },
  });
  const module = file.replace(".schema.json", "");
  writeFileSync(join(workFolder, `${module}.ts`), source);
  types[file] = [...source.matchAll(/^export (?:interface|type) ([A-Za-z0-9_]+)/gm)].map((match) => match[1]);
  typeOfKind[kind] = { module, type: schema.title };
}

const files = Object.values(typeOfKind).map(({ module }) => join(workFolder, `${module}.ts`));
documents.forEach((document, index) => {
  const json = readFileSync(document, "utf8");
  const { module, type } = typeOfKind[JSON.parse(json).kind];
  const file = join(workFolder, `document-${index}.ts`);
  writeFileSync(file, `// ${document}\nimport type { ${type} } from "./${module}";\n\nexport const document: ${type} = ${json};\n`);
  files.push(file);
});

const program = ts.createProgram(files, { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true });
const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => ({
  file: diagnostic.file ? readFileSync(diagnostic.file.fileName, "utf8").split("\n")[0] : "",
  message: ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"),
}));

process.stdout.write(JSON.stringify({ types, diagnostics, checked: files.length }));
