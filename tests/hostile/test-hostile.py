#!/usr/bin/env python3
"""Hostile names and texts through every command and format, each output
checked with a real parser.

For the hostile models (tests/cli/data/hostile/model.yaml and
tests/hostile/model.yaml):
- check/who/what --format json parse, and every name, text and clause of
  the model comes back exactly (the loader trims surrounding whitespace);
- check/who/what text holds no raw control character (C0, DEL, C1): ESC and
  friends must not reach a terminal;
- render svg parses as XML with no script element, no on* attribute and no
  link or external reference a model could have planted;
- render dot is read back by Graphviz (dot -Tcanon without a complaint), and
  Graphviz's own SVG of it shows the same texts and tooltips as ours;
- render png and pdf have their magic numbers;
- stats text holds no raw control character and stats JSON parses;
- calendar writes an iCalendar file that a real parser reads back with every
  periodic duty's text intact, CRLF line ends and no line over 75 octets;
- report (HTML) parses with no script element but its own two, no on*
  attribute and nothing loaded from elsewhere; every name shows as text,
  the embedded JSON parses with every name as the page shows it (controls,
  bidi controls and what XML forbids as U+FFFD), the script holds none;
- matrix html likewise (and no script at all); matrix md has no raw tag
  and no extra cell; matrix csv parses, every name comes back and no cell
  starts with = + - @ TAB or CR; matrix xlsx has no formula cell, every
  name is a literal string, and a fixed creation time.
"""
import html.parser
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

import icalendar
import yaml

dutygraph, top = os.path.abspath(sys.argv[1]), sys.argv[2]
MODELS = [os.path.join(top, "tests/cli/data/hostile/model.yaml"),
          os.path.join(top, "tests/hostile/model.yaml")]
CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")
failures = []


def run(*args, ok=(0, 1)):
    r = subprocess.run([dutygraph, *args], capture_output=True, timeout=120,
                       env=dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="en"))
    if r.returncode not in ok:
        failures.append(f"{' '.join(args)}: exit {r.returncode}: {r.stderr.decode(errors='replace')}")
        return None
    return r.stdout


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def check_json(label, data, wanted):
    try:
        got = set(strings(json.loads(data)))
    except ValueError as e:
        failures.append(f"{label}: JSON does not parse: {e}")
        return
    for s in wanted:
        if s not in got:
            failures.append(f"{label}: {s!r} does not come back exactly")


def check_text(label, data):
    text = data.decode("utf-8")  # must be UTF-8 too
    m = CONTROL.search(text)
    if m:
        failures.append(f"{label}: raw control character U+{ord(m.group()):04X} in text output")


def svg_view(label, data):
    """Texts and tooltips of an SVG, after checking it is harmless."""
    root = ET.fromstring(data)
    texts, titles = [], []
    for el in root.iter():
        tag = el.tag.split("}")[-1]
        if tag in ("script", "foreignObject", "iframe", "object", "embed", "image", "use"):
            failures.append(f"{label}: SVG holds a <{tag}> element")
        for name, value in el.attrib.items():
            local = name.split("}")[-1].lower()
            if local.startswith("on"):
                failures.append(f"{label}: SVG has an event attribute {name}")
            if local in ("href", "src") and not value.startswith("#"):
                failures.append(f"{label}: SVG links to {value!r}")
            if local == "style" and "url(" in value:
                failures.append(f"{label}: SVG style refers to {value!r}")
            if local == "title":
                titles.append(value)
        if tag == "text" and el.text:
            texts.append(el.text)
    return texts, titles


def diagram_text(s):
    """What a diagram shows of S: bidi controls as U+FFFD (docs/report.md)."""
    return "".join("\ufffd" if ord(c) in (0x200e, 0x200f) or 0x202a <= ord(c) <= 0x202e
                   or 0x2066 <= ord(c) <= 0x2069 else c for c in s)


def flat(s):
    # Graphviz turns control characters into spaces and wraps lines; compare without them.
    return re.sub(r"[\s\x00-\x1f\x7f-\x9f]+", "", s)


def check_model(path):
    model = yaml.safe_load(open(path, encoding="utf-8"))
    name = os.path.relpath(path, top)
    bodies = {b["id"]: b for b in model["bodies"]}
    areas = {a["id"]: a for a in model.get("areas", [])}
    doc = model["document"]

    # What the ownership view draws: every body holding an area, every area named by a duty.
    named = {a for d in model["duties"] for a in d.get("areas", [])}
    drawn = {bodies[d["body"]]["name"].strip() for d in model["duties"] if d.get("areas")}
    drawn |= {areas[a]["name"].strip() for a in named}
    wanted = drawn | {doc["title"].strip()}
    data = run("check", "--format", "json", path)
    if data is not None:
        check_json(f"{name} check json", data, {doc["title"].strip()})
    data = run("check", path)
    if data is not None:
        check_text(f"{name} check text", data)

    for area_id, area in areas.items():
        holders = [d for d in model["duties"] if area_id in d.get("areas", [])]
        want = {area["name"].strip()}
        for d in holders:
            want |= {d["text"].strip(), d["clause"].strip(), bodies[d["body"]]["name"].strip()}
        data = run("who", "--format", "json", path, area_id, ok=(0,))
        if data is not None:
            check_json(f"{name} who json {area_id}", data, want)
        data = run("who", path, area_id, ok=(0,))
        if data is not None:
            check_text(f"{name} who text {area_id}", data)
    for body_id, body in bodies.items():
        want = {body["name"].strip()} | {a.strip() for a in body.get("aliases", [])}
        for d in model["duties"]:
            if d.get("body") == body_id:
                want |= {d["text"].strip(), d["clause"].strip()}
        data = run("what", "--format", "json", path, body_id, ok=(0,))
        if data is not None:
            check_json(f"{name} what json {body_id}", data, want)
        data = run("what", path, body_id, ok=(0,))
        if data is not None:
            check_text(f"{name} what text {body_id}", data)

    data = run("stats", "--format", "json", path, ok=(0,))
    if data is not None:
        check_json(f"{name} stats json", data, set())
    data = run("stats", path, ok=(0,))
    if data is not None:
        check_text(f"{name} stats text", data)
    periodic = [d for d in model["duties"] if d.get("every")]
    with tempfile.TemporaryDirectory() as tmp:
        ics = os.path.join(tmp, "duties.ics")
        if periodic and run("calendar", path, "-o", ics, ok=(0,)) is not None:
            raw = open(ics, "rb").read()
            lines = raw.split(b"\r\n")
            if any(b"\n" in line or len(line) > 75 for line in lines):
                failures.append(f"{name} calendar: a line is not CRLF-terminated or is over 75 octets")
            try:
                cal = icalendar.Calendar.from_ical(raw)
                descriptions = " ".join(str(e.get("DESCRIPTION", "")) for e in cal.walk("VEVENT"))
                for d in periodic:
                    if d["text"].strip() not in descriptions:
                        failures.append(f"{name} calendar: {d['text']!r} not read back intact")
                if len(cal.walk("VCALENDAR")) != 1:
                    failures.append(f"{name} calendar: model text opened or closed a VCALENDAR")
            except ValueError as e:
                failures.append(f"{name} calendar: does not parse: {e}")

    views = ["ownership"] + [f"area:{a}" for a in areas] + [f"body:{b}" for b in bodies]
    with tempfile.TemporaryDirectory() as tmp:
        for view in views:
            label = f"{name} {view}"
            base = os.path.join(tmp, view.replace(":", "-"))
            if run("render", path, "--view", view, "-o", base + ".svg", ok=(0,)) is None:
                continue
            ours = svg_view(label + " svg", open(base + ".svg", "rb").read())
            if view == "ownership":
                shown = flat(" ".join(ours[0]))
                for s in wanted:
                    if flat(diagram_text(s)) not in shown:
                        failures.append(f"{label}: {s!r} not shown literally in the SVG")
            if run("render", path, "--view", view, "-o", base + ".dot", ok=(0,)) is None:
                continue
            r = subprocess.run(["dot", "-Tcanon", base + ".dot"], capture_output=True, timeout=120)
            if r.returncode != 0 or r.stderr:
                failures.append(f"{label}: Graphviz cannot read the DOT back: {r.stderr.decode()}")
            r = subprocess.run(["dot", "-Tsvg", base + ".dot"], capture_output=True, timeout=120)
            if r.returncode != 0:
                failures.append(f"{label}: Graphviz cannot render the DOT: {r.stderr.decode()}")
            else:
                theirs = svg_view(label + " dot->svg", r.stdout)
                if sorted(theirs[0]) != sorted(ours[0]):
                    failures.append(f"{label}: the DOT read back shows other texts than our SVG")
                if sorted(theirs[1]) != sorted(ours[1]):
                    failures.append(f"{label}: the DOT read back has other tooltips than our SVG")
            if view == "ownership":
                # A tooltip shows model text literally: no Graphviz escape (\N, \G, ...) expanded.
                tips = " ".join(ours[1])
                for s in drawn:
                    if flat(diagram_text(s)) not in flat(tips):
                        failures.append(f"{label}: {s!r} not literal in any tooltip")
            for fmt, magic in (("png", b"\x89PNG\r\n\x1a\n"), ("pdf", b"%PDF-")):
                if run("render", path, "--view", view, "-o", f"{base}.{fmt}", ok=(0,)) is None:
                    continue
                if not open(f"{base}.{fmt}", "rb").read().startswith(magic):
                    failures.append(f"{label}: {fmt} output is not a {fmt}")


class Page(html.parser.HTMLParser):
    """Elements, attributes and text of an HTML page, as a browser parses it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.scripts, self.events, self.links, self.text = [], [], [], []
        self.in_script = None

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.lower().startswith("on"):
                self.events.append(f"<{tag} {name}>")
            if name.lower() in ("src", "href", "xlink:href", "action", "formaction") and value \
                    and not value.startswith("#"):
                self.links.append(f"<{tag} {name}={value!r}>")
        if tag in ("iframe", "object", "embed", "img", "link", "base", "form"):
            self.links.append(f"<{tag}>")
        if tag == "script":
            self.in_script = [dict(attrs).get("type"), ""]
            self.scripts.append(self.in_script)

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = None

    def handle_data(self, data):
        if self.in_script is not None:
            self.in_script[1] += data
        else:
            self.text.append(data)


def shown(s):
    """What a page shows of S: control characters and bidirectional
    overrides are dropped for U+FFFD."""
    return "".join("\ufffd" if (ord(c) < 32 and c not in "\t\n") or 0x7f <= ord(c) < 0xa0
                   or 0x202a <= ord(c) <= 0x202e or 0x2066 <= ord(c) <= 0x2069
                   or ord(c) in (0x200e, 0x200f, 0xfffe, 0xffff) else c for c in s)


def model_names(path):
    model = yaml.safe_load(open(path, encoding="utf-8"))
    names = [b["name"].strip() for b in model["bodies"]]
    names += [a["name"].strip() for a in model.get("areas", [])]
    texts = [d["text"].strip() for d in model["duties"]] + [d["clause"].strip() for d in model["duties"]]
    return names, texts


def check_page(label, data, names, texts, scripts):
    page = Page()
    page.feed(data.decode("utf-8"))
    page.close()
    if page.events:
        failures.append(f"{label}: event attributes {page.events}")
    if page.links:
        failures.append(f"{label}: loads or links {page.links}")
    if [t for t, _ in page.scripts] != scripts:
        failures.append(f"{label}: script elements {[t for t, _ in page.scripts]}, expected {scripts}")
    text = flat("".join(page.text))
    for s in names + texts:
        if flat(shown(s)) not in text:
            failures.append(f"{label}: {s!r} not shown as text")
    return page


def check_matrix_and_report(path):
    name = os.path.relpath(path, top)
    names, texts = model_names(path)
    data = run("report", path, ok=(0,))
    if data is not None:
        page = check_page(f"{name} report", data, names, [], ["application/json", None])
        if len(page.scripts) == 2:
            try:
                got = set(strings(json.loads(page.scripts[0][1])))
                for s in names:
                    if shown(s) not in got:
                        failures.append(f"{name} report: {s!r} not shown as on the page in the embedded JSON")
            except ValueError as e:
                failures.append(f"{name} report: embedded JSON does not parse: {e}")
            for s in names:
                if len(s) > 3 and s in page.scripts[1][1]:
                    failures.append(f"{name} report: model text {s!r} inside the script")
    data = run("matrix", "--format", "html", path, ok=(0,))
    if data is not None:
        check_page(f"{name} matrix html", data, names, texts, [])

    data = run("matrix", "--format", "md", path, ok=(0,))
    if data is not None:
        md = data.decode("utf-8")
        if re.search(r"<(?!br>)", md):
            failures.append(f"{name} matrix md: a raw '<' other than <br>")
        widths = {len(re.split(r"(?<!\\)\|", line)) for line in md.splitlines()
                  if line.startswith("| area id")}
        rows = [line for line in md.splitlines() if line.startswith("|")]
        header_cells = len(re.split(r"(?<!\\)\|", rows[0])) if rows else 0
        matrix_rows = rows[:2 + len(yaml.safe_load(open(path, encoding="utf-8")).get("areas", [])) + 1]
        for line in matrix_rows:
            if len(re.split(r"(?<!\\)\|", line)) != header_cells:
                failures.append(f"{name} matrix md: a row with another number of cells: {line[:80]!r}")
        if not widths:
            failures.append(f"{name} matrix md: no matrix heading row")

    # The matrix of many models carries document ids and area names.
    data = run("matrix", "--summary", "--format", "html", path, path, ok=(0,))
    if data is not None:
        check_page(f"{name} matrix --summary html", data, [], [], [])
    data = run("matrix", "--summary", "--format", "csv", path, ok=(0,))
    if data is not None:
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        for c in (c for row in rows for c in row):
            if c[:1] in ("=", "+", "-", "@", "\t", "\r"):
                failures.append(f"{name} matrix --summary csv: cell {c[:40]!r} would be a formula")
    data = run("matrix", path, ok=(0,))
    if data is not None:
        if not data.startswith(b"\xef\xbb\xbf"):
            failures.append(f"{name} matrix csv: no byte-order mark")
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        cells = [c for row in rows for c in row]
        for c in cells:
            if c[:1] in ("=", "+", "-", "@", "\t", "\r"):
                failures.append(f"{name} matrix csv: cell {c[:40]!r} would be a formula")
        back = {c[1:] if c.startswith("'") else c for c in cells}
        for s in names + texts:
            if s not in back and not any(s in c for c in back):
                failures.append(f"{name} matrix csv: {s!r} does not come back")

    with tempfile.TemporaryDirectory() as tmp:
        xlsx = os.path.join(tmp, "m.xlsx")
        if run("matrix", path, "-o", xlsx, ok=(0,)) is not None:
            with zipfile.ZipFile(xlsx) as z:
                core = z.read("docProps/core.xml").decode()
                if "2000-01-01T00:00:00Z" not in core:
                    failures.append(f"{name} matrix xlsx: creation time not fixed")
                strings_xml = ET.fromstring(z.read("xl/sharedStrings.xml"))
                ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
                shared = ["".join(t.text or "" for t in si.iter(ns + "t")) for si in strings_xml]
                # OOXML writes characters XML cannot hold as _xHHHH_.
                shared = [re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), s) for s in shared]
                for entry in z.namelist():
                    if entry.startswith("xl/worksheets/sheet"):
                        sheet = ET.fromstring(z.read(entry))
                        if sheet.find(f".//{ns}f") is not None:
                            failures.append(f"{name} matrix xlsx {entry}: a formula cell")
                        for c in sheet.iter(ns + "c"):
                            if c.get("t") not in ("s", None) or (c.get("t") is None and c.find(ns + "v") is not None):
                                failures.append(f"{name} matrix xlsx {entry}: a cell that is not a string")
                joined = "\n".join(shared)
                for s in names + texts:
                    if s.replace("\r", "") not in joined.replace("\r", ""):
                        failures.append(f"{name} matrix xlsx: {s!r} is not a literal string")


for m in MODELS:
    check_model(m)
    check_matrix_and_report(m)
if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"ok: {len(MODELS)} hostile models, every command and format")
