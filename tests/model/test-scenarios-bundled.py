#!/usr/bin/env python3
"""The bundled restructuring scenarios, applied to the bundled model and
compared with it by `diff`, against what the scenarios mean when worked
out by hand from 张发〔2020〕47号:

- gongan-merger (派出所 + 交警中队 → 张山子公安): 交警中队's 四(二)7(2) and
  派出所's items go to 公安; the school-bus conflict stays (now 镇教委,
  张山子公安, 镇建设管理办公室, still shared by law) and nothing opens;
- market-reform-2019 (食药监所 folded into 市场监管所): both match the
  reformed body by alias, no finding opens, 市场监管所 carries more;
- fupinban-no-successor (扶贫办 dissolved): its only area, 扶贫项目
  (四(二)30(1)), is left without a holder, and diff says so (exit 1 at
  --fail-on warning);
- fupinban-successor: nothing is lost.
"""
import json
import os
import subprocess
import sys
import tempfile

dutygraph, top = os.path.abspath(sys.argv[1]), sys.argv[2]
failures = []


def diff(name, *extra):
    with tempfile.TemporaryDirectory() as tmp:
        new = os.path.join(tmp, name + ".yaml")
        # restructure rewrites the taxonomy and source paths relative to NEW.
        r = subprocess.run([dutygraph, "restructure", "model/zhangshanzi-2020.yaml",
                            f"model/scenarios/{name}.yaml", "-o", new],
                           cwd=top, capture_output=True, timeout=60)
        if r.returncode != 0:
            sys.exit(f"restructure {name}: exit {r.returncode}: {r.stderr.decode()}")
        r = subprocess.run([dutygraph, "diff", "--format", "json", *extra,
                            os.path.join(top, "model/zhangshanzi-2020.yaml"), new],
                           capture_output=True, timeout=60)
        if r.returncode not in (0, 1):
            sys.exit(f"diff {name}: exit {r.returncode}: {r.stderr.decode()}")
        return r.returncode, json.loads(r.stdout)


def names(holders):
    return set(holders.split("、")) if holders else set()


status, d = diff("gongan-merger")
matched = {(m["before"]["name"], m["after"]["name"]) for m in d["bodies"]["matched"] if m["by"] == "alias"}
if matched != {("张山子派出所", "张山子公安"), ("张山子交警中队", "张山子公安")}:
    failures.append(f"gongan-merger: bodies matched by alias {sorted(matched)}")
if d["findings"]["opened"] or d["areas_lost"] or status != 0:
    failures.append(f"gongan-merger: opened {len(d['findings']['opened'])}, lost {len(d['areas_lost'])}, exit {status}")
bus = [c for c in d["findings"]["changed"] if c["after"]["area"] and c["after"]["area"]["id"] == "transport.school-bus"]
if len(bus) != 1 or bus[0]["after"]["kind"] != "conflict" or \
        names(bus[0]["after"]["holders"]) != {"镇教委", "张山子公安", "镇建设管理办公室"} or \
        names(bus[0]["before"]["holders"]) != {"镇教委", "张山子交警中队", "镇建设管理办公室"}:
    failures.append(f"gongan-merger: school-bus change {bus}")

status, d = diff("market-reform-2019")
matched = {(m["before"]["name"], m["after"]["name"]) for m in d["bodies"]["matched"] if m["by"] != "id"}
if ("张山子食药监所", "张山子市场监管所") not in matched:
    failures.append(f"market-reform-2019: matched {sorted(matched)}")
if d["findings"]["opened"] or d["areas_lost"]:
    failures.append("market-reform-2019: the reform opens findings or loses areas")
load = {l["after"]["name"]: l for l in d["load"] if l["after"]}
market = load.get("张山子市场监管所")
if not market or market["lead_after"] <= market["lead_before"]:
    failures.append(f"market-reform-2019: 市场监管所 load {market}")

status, d = diff("fupinban-no-successor", "--fail-on", "warning")
if [a["id"] for a in d["areas_lost"]] != ["poverty-projects"] or status != 1:
    failures.append(f"fupinban-no-successor: lost {d['areas_lost']}, exit {status}")
status, d = diff("fupinban-successor", "--fail-on", "warning")
if d["areas_lost"] or status != 0:
    failures.append(f"fupinban-successor: lost {d['areas_lost']}, exit {status}")

if failures:
    print("\n".join(failures))
    sys.exit(1)
