#!/usr/bin/env python3
"""Nothing dropped: for every document scored by test-import.py, the text of
each duty of its hand-made model (the document's duty-bearing text, as read
by hand) occurs in the import's duty texts joined in document order.  The
texts are compared without punctuation and white space and after width
folding, so that a duty split in two by the importer (one per role) still
covers the gold duty it came from."""
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

import yaml

exe, root = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(here, "test-import.py"), encoding="utf-8").read()
start = src.index("CASES = [")
cases = [(doc, gold) for doc, gold, _ in
         eval(src[start + len("CASES = "): src.index("\n]\n", start) + 2])]


def key(s):
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", s or ""))


failures = []
with tempfile.TemporaryDirectory() as tmp:
    for doc, gold in cases:
        out = os.path.join(tmp, os.path.basename(doc) + ".yaml")
        r = subprocess.run([exe, "import", os.path.join(root, doc), "-o", out],
                           capture_output=True, text=True, env=dict(os.environ, LANGUAGE="en"))
        if r.returncode != 0:
            failures.append(f"{doc}: import exit {r.returncode}: {r.stderr.strip()}")
            continue
        pred = yaml.safe_load(open(out, encoding="utf-8"))
        want = yaml.safe_load(open(os.path.join(root, gold), encoding="utf-8"))
        joined = "".join(key(d.get("text")) for d in pred.get("duties", []))
        missing = [d["text"] for d in want["duties"] if key(d["text"]) not in joined]
        print(f"# {doc}: {len(want['duties']) - len(missing)} of {len(want['duties'])} duty texts covered")
        failures.extend(f"{doc}: not imported: {m}" for m in missing)

for f in failures:
    print("not ok -", f)
print("1..1")
print("ok 1 - duty-bearing text covered" if not failures else "not ok 1 - duty-bearing text covered")
sys.exit(1 if failures else 0)
