// Checks the digest test vectors of the conformance corpus with an independent RFC 8785 implementation
// (canonicalize) and Node's SHA-256. Usage: node digests.mjs <schemas/v1/conformance folder>
// Prints one JSON object: for every vector of digests/manifest.json, whether canonicalize writes its canonical
// file byte for byte, and whether the SHA-256 of that form is its digest.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import canonicalize from "canonicalize";

const folder = process.argv[2];
const manifest = JSON.parse(readFileSync(join(folder, "digests", "manifest.json"), "utf8"));
const results = manifest.vectors.map(({ document, canonical, digest }) => {
  const text = canonicalize(JSON.parse(readFileSync(join(folder, document), "utf8").replace(/^\uFEFF/, "")));
  const bytes = Buffer.from(text, "utf8");
  return {
    document,
    canonical: bytes.equals(readFileSync(join(folder, canonical))),
    digest: `sha256:${createHash("sha256").update(bytes).digest("hex")}` === digest,
  };
});

process.stdout.write(JSON.stringify({ results }));
