#!/usr/bin/env python3
"""The bundled model, its taxonomy and the test models validate against the
JSON Schemas in docs/ (what editors use), and the schemas reject what the
loader rejects for type reasons."""
import glob
import json
import os
import sys

import jsonschema
import yaml

top = sys.argv[1]
model_schema = json.load(open(os.path.join(top, "docs/model.schema.json")))
taxonomy_schema = json.load(open(os.path.join(top, "docs/taxonomy.schema.json")))
failures = []
for path in sorted(glob.glob(os.path.join(top, "model/*.yaml")) +
                   glob.glob(os.path.join(top, "tests/cli/data/*/model.yaml")) +
                   glob.glob(os.path.join(top, "tests/cli/data/county-*/county.yaml")) +
                   glob.glob(os.path.join(top, "tests/cli/data/county-*/towns/*.yaml"))):
    try:
        jsonschema.validate(yaml.safe_load(open(path, encoding="utf-8")), model_schema)
    except jsonschema.ValidationError as e:
        failures.append(f"{path}: {e.message}")
for path in sorted(glob.glob(os.path.join(top, "model/taxonomy/*.yaml")) +
                   glob.glob(os.path.join(top, "tests/cli/data/*/taxonomy.yaml"))):  # county-* too
    try:
        jsonschema.validate(yaml.safe_load(open(path, encoding="utf-8")), taxonomy_schema)
    except jsonschema.ValidationError as e:
        failures.append(f"{path}: {e.message}")
bad = {"dutygraph": 1, "document": {"id": "t", "title": "x"}, "bodies": [],
       "duties": [{"body": "a", "role": "leed", "clause": "1", "text": "x"}]}
try:
    jsonschema.validate(bad, model_schema)
    failures.append("schema accepts an unknown role")
except jsonschema.ValidationError:
    pass
if failures:
    print("\n".join(failures))
    sys.exit(1)
