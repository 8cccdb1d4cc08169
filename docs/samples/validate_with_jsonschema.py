"""Validates LMEC content documents with Python's jsonschema against the published schemas, offline.

Usage: python3 -m pip install jsonschema   (or: apt-get install python3-jsonschema)
       python3 validate_with_jsonschema.py <schemas/v1 folder> <document.json>...
"""
import json
import pathlib
import sys

import jsonschema

SCHEMA_OF_KIND = {
    "newsletterIssue": "newsletter-issue",
    "article": "article-document",
    "organisationDirectory": "organisation-directory",
}
BASE = "https://lmec.org.cn/schemas/content/v1/"

folder, *documents = sys.argv[1:]
store = {}
for path in pathlib.Path(folder).glob("*.schema.json"):
    schema = json.loads(path.read_text(encoding="utf-8"))
    store[schema["$id"]] = schema

failed = False
for file in documents:
    document = json.loads(pathlib.Path(file).read_text(encoding="utf-8"))
    schema = store[BASE + SCHEMA_OF_KIND.get(document.get("kind"), "newsletter-issue") + ".schema.json"]
    resolver = jsonschema.RefResolver(base_uri=schema["$id"], referrer=schema, store=store)
    validator = jsonschema.Draft7Validator(schema, resolver=resolver, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path))
    for error in errors:
        pointer = "".join(f"/{part}" for part in error.absolute_path) or "/"
        print(f"{file}: {pointer}: {error.message}")
    if not errors:
        print(f"{file}: valid")
    failed = failed or bool(errors)

sys.exit(1 if failed else 0)
