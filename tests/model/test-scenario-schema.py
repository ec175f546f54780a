#!/usr/bin/env python3
"""The bundled scenarios and the scenarios of the CLI cases that load
validate against docs/scenario.schema.json, and the schema rejects an
unknown operation."""
import glob
import json
import os
import sys

import jsonschema
import yaml

top = sys.argv[1]
schema = json.load(open(os.path.join(top, "docs/scenario.schema.json")))
failures = []
paths = sorted(glob.glob(os.path.join(top, "model/scenarios/*.yaml")) +
               glob.glob(os.path.join(top, "tests/cli/03*-restructure-*/scenario.yaml")))
for path in paths:
    try:
        jsonschema.validate(yaml.safe_load(open(path, encoding="utf-8")), schema)
    except jsonschema.ValidationError as e:
        failures.append(f"{path}: {e.message}")
bad = {"dutygraph-scenario": 1, "title": "x", "operations": [{"op": "absorb", "body": "a"}]}
try:
    jsonschema.validate(bad, schema)
    failures.append("schema accepts an unknown operation")
except jsonschema.ValidationError:
    pass
if not paths:
    failures.append("no scenarios found")
if failures:
    print("\n".join(failures))
    sys.exit(1)
