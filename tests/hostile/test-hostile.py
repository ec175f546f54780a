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
  periodic duty's text intact, CRLF line ends and no line over 75 octets.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import icalendar
import yaml

dutygraph, top = os.path.abspath(sys.argv[1]), sys.argv[2]
MODELS = [os.path.join(top, "tests/cli/data/hostile/model.yaml"),
          os.path.join(top, "tests/hostile/model.yaml")]
CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")
failures = []


def run(*args, ok=(0, 1)):
    r = subprocess.run([dutygraph, *args], capture_output=True, timeout=120,
                       env=dict(os.environ, LC_ALL="C.UTF-8"))
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
                    if flat(s) not in shown:
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
                    if flat(s) not in flat(tips):
                        failures.append(f"{label}: {s!r} not literal in any tooltip")
            for fmt, magic in (("png", b"\x89PNG\r\n\x1a\n"), ("pdf", b"%PDF-")):
                if run("render", path, "--view", view, "-o", f"{base}.{fmt}", ok=(0,)) is None:
                    continue
                if not open(f"{base}.{fmt}", "rb").read().startswith(magic):
                    failures.append(f"{label}: {fmt} output is not a {fmt}")


for m in MODELS:
    check_model(m)
if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"ok: {len(MODELS)} hostile models, every command and format")
