#!/usr/bin/env python3
"""What `stats` and `calendar` say about the bundled model, against facts read
by hand from 张发〔2020〕47号, and the calendar read back by a real iCalendar
parser (the `icalendar` package, Debian python3-icalendar)."""
import json
import os
import subprocess
import sys
import tempfile

import icalendar

dutygraph, top = os.path.abspath(sys.argv[1]), sys.argv[2]
MODEL = "model/zhangshanzi-2020.yaml"
failures = []


def expect(condition, message):
    if not condition:
        failures.append(message)


def run(*args):
    r = subprocess.run([dutygraph, *args], cwd=top, capture_output=True, timeout=60)
    if r.returncode != 0:
        sys.exit(f"dutygraph {' '.join(args)}: exit {r.returncode}\n{r.stderr.decode()}")
    return r.stdout


stats = json.loads(run("stats", "--format", "json", MODEL))
pairs = {frozenset(b["name"] for b in p["bodies"]): p for p in stats["coordination"]["pairs"]}

# Pairs only where two bodies hold the same area (docs/coverage.md).
# 四(二)6(1) 派出所 负责消防安全监督管理 holds 公众聚集场所, where 18(2) 文旅办
# 协助有关部门对…公众聚集场所的消防安全进行监督管理: they must coordinate there.
key = frozenset({"张山子派出所", "镇文旅办"})
expect(key in pairs, "no coordination pair 张山子派出所 + 镇文旅办")
if key in pairs:
    shared = {a["id"] for a in pairs[key]["areas"]}
    expect(shared == {"fire.public-venues"}, f"派出所 + 文旅办 share {sorted(shared)}")
    expect(pairs[key]["weight"] == len(pairs[key]["areas"]), "weight is not the number of shared areas")
# 四(二)4(4) 经委 and 28(2)(3) 供电站 both hold 电力安全.
key = frozenset({"镇经委", "张山子供电站"})
expect(key in pairs and {a["id"] for a in pairs[key]["areas"]} == {"energy.power"},
       "no coordination pair 镇经委 + 张山子供电站 on energy.power")
# 四(二)6(2)(3) 派出所 holds the public security of 危险化学品 and 烟花爆竹,
# 22(5)(6) 市场监管所 their quality: different areas (危险化学品安全管理条例
# 第六条(二)(三), 烟花爆竹安全管理条例 第四条), no shared area, no pair.  Nor do
# 5(7) 教委 (chemicals used in schools) and 29(2) 邮政支局 (寄递) share one.
for names in ({"张山子派出所", "张山子市场监管所"}, {"镇教委", "张山子邮政支局"}):
    expect(frozenset(names) not in pairs, f"{sorted(names)} paired without a shared area")
# Every pair names leaf areas only, never a field such as 危险化学品.
import yaml  # noqa: E402
with open(os.path.join(top, "model/taxonomy/safety-areas.yaml"), encoding="utf-8") as f:
    parents = {a.get("parent") for a in yaml.safe_load(f)["areas"]}
for p in stats["coordination"]["pairs"]:
    expect(p["areas"] and not {a["id"] for a in p["areas"]} & parents,
           f"pair {[b['id'] for b in p['bodies']]} names a field, not an area")

# Pairs come heaviest first.
weights = [p["weight"] for p in stats["coordination"]["pairs"]]
expect(weights == sorted(weights, reverse=True), "pairs are not ordered heaviest first")

# Every body named in a community is in some pair; no body is in two.
seen = set()
paired = {b["id"] for p in stats["coordination"]["pairs"] for b in p["bodies"]}
for community in stats["coordination"]["communities"]:
    ids = {b["id"] for b in community["bodies"]}
    expect(len(ids) >= 2, f"community {community['number']} has fewer than two bodies")
    expect(not ids & seen, f"community {community['number']} repeats a body")
    expect(ids <= paired, f"community {community['number']} holds an unpaired body")
    seen |= ids

# 二(一)2, 二(二)3, 二(三)3: 书记 每半年 党委会 and 每季度 调研, 镇长 and the
# 分管负责人 每季度至少带队检查1次.
periodic = {(o["body"]["id"], o["duty"]["clause"], o["duty"]["every"]) for o in stats["periodic"]}
for want in [("shuji", "二(一)2", "half-year"), ("shuji", "二(一)2", "quarter"),
             ("zhenzhang", "二(二)3", "quarter"), ("fenguan-fuzhi", "二(三)3", "quarter")]:
    expect(want in periodic, f"periodic obligation {want} missing")

# The lead shares add up to the whole.
share = sum(b["lead_share"] for b in stats["load"]["bodies"])
expect(abs(share - 1) < 0.01, f"lead shares add up to {share}")

# Principles: 一(四) binds enterprises, so it cannot be checked.
check = json.loads(subprocess.run([dutygraph, "check", "--fail-on", "none", "--format", "json", MODEL],
                                  cwd=top, capture_output=True, timeout=60).stdout)
verdicts = {p["clause"]: p["verdict"] for p in check["principles"]}
expect(verdicts.get("一(四)") == "not-checkable", f"一(四): {verdicts.get('一(四)')}")
expect(verdicts.get("一(一)") == "holds", f"一(一): {verdicts.get('一(一)')}")

# The calendar, read back by a real parser: one event per obligation and
# occurrence, each with the clause and verbatim text.
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "duties.ics")
    run("calendar", MODEL, "-o", path)
    raw = open(path, "rb").read()
    expect(all(len(line) <= 75 for line in raw.split(b"\r\n")), "a line is longer than 75 octets")
    expect(b"\n" not in raw.replace(b"\r\n", b""), "a bare LF line end")
    cal = icalendar.Calendar.from_ical(raw)
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    want = sum(max(o["duty"]["times"], 1) for o in stats["periodic"])
    expect(len(events) == want, f"{len(events)} events, expected {want}")
    uids = [str(e["UID"]) for e in events]
    expect(len(set(uids)) == len(uids), "UIDs are not unique")
    texts = {o["duty"]["text"] for o in stats["periodic"]}
    for e in events:
        description = str(e["DESCRIPTION"])
        expect(any(t in description for t in texts), f"{e['UID']}: description lacks the duty text")
        rule = e["RRULE"]
        expect(rule["FREQ"][0] in ("MONTHLY", "YEARLY"), f"{e['UID']}: RRULE {rule}")
        if rule["FREQ"][0] == "MONTHLY":
            expect(rule["INTERVAL"][0] in (3, 6), f"{e['UID']}: RRULE {rule}")
    again = run("calendar", MODEL)
    expect(again == raw, "calendar output differs between two runs")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"{len(pairs)} pairs, {len(events)} events checked")
