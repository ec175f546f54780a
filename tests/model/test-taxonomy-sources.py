#!/usr/bin/env python3
"""Every expected area of the bundled taxonomy quotes the law that gives the
town or its departments the duty (`source-text: LAW 第N条：words`), and the
quoted words occur in that article of the reference text; so must the
words of a `holder-text` (the article naming the department the law gives
the area to, where source-text does not).  Fragments of a
quote are separated by "…"; each must occur in the article, in order.  The
reference texts are looked up at ../shared/reference beside the source tree;
without them the test is skipped (exit 77) and says so."""
import os
import re
import sys

import yaml

top = sys.argv[1]
reference = os.path.normpath(os.path.join(top, "..", "shared", "reference"))
LAWS = {
    "安全生产法": "national_work_safety_law_2021.txt",
    "山东省安全生产条例": "shandong_work_safety_regulation_2021.txt",
    "消防法": "national_fire_protection_law_2021.txt",
    "危险化学品安全管理条例": "national_hazardous_chemicals_regulation_2013.txt",
    "烟花爆竹安全管理条例": "national_fireworks_regulation_2016.txt",
    "道路交通安全法": "national_road_traffic_safety_law_2021.txt",
    "校车安全管理条例": "national_school_bus_safety_regulation_2012.txt",
    "特种设备安全法": "national_special_equipment_law_2013.txt",
    "建设工程安全生产管理条例": "national_construction_safety_regulation_2003.txt",
    "城镇燃气管理条例": "national_urban_gas_regulation_2016.txt",
    "农业机械安全监督管理条例": "national_farm_machinery_safety_regulation_2019.txt",
}
ARTICLE = re.compile(r"^(第[一二三四五六七八九十百零]+条)[\s\u3000]")
HEADING = re.compile(r"^(#|第[一二三四五六七八九十百零]+[章节])")
QUOTE = re.compile(r"^(\S+) (第[一二三四五六七八九十百零]+条)：(.+)$")

if not os.path.isdir(reference):
    print(f"skipped: the reference laws are not at {reference}")
    sys.exit(77)


def articles(law):
    """Article number -> its text, lines joined without spaces."""
    out, current = {}, None
    with open(os.path.join(reference, LAWS[law]), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            m = ARTICLE.match(line)
            if m:
                current = m.group(1)
                out[current] = line[len(current):]
            elif HEADING.match(line):
                current = None
            elif current and line:
                out[current] += line
    return {k: re.sub(r"\s+", "", v) for k, v in out.items()}


cache, failures, checked = {}, [], 0
with open(os.path.join(top, "model", "taxonomy", "safety-areas.yaml"), encoding="utf-8") as f:
    taxonomy = yaml.safe_load(f)
quotes, by_id = [], {a["id"]: a for a in taxonomy["areas"]}
for area in taxonomy["areas"]:
    if not area.get("expected"):
        continue
    text = area.get("source-text")
    if not text:
        failures.append(f"{area['id']}: expected, but no source-text")
        continue
    if area.get("holder-text"):
        quotes.append((area["id"], area["holder-text"], False))
    quotes.append((area["id"], text, True))

for area_id, text, cited in quotes:
    area = by_id[area_id]
    m = QUOTE.match(text)
    if not m or m.group(1) not in LAWS:
        failures.append(f"{area['id']}: source-text is not 'LAW 第N条：words' of a reference law: {text}")
        continue
    law, number, words = m.groups()
    if law not in cache:
        cache[law] = articles(law)
    article = cache[law].get(number)
    if article is None:
        failures.append(f"{area['id']}: {law} has no {number}")
        continue
    if cited and law not in area.get("source", ""):
        failures.append(f"{area['id']}: source-text quotes {law}, which its source does not cite")
    at = 0
    for fragment in (re.sub(r"\s+", "", p) for p in words.split("…")):
        found = article.find(fragment, at) if fragment else at
        if found < 0:
            failures.append(f"{area['id']}: {law} {number} does not say “{fragment}”")
            break
        at = found + len(fragment)
    checked += 1

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"{checked} quotations found in the reference laws")
