#!/usr/bin/env python3
"""What XML forbids (U+FFFE, U+FFFF, C0 but TAB, LF and CR), and CR, DEL, C1
and the bidi controls, in every text of a model (tests/hostile/forbidden.yaml)
through every writer of XML, HTML and iCalendar: none of them reaches the
output raw (util/escape.h shows each as U+FFFD; the workbook's cells keep
what XML can carry).  Every part of the XLSX
workbook and the SVG parse as XML; the HTML pages, the embedded JSON and
the calendar hold none of them; the DOT is read back by Graphviz.
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

dutygraph, top = os.path.abspath(sys.argv[1]), sys.argv[2]
MODEL = os.path.join(top, "tests/hostile/forbidden.yaml")
env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="en")
# Raw in an output: XML's forbidden characters, CR (but in CRLF line ends,
# checked apart), DEL, C1, bidi controls.
RAW = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff"
                 "\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# The workbook keeps what XML can carry (DEL, C1, bidi controls): its cells
# are data to edit and to import again; only what XML forbids is replaced.
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
failures = []


def run(*args):
    r = subprocess.run([dutygraph, *args], capture_output=True, env=env, timeout=120)
    if r.returncode not in (0, 1):
        failures.append(f"{' '.join(args[:3])}: exit {r.returncode}: {r.stderr.decode(errors='replace')}")
        return None
    return r.stdout


def no_raw(label, text, crlf=False):
    if crlf:
        text = text.replace("\r\n", "\n")
    text = text.replace("\r", "\x01") if not crlf else text
    found = sorted({f"U+{ord(c):04X}" for c in RAW.findall(text)} | ({"U+000D"} if "\r" in text else set()))
    if found:
        failures.append(f"{label}: raw {', '.join(found)}")


with tempfile.TemporaryDirectory() as tmp:
    outputs = {
        "report": ["report", MODEL],
        "matrix html": ["matrix", "--format", "html", MODEL],
        "matrix --summary html": ["matrix", "--summary", "--format", "html", MODEL],
        "render svg": ["render", "--format", "svg", MODEL],
        "render --diff svg": ["render", "--diff", "--format", "svg", MODEL, MODEL],
    }
    for label, args in outputs.items():
        data = run(*args)
        if data is None:
            continue
        text = data.decode("utf-8")
        no_raw(label, text)
        if "svg" in label:
            try:
                ET.fromstring(data)
            except ET.ParseError as e:
                failures.append(f"{label}: not XML: {e}")
    ics = os.path.join(tmp, "c.ics")
    if run("calendar", MODEL, "-o", ics) is not None:
        no_raw("calendar", open(ics, encoding="utf-8", newline="").read(), crlf=True)
    xlsx = os.path.join(tmp, "m.xlsx")
    if run("matrix", "--format", "xlsx", MODEL, "-o", xlsx) is not None:
        with zipfile.ZipFile(xlsx) as z:
            for entry in z.namelist():
                if entry.endswith(".xml") or entry.endswith(".rels"):
                    raw = z.read(entry)
                    try:
                        ET.fromstring(raw)
                    except ET.ParseError as e:
                        failures.append(f"matrix xlsx {entry}: not XML: {e}")
                    found = sorted({f"U+{ord(c):04X}" for c in FORBIDDEN.findall(raw.decode("utf-8"))})
                    if found:
                        failures.append(f"matrix xlsx {entry}: raw {', '.join(found)}")
    dot = run("render", "--format", "dot", MODEL)
    if dot is not None:
        r = subprocess.run(["dot", "-Tcanon"], input=dot, capture_output=True, timeout=120)
        if r.returncode != 0 or r.stderr:
            failures.append(f"render dot: Graphviz does not read it back: {r.stderr.decode(errors='replace')[:200]}")

for f in failures:
    print("FAIL:", f)
print(f"{len(failures)} failures")
sys.exit(1 if failures else 0)
