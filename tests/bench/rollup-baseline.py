#!/usr/bin/env python3
"""The benchmark's second baseline: the roll-up of `check --summary`
written the straightforward way in Python, with PyYAML's C loader and
networkx (Debian: python3-yaml, python3-networkx).

    rollup-baseline.py [--limit N] DIR|FILE...

Reads every model (and its taxonomy, once per file), builds a networkx
graph per model (bodies, areas, a HOLDS edge per body, area and duty, a
PARENT edge per area), and folds per area: in which models it is present,
uncovered (an expected area, not exempt, that no duty reaches, itself or
below), overlapped (a leaf held by two or more bodies through their own
duties), in conflict (led by two or more, the law not sharing it); the
bodies leading it, the majority assignment and the outliers; per body
kind, the median and maximum areas led and only supported.  Prints a JSON
summary (counts) so its result can be compared with dutygraph's.
--limit N reads only the first N models (to time a sample).
"""
import argparse
import json
import os
import statistics
import sys
from collections import defaultdict

import networkx as nx
import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def model_files(args):
    for arg in args:
        if os.path.isdir(arg):
            for dirpath, dirnames, names in os.walk(arg):
                dirnames.sort()
                for name in sorted(names):
                    if name.endswith((".yaml", ".yml")):
                        path = os.path.join(dirpath, name)
                        with open(path, encoding="utf-8") as f:
                            if any(line.startswith("dutygraph:") for line in f):
                                yield path
        else:
            yield arg


taxonomies = {}


def taxonomy(path):
    if path not in taxonomies:
        with open(path, encoding="utf-8") as f:
            taxonomies[path] = yaml.load(f, Loader=Loader)["areas"]
    return taxonomies[path]


def summarise(path):
    with open(path, encoding="utf-8") as f:
        m = yaml.load(f, Loader=Loader)
    areas = []
    if "taxonomy" in m:
        areas += taxonomy(os.path.normpath(os.path.join(os.path.dirname(path), m["taxonomy"])))
    areas += m.get("areas") or []
    g = nx.MultiDiGraph()
    kinds = {}
    for b in m["bodies"]:
        g.add_node(("body", b["id"]))
        kinds[b["id"]] = b["kind"]
    for a in areas:
        g.add_node(("area", a["id"]), **a)
    for a in areas:
        if a.get("parent"):
            g.add_edge(("area", a["id"]), ("area", a["parent"]), kind="parent")
    for i, d in enumerate(m["duties"]):
        if "applies-to" in d:
            k = d["applies-to"]["kind"]
            k = [k] if isinstance(k, str) else k
            bodies, class_wide = [b for b in kinds if kinds[b] in k], True
        else:
            bodies, class_wide = d.get("bodies") or [d["body"]], False
        for b in bodies:
            for a in d.get("areas") or []:
                g.add_edge(("body", b), ("area", a), kind="holds", role=d["role"], duty=i,
                           class_wide=class_wide)
    exempt = {e["area"] for e in m.get("exempt") or []}

    def parent(a):
        for _, p, k in g.out_edges(("area", a), data="kind"):
            if k == "parent":
                return p[1]
        return None

    def holdings(a):
        return [(u[1], data) for u, _, data in g.in_edges(("area", a), data=True)
                if data["kind"] == "holds"]

    def children(a):
        return [u[1] for u, _, k in g.in_edges(("area", a), data="kind") if k == "parent"]

    def is_exempt(a):
        while a is not None:
            if a in exempt:
                return True
            a = parent(a)
        return False

    def reached(a):
        return bool(holdings(a)) or any(reached(c) for c in children(a))

    out = {"path": path, "areas": [], "loads": []}
    for a in areas:
        aid = a["id"]
        hs = holdings(aid)
        own = [(b, h) for b, h in hs if not h["class_wide"]]
        leads = sorted({b for b, h in own if h["role"] == "lead"})
        leaf = not children(aid)
        ex = is_exempt(aid)
        out["areas"].append({
            "id": aid, "exempt": ex,
            "uncovered": bool(a.get("expected")) and not ex and not reached(aid),
            "overlapped": leaf and len({b for b, _ in own}) >= 2,
            "conflict": leaf and len(leads) >= 2 and not a.get("shared-basis"),
            "leads": "+".join(leads)})
    for b, kind in kinds.items():
        held, led = set(), set()
        for _, a, h in g.out_edges(("body", b), data=True):
            if h["kind"] == "holds" and not h["class_wide"]:
                held.add(a[1])
                if h["role"] == "lead":
                    led.add(a[1])
        out["loads"].append((kind, len(led), len(held) - len(led)))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("inputs", nargs="+")
    args = ap.parse_args()
    models = []
    per_area = {}
    loads = defaultdict(lambda: ([], []))
    for i, path in enumerate(model_files(args.inputs)):
        if args.limit and i >= args.limit:
            break
        s = summarise(path)
        models.append(path)
        for a in s["areas"]:
            r = per_area.setdefault(a["id"], {"present": 0, "exempt": 0, "uncovered": [],
                                              "overlapped": [], "conflict": [],
                                              "leads": defaultdict(list)})
            if a["exempt"]:
                r["exempt"] += 1
                continue
            r["present"] += 1
            for key in ("uncovered", "overlapped", "conflict"):
                if a[key]:
                    r[key].append(i)
            r["leads"][a["leads"]].append(i)
        for kind, led, supported in s["loads"]:
            loads[kind][0].append(led)
            loads[kind][1].append(supported)
    outliers = 0
    for r in per_area.values():
        norm = [k for k, v in r["leads"].items() if 2 * len(v) > r["present"]]
        if norm:
            outliers += r["present"] - len(r["leads"][norm[0]])
    result = {
        "models": len(models),
        "uncovered": sum(len(r["uncovered"]) for r in per_area.values()),
        "overlapped": sum(len(r["overlapped"]) for r in per_area.values()),
        "conflict": sum(len(r["conflict"]) for r in per_area.values()),
        "outliers": outliers,
        "load": {k: {"bodies": len(v[0]), "lead_median": statistics.median_low(v[0]),
                     "lead_max": max(v[0]), "support_median": statistics.median_low(v[1]),
                     "support_max": max(v[1])} for k, v in sorted(loads.items())},
    }
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
