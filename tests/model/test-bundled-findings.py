#!/usr/bin/env python3
"""What `check` and `who` say about the bundled model, against facts read by
hand from 张发〔2020〕47号 (the clause of each fact is in its comment)."""
import json
import os
import subprocess
import sys

dutygraph, top = os.path.abspath(sys.argv[1]), sys.argv[2]
MODEL = "model/zhangshanzi-2020.yaml"
failures = []


def run(*args):
    result = subprocess.run([dutygraph, *args], cwd=top, capture_output=True, timeout=60)
    if result.returncode not in (0, 1):
        sys.exit(f"dutygraph {' '.join(args)}: exit {result.returncode}\n{result.stderr.decode()}")
    return json.loads(result.stdout)


def expect(condition, message):
    if not condition:
        failures.append(message)


def holders(holdings):
    return {(h["body"]["name"], h["role"], h["clause"]) for h in holdings}


def bodies_of(holdings):
    return {h["body"]["name"] for h in holdings}


check = run("check", "--fail-on", "none", "--format", "json", MODEL)
findings = check["findings"]

# 四(二)5(8) 镇教委 依法负责校车…; 7(2) 交警中队 依法履行校车安全管理职责;
# 12(4) 建设管理办公室 依法参与校车安全管理工作: two leads and a participant,
# on an area 校车安全管理条例 第四条 shares by design.
bus = [f for f in findings if f["area"] and f["area"]["id"] == "transport.school-bus"]
expect(len(bus) == 1, f"school-bus: expected one finding, got {len(bus)}")
if bus:
    f = bus[0]
    expect(f["kind"] == "conflict", f"school-bus: kind {f['kind']}, expected conflict")
    expect(f["statutory"], "school-bus: not marked as shared by law")
    want = {("镇教委", "lead", "四(二)5(8)"), ("张山子交警中队", "lead", "四(二)7(2)"),
            ("镇建设管理办公室", "participate", "四(二)12(4)")}
    expect(holders(f["holdings"]) == want, f"school-bus holders: {sorted(holders(f['holdings']))}")

# 四(二)2(9), 4(8), 11(6), 31: duties that name no area.
vague = {f["duty"]["clause"] for f in findings if f["kind"] == "vague"}
for clause in ("四(二)2(9)", "四(二)4(8)", "四(二)11(6)", "四(二)31"):
    expect(clause in vague, f"{clause} is not reported vague")

# No finding may come from the common duties of 四(一): they bind every department alike.
for f in findings:
    for h in f["holdings"]:
        expect(not (f["kind"] in ("conflict", "shared") and h["class_wide"]),
               f"{f['area']['id']}: a common duty makes an overlap")

who = run("who", "--format", "json", MODEL, "校车")
expect([m["area"]["id"] for m in who["matches"]] == ["transport.school-bus"],
       f"who 校车 matched {[m['area']['id'] for m in who['matches']]}")
if who["matches"]:
    expect(bodies_of(who["matches"][0]["holdings"]) == {"镇教委", "张山子交警中队", "镇建设管理办公室"},
           f"who 校车: {bodies_of(who['matches'][0]['holdings'])}")


def who_holds(query):
    answer = run("who", "--format", "json", MODEL, query)
    found = set()
    for m in answer["matches"]:
        found |= holders(m["holdings"])
        for below in m["below"]:
            found |= holders(below["holdings"])
    return found


# 四(二)11(4) 负责辖区内燃气安全管理.
gas = who_holds("燃气")
expect(("张山子镇乡村规划建设监督管理办公室", "lead", "四(二)11(4)") in gas, f"who 燃气: {sorted(gas)}")
# 四(二)6(1) 派出所 负责消防安全监督管理.
fire = who_holds("消防")
expect(("张山子派出所", "lead", "四(二)6(1)") in fire, f"who 消防: {sorted(fire)}")
# 四(二)6(3) 派出所 烟花爆竹公共安全; 22(5) 市场监管所 烟花爆竹产品质量.
fireworks = {b for b, _, _ in who_holds("烟花爆竹")}
expect({"张山子派出所", "张山子市场监管所"} <= fireworks, f"who 烟花爆竹: {sorted(fireworks)}")
# 四(二)20(2) 环保所 废弃危险化学品; 6(2) 派出所 危险化学品公共安全; 22(6) 市场监管所 产品质量.
hazchem = {b for b, _, _ in who_holds("危险化学品")}
expect({"镇环保所", "张山子派出所", "张山子市场监管所"} <= hazchem, f"who 危险化学品: {sorted(hazchem)}")

what = run("what", "--format", "json", MODEL, "教委")
expect(len(what["matches"]) == 1 and what["matches"][0]["body"]["name"] == "镇教委", "what 教委")
if what["matches"]:
    own = []
    for d in what["matches"][0]["duties"]:
        if not d["class_wide"] and d["clause"] not in own:
            own.append(d["clause"])  # an item split by role is one clause
    expect(own == [f"四(二)5({i})" for i in range(1, 9)], f"what 教委: {own}")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"{len(findings)} findings checked")
