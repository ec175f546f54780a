#!/usr/bin/env python3
"""Every item of the source document is in the bundled model.

Counts the numbered items of model/sources/zhangshanzi-2020.txt and the
distinct clauses of the model's principles and duties, and fails when they
differ: each numbered item must be cited by at least one duty (or, for the
five principles, by a principle); every other clause of the model must be an
item the source leaves unnumbered, marked so in the duty's note; a body whose
duties carry no number is cited whole or item by item.  Every duty's text
must stand in the source verbatim (white space aside).
"""
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(__file__))
from source_items import normalise_clause, numbered_items  # noqa: E402

top = sys.argv[1]
model = yaml.safe_load(open(os.path.join(top, "model/zhangshanzi-2020.yaml"), encoding="utf-8"))
source = open(os.path.join(top, "model", model["document"]["source"]), encoding="utf-8").read()

items, unnumbered_bodies = numbered_items(source)
principles = {normalise_clause(p["clause"]) for p in model["principles"]}
duties = model["duties"]
clauses = {}
for d in duties:
    clauses.setdefault(normalise_clause(d["clause"]), []).append(d)

failures = []
for item in items:
    if item.startswith("一("):
        if item not in principles:
            failures.append(f"principle {item} is not in the model")
    elif item not in clauses:
        failures.append(f"item {item} is not in the model")

numbered = set(items)
implied = set()
for clause, ds in clauses.items():
    if clause in numbered:
        continue
    if any(clause == b or clause.startswith(b + "(") for b in unnumbered_bodies):
        implied.add(clause)
        continue
    if clause.startswith("一") and "段" in clause:
        continue  # the unnumbered paragraphs of 一 (the party's and the government's duties)
    if any("未编号" in (d.get("note") or "") for d in ds):
        implied.add(clause)
        continue
    failures.append(f"clause {clause} is neither a numbered item of the source nor marked 未编号")
for body in unnumbered_bodies:
    if body not in clauses and not any(c.startswith(body + "(") for c in clauses):
        failures.append(f"{body} (duties without numbers) is not in the model")

squash = re.compile(r"\s+")
flat_source = squash.sub("", source)
for d in duties:
    if squash.sub("", d["text"]) not in flat_source:
        failures.append(f"text of {d['clause']} is not verbatim in the source: {d['text']}")

numbered_duty_items = [i for i in items if not i.startswith("一(")]
print(f"source: {len(numbered_duty_items)} numbered items (+5 principles), "
      f"{len(unnumbered_bodies)} bodies without numbers; model: {len(clauses)} distinct duty clauses, "
      f"{len(implied)} of them items the source leaves unnumbered")
covered = len([i for i in numbered_duty_items if i in clauses])
if covered != len(numbered_duty_items):
    failures.append(f"{covered} of {len(numbered_duty_items)} numbered items in the model")
if failures:
    print("\n".join(failures))
    sys.exit(1)
