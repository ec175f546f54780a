#!/usr/bin/env python3
"""Baselines: the CLI cases' baselines validate against
docs/baseline.schema.json; a baseline written by `check --write-baseline`
from the bundled model, once every reason and reviewer is filled in,
validates too and accepts every finding (exit 0, nothing stale); with one
entry removed, exactly that finding is reported again."""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

import jsonschema
import yaml

dutygraph, top = sys.argv[1], sys.argv[2]
schema = json.load(open(os.path.join(top, "docs/baseline.schema.json"), encoding="utf-8"))
failures = []
paths = sorted(glob.glob(os.path.join(top, "tests/cli/033[01]-*/**/*.yaml"), recursive=True))
paths = [p for p in paths if "baseline" in os.path.basename(p) or os.path.basename(p) == "base.yaml"]
for path in paths:
    try:
        jsonschema.validate(yaml.safe_load(open(path, encoding="utf-8")), schema)
    except jsonschema.ValidationError as e:
        failures.append(f"{path}: {e.message}")
if len(paths) < 3:
    failures.append(f"expected the baselines of the CLI cases, found {paths}")

env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="en")
model = os.path.join(top, "model", "zhangshanzi-2020.yaml")
with tempfile.TemporaryDirectory() as tmp:
    base = os.path.join(tmp, "base.yaml")
    subprocess.run([dutygraph, "check", "--fail-on", "none", "--write-baseline", base, model],
                   env=env, stdout=subprocess.DEVNULL, check=True)
    data = yaml.safe_load(open(base, encoding="utf-8"))
    entries = data["accepted"]
    for e in entries:
        e["reason"] = "reviewed"
        e["reviewer"] = "安委办"
    jsonschema.validate(data, schema)
    with open(base, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, allow_unicode=True)
    run = subprocess.run([dutygraph, "check", "--baseline", base, model], env=env,
                         capture_output=True, text=True)
    want = f"baseline {base}: {len(entries)} findings accepted (not listed above), 0 stale entries"
    if run.returncode != 0 or want not in run.stdout:
        failures.append(f"all accepted: exit {run.returncode}, want '{want}' in:\n{run.stdout[-400:]}")
    if not re.search(r"^0 errors, 0 warnings, 0 info$", run.stdout, re.M):
        failures.append("all accepted: findings still listed")
    first = entries.pop(0)
    with open(base, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, allow_unicode=True)
    run = subprocess.run([dutygraph, "check", "--fail-on", "none", "--format", "json",
                          "--baseline", base, model], env=env, capture_output=True, text=True)
    report = json.loads(run.stdout)
    kinds = [(f["kind"], (f.get("area") or {}).get("id")) for f in report["findings"]]
    if report["baseline"]["accepted"] != len(entries) or kinds != [(first["kind"], first.get("area"))]:
        failures.append(f"one entry removed: accepted {report['baseline']['accepted']}, listed {kinds}")
if failures:
    print("\n".join(failures))
    sys.exit(1)
