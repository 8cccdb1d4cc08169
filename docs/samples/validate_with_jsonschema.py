"""Validates LMEC content documents with Python's jsonschema against the published schemas, offline.

Usage: python3 -m pip install jsonschema   (or: apt-get install python3-jsonschema)
       python3 validate_with_jsonschema.py <schemas/v1 folder> <document.json>...
The folder may also be schemas/v1/bundled, whose files need no other.
"""
import json
import pathlib
import sys

import jsonschema

folder, *documents = sys.argv[1:]
store = {}
schema_of_kind = {}   # a root document's schema names its one kind in properties.kind.enum
for path in sorted(pathlib.Path(folder).glob("*.schema.json")):
    schema = json.loads(path.read_text(encoding="utf-8"))
    store[schema["$id"]] = schema
    kinds = schema.get("properties", {}).get("kind", {}).get("enum", [])
    if len(kinds) == 1:
        schema_of_kind[kinds[0]] = schema

# jsonschema 4.18 and later resolve $ref through a registry (its RefResolver no longer follows a $ref
# inside a schema reached by another); older versions, such as Debian's, only have the RefResolver.
try:
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT7

    registry = Registry().with_resources((uri, Resource(contents=schema, specification=DRAFT7)) for uri, schema in store.items())
    def references(schema):
        return {"registry": registry}
except ImportError:
    def references(schema):
        return {"resolver": jsonschema.RefResolver(base_uri=schema["$id"], referrer=schema, store=store)}

failed = False
for file in documents:
    document = json.loads(pathlib.Path(file).read_text(encoding="utf-8"))
    kind = document.get("kind") if isinstance(document, dict) else None   # a root that is no object fails any schema
    schema = schema_of_kind.get(kind, schema_of_kind["newsletterIssue"])
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker(), **references(schema))
    errors = sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path))
    for error in errors:
        pointer = "".join(f"/{part}" for part in error.absolute_path) or "/"
        print(f"{file}: {pointer}: {error.message}")
    if not errors:
        print(f"{file}: valid")
    failed = failed or bool(errors)

sys.exit(1 if failed else 0)
