#!/usr/bin/env python3
"""Generate N town models for the many-model benchmark.

    gen-towns.py --towns N --seed S -o DIR [--jobs J]

writes DIR/taxonomy.yaml (the bundled taxonomy), DIR/county.yaml (a county
model whose bureaus the towns report to and assist: the `upper` of every
town) and DIR/towns/NNNNN.yaml, N models each made from the bundled model
(model/zhangshanzi-2020.yaml) by realistic perturbations, drawn per town
from a generator seeded with (S, town number):

- the town's own name in every name and text (张山子 → the town's name);
- renamed bodies: 1-3 offices or departments get another name (镇经委 →
  镇经济发展办), and in one town in ten one of them another id as well;
- merged stations: in a quarter of the towns two stations become one
  (派出所 + 交警中队 → 公安派出所; 水利站 + 农机站; 国土所 + 林果桑蚕站),
  their duties, references and reports-to carried over;
- missing areas: in half the towns 1-4 areas are dropped from the duties
  naming them (a duty left with no area is dropped);
- duplicated areas: in 40 % of the towns 1-2 extra duties give a leaf area
  another lead (多头管理);
- the county above: stations report to the county bureau of their line
  (公安分局, 市场监管局, 自然资源局), and half of the `with: upper` duties
  name the bureau they assist.

The output depends only on N and S (and not on J, the number of processes
writing it).  Written with the standard library and PyYAML (to read the
bundled model once); items are written in flow style, one per line.
"""

import argparse
import json
import multiprocessing
import os
import random
import shutil
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MODEL = os.path.join(ROOT, "model", "zhangshanzi-2020.yaml")
TAXONOMY = os.path.join(ROOT, "model", "taxonomy", "safety-areas.yaml")

FIRST = "东西南北青白红黄金银石柳杨李王马龙凤安和平新兴长高郭林胡朱徐何罗宋郑谢韩唐冯董程曹袁邓许沈彭吕苏蒋蔡丁魏叶余潘杜夏钟田任姜范方姚谭邹熊陆孔崔康毛邱秦江史顾侯邵孟万段雷钱汤尹易常武乔贺赖文"
SECOND = "山庄河桥湖集店营坡岭塘村沟湾屯寨圩铺口坝泉庙楼园"

RENAMES = [("经委", "经济发展办"), ("教委", "教育办"), ("办公室", "办"), ("所", "服务所"),
           ("分局", "服务中心"), ("委", "办")]
MERGES = [("paichusuo", "jiaojing", "gongan", "公安派出所"),
          ("shuilizhan", "nongjizhan", "shuili-nongji", "水利农机站"),
          ("guotusuo", "linguo-sangcan", "guotu-linye", "国土林业所")]

# County bureaus: (id, name, the top-level areas of their line).
COUNTY = [
    ("qu-zhengfu", "区人民政府", []),
    ("qu-yingjiju", "区应急管理局", ["comprehensive", "emergency", "industry", "hazardous-work",
                                 "hazchem", "fireworks", "mining"]),
    ("qu-gongan", "区公安分局", ["fire", "public-security", "explosives", "drowning"]),
    ("qu-jiaotong", "区交通运输局", ["transport"]),
    ("qu-shichang", "区市场监督管理局", ["market", "special-equipment", "food-drug"]),
    ("qu-ziran", "区自然资源局", ["geology", "mining"]),
    ("qu-jiaoyu", "区教育和体育局", ["education"]),
]
STATION_LINE = {"paichusuo": "qu-gongan", "jiaojing": "qu-gongan", "gongan": "qu-gongan",
                "shichang-jianguan": "qu-shichang", "shiyaojian": "qu-shichang",
                "guotusuo": "qu-ziran", "guotu-linye": "qu-ziran"}


def flow(item):
    return json.dumps(item, ensure_ascii=False, separators=(", ", ": "))


def load_base():
    with open(MODEL, encoding="utf-8") as f:
        base = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    with open(TAXONOMY, encoding="utf-8") as f:
        tax = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return base, tax


def town_name(rng):
    return rng.choice(FIRST) + rng.choice(FIRST) + rng.choice(SECOND)


def top_of(parents, area):
    while parents.get(area):
        area = parents[area]
    return area


def perturb(base, parents, leaves, k, seed):
    rng = random.Random(seed * 1000003 + k)
    town = town_name(rng)
    bodies = [dict(b) for b in base["bodies"]]
    duties = [dict(d) for d in base["duties"]]
    ids = {b["id"] for b in bodies}

    def rename_id(old, new):
        for b in bodies:
            if b["id"] == old:
                b["id"] = new
            if b.get("reports-to") == old:
                b["reports-to"] = new
        for d in duties:
            if d.get("body") == old:
                d["body"] = new
            if "bodies" in d:
                d["bodies"] = [new if x == old else x for x in d["bodies"]]
            if d.get("with") == old:
                d["with"] = new

    # renamed bodies
    offices = [b for b in bodies if b["kind"] in ("office", "department")]
    for b in rng.sample(offices, rng.randint(1, 3)):
        for old, new in RENAMES:
            if old in b["name"]:
                b["name"] = b["name"].replace(old, new, 1)
                break
    if rng.random() < 0.1:
        b = rng.choice(offices)
        rename_id(b["id"], b["id"] + "-2")
        ids = {x["id"] for x in bodies}

    # merged stations
    if rng.random() < 0.25:
        a, b, merged, suffix = rng.choice(MERGES)
        if a in ids and b in ids:
            rename_id(a, merged)
            rename_id(b, merged)
            kept = None
            for x in bodies:
                if x["id"] == merged:
                    if kept is None:
                        kept = x
                        x["name"] = town + suffix
                        x["aliases"] = list(dict.fromkeys(x.get("aliases", [])))
                    else:
                        x["id"] = None
            bodies = [x for x in bodies if x["id"] is not None]
            for d in duties:
                if "bodies" in d:
                    d["bodies"] = list(dict.fromkeys(d["bodies"]))
                    if len(d["bodies"]) == 1:
                        d["body"] = d.pop("bodies")[0]
                binders = [d["body"]] if "body" in d else d.get("bodies", [])
                if d.get("with") in binders:
                    del d["with"]
            ids = {x["id"] for x in bodies}

    # missing areas
    if rng.random() < 0.5:
        gone = set(rng.sample(leaves, rng.randint(1, 4)))
        kept_duties = []
        for d in duties:
            if "areas" in d and gone & set(d["areas"]):
                d["areas"] = [a for a in d["areas"] if a not in gone]
                if not d["areas"]:
                    continue
            kept_duties.append(d)
        duties = kept_duties

    # duplicated areas: another lead on a leaf already led
    if rng.random() < 0.4:
        led = sorted({a for d in duties if d["role"] == "lead" and "body" in d
                      for a in d.get("areas", []) if a in leaves})
        cands = sorted(x["id"] for x in bodies if x["kind"] in ("office", "department", "station"))
        for i in range(rng.randint(1, 2)):
            if not led:
                break
            area = rng.choice(led)
            holders = {d["body"] for d in duties if "body" in d and area in d.get("areas", [])}
            who = rng.choice([c for c in cands if c not in holders] or cands)
            duties.append({"body": who, "role": "lead", "areas": [area],
                           "clause": "补充(%d)" % (i + 1), "text": "负责有关领域安全监管工作。"})

    # the county above
    for x in bodies:
        if x["id"] in STATION_LINE:
            x["reports-to"] = STATION_LINE[x["id"]]
    for d in duties:
        if d.get("with") == "upper" and d.get("areas") and rng.random() < 0.5:
            top = top_of(parents, d["areas"][0])
            d["with"] = next((c for c, _, line in COUNTY if top in line), "qu-yingjiju")

    doc = dict(base["document"])
    doc.pop("source", None)
    doc["id"] = "town-%05d" % k
    lines = ["# Synthetic town %d for the dutygraph benchmark (seed %d)." % (k, seed),
             "dutygraph: 1", "document: " + flow(doc).replace("张山子", town),
             "taxonomy: ../taxonomy.yaml", "upper: ../county.yaml", "principles:"]
    lines += ["  - " + flow(p) for p in base["principles"]]
    lines.append("bodies:")
    lines += ["  - " + flow(b).replace("张山子", town) for b in bodies]
    lines.append("duties:")
    lines += ["  - " + flow(d).replace("张山子", town) for d in duties]
    return "\n".join(lines) + "\n"


def write_range(args):
    out, start, stop, seed = args
    base, tax = load_base()
    parents = {a["id"]: a.get("parent") for a in tax["areas"]}
    has_child = {p for p in parents.values() if p}
    leaves = sorted(a for a in parents if a not in has_child)
    for k in range(start, stop):
        with open(os.path.join(out, "towns", "%05d.yaml" % k), "w", encoding="utf-8") as f:
            f.write(perturb(base, parents, leaves, k, seed))


def write_county(out):
    lines = ["# The county above the synthetic towns.", "dutygraph: 1",
             "document: " + flow({"id": "county", "title": "区安全生产监管职责规定", "year": 2020}),
             "taxonomy: taxonomy.yaml", "bodies:"]
    for cid, name, _ in COUNTY:
        body = {"id": cid, "name": name, "kind": "government" if cid == "qu-zhengfu" else "department"}
        if cid != "qu-zhengfu":
            body["reports-to"] = "qu-zhengfu"
        lines.append("  - " + flow(body))
    lines.append("duties:")
    lines.append("  - " + flow({"body": "qu-zhengfu", "role": "lead", "procedural": True,
                                "clause": "一", "text": "全面领导全区安全生产工作。"}))
    for i, (cid, name, line) in enumerate(COUNTY[1:]):
        lines.append("  - " + flow({"body": cid, "role": "lead", "areas": line,
                                    "clause": "二(%d)" % (i + 1), "text": "负责本行业领域安全生产监督管理。"}))
    with open(os.path.join(out, "county.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--towns", type=int, required=True, help="number of town models")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="writer processes")
    ap.add_argument("-o", "--output", required=True, metavar="DIR", help="output directory")
    args = ap.parse_args()
    if args.towns < 1:
        ap.error("--towns must be at least 1")
    os.makedirs(os.path.join(args.output, "towns"), exist_ok=True)
    shutil.copyfile(TAXONOMY, os.path.join(args.output, "taxonomy.yaml"))
    write_county(args.output)
    step = 500
    chunks = [(args.output, s, min(s + step, args.towns), args.seed)
              for s in range(0, args.towns, step)]
    if args.jobs > 1 and len(chunks) > 1:
        with multiprocessing.Pool(args.jobs) as pool:
            pool.map(write_range, chunks)
    else:
        for c in chunks:
            write_range(c)
    return 0


if __name__ == "__main__":
    sys.exit(main())
