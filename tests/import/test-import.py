#!/usr/bin/env python3
"""Imports the seed document and the test documents of tests/import/ and
scores each against its hand-made model with `dutygraph eval --format json`.
The floors are the figures measured when they were set (docs/import.md);
a change that lowers one fails.  Also: the import is deterministic, the
imported model passes check/who/render, and --review lists duties below 70."""
import json
import os
import subprocess
import sys
import tempfile

exe, root = sys.argv[1], sys.argv[2]
failures = []

# (document, gold, floors: bodies recall, items recall, clauses recall, triple F1)
# The bundled model's role calls were re-audited (model/audit/zhangshanzi-2020.md:
# 指导、监督 the units of a sector and 查处 by the discipline office are leads,
# 共同组织 co-leads, 2(8) names its fields).  The role cues now read 指导、监督…单位
# and 依法对…(not …工作)进行监督/实施监察 as leads; 对…违纪…调查处理 stays
# oversight, as county-leaders' gold has it, so the two golds disagree there.
CASES = [
    ("model/sources/zhangshanzi-2020.txt", "model/zhangshanzi-2020.yaml", (1.0, 0.97, 1.0, 0.95)),
    ("tests/import/county-members.txt", "tests/import/county-members.gold.yaml", (1.0, 1.0, 1.0, 0.80)),
    ("tests/import/circled-numbering.txt", "tests/import/circled-numbering.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/gbk-town.txt", "tests/import/gbk-town.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/county-leaders.txt", "tests/import/county-leaders.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/article-numbering.txt", "tests/import/article-numbering.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/task-assignment.txt", "tests/import/task-assignment.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/unnumbered-bodies.txt", "tests/import/unnumbered-bodies.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/liuxi-regulation.txt", "tests/import/liuxi-regulation.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/songping-fullstop.txt", "tests/import/songping-fullstop.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/qingquan-paragraphs.txt", "tests/import/qingquan-paragraphs.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/shimen-traditional.txt", "tests/import/shimen-traditional.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/pingyuan-county-members.txt", "tests/import/pingyuan-county-members.gold.yaml", (1.0, 1.0, 1.0, 0.9)),
    ("tests/import/province-members.txt", "tests/import/province-members.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/xinhua-street.txt", "tests/import/xinhua-street.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/gaotai-lvxing.txt", "tests/import/gaotai-lvxing.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    # Duty tables: each row's task led by its 牵头 units, cooperated in by its 配合 units.
    ("tests/import/donghu-table.txt", "tests/import/donghu-table.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/duty-table.docx", "tests/import/duty-table.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/xishan-tasks.csv", "tests/import/xishan-tasks.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/beiling-pipes.txt", "tests/import/beiling-pipes.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/nanhe-table.docx", "tests/import/nanhe-table.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    # Layouts the cues were not written for, gold models made before the import ran.
    ("tests/import/r-article-inline.txt", "tests/import/r-article-inline.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/r-colon-numbered.txt", "tests/import/r-colon-numbered.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/r-traditional-gb18030.txt", "tests/import/r-traditional-gb18030.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/r-bracket-headings.txt", "tests/import/r-bracket-headings.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/r-bare-name-lines.txt", "tests/import/r-bare-name-lines.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/r-yishi-enumeration.txt", "tests/import/r-yishi-enumeration.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/r-bullet-items.txt", "tests/import/r-bullet-items.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/r-unit-duty-table.txt", "tests/import/r-unit-duty-table.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/r-dash-items.txt", "tests/import/r-dash-items.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/r-subject-paragraphs.txt", "tests/import/r-subject-paragraphs.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/r-part-sections.txt", "tests/import/r-part-sections.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/r-duty-phrasings.txt", "tests/import/r-duty-phrasings.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/r-lead-prose.txt", "tests/import/r-lead-prose.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/r-main-duties-line.txt", "tests/import/r-main-duties-line.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/r-county-mass-orgs.txt", "tests/import/r-county-mass-orgs.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/r-leader-list.txt", "tests/import/r-leader-list.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/r-long-table.txt", "tests/import/r-long-table.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/r-lead-column-cells.txt", "tests/import/r-lead-column-cells.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/r-field-column.txt", "tests/import/r-field-column.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    # Sections naming a class of holders (各科室, 派驻机构) over items that open
    # with the holder and its verb: NAME负责：clause；clause。
    ("tests/import/r-section-colon-heads.txt", "tests/import/r-section-colon-heads.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    # A heading naming two holders (甲、乙：) who hold its items together, and
    # the terminators 负有以下职责：/ 承担下列…职责：/ 的…职责是：.
    ("tests/import/r-joint-heads.txt", "tests/import/r-joint-heads.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    # One 责任单位 column whose lead is marked （牵头）: the others cooperate.
    ("tests/import/r-marked-leads.txt", "tests/import/r-marked-leads.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    # A body's list with one item that names a holder of its own (各村负责：…).
    ("tests/import/r-other-holder-item.txt", "tests/import/r-other-holder-item.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    # Six layouts whose golds were written by hand from the documents alone,
    # before the importer was run on them (docs/import.md, "Documents written
    # without the importer").
    ("tests/import/tongxi-members.txt", "tests/import/tongxi-members.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/huaichuan-regulation.txt", "tests/import/huaichuan-regulation.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/weitang-leaders.txt", "tests/import/weitang-leaders.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/heming-street.txt", "tests/import/heming-street.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/lanyu-symbols.txt", "tests/import/lanyu-symbols.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/wangling-table.txt", "tests/import/wangling-table.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    # Six more written the same way.  liyuan-levels: the gold gives the grid
    # worker's 日常巡查 and the operator's 双重预防 the comprehensive area,
    # which their words do not name; yuchuan-wps: 民用爆炸物品,剧毒化学品的
    # 公共安全 with a half-width comma, read as a clause break, not a list;
    # zheping-lines: 参与道路运输生产安全事故调查处理 also tagged as the
    # sector's area, which its gold leaves out (the sector only qualifying
    # the accident) and the bundled model's audited gold keeps
    # (参与电力生产安全事故的调查处理 → energy.power too): the two disagree.
    ("tests/import/liyuan-levels.txt", "tests/import/liyuan-levels.gold.yaml", (1.0, 1.0, 1.0, 0.95)),
    ("tests/import/yuchuan-wps.txt", "tests/import/yuchuan-wps.gold.yaml", (1.0, 1.0, 1.0, 0.95)),
    ("tests/import/fenggang-table.txt", "tests/import/fenggang-table.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/zheping-lines.txt", "tests/import/zheping-lines.gold.yaml", (1.0, 1.0, 1.0, 0.93)),
    ("tests/import/linwan-yishi.txt", "tests/import/linwan-yishi.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/tongyin-street.txt", "tests/import/tongyin-street.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    # A third six.  cangling-articles: 协助…做好本村安全生产网格化巡查 gets
    # no area where its gold reads the comprehensive one; yuanfeng-label-levels:
    # its gold gives 渔业水域防溺水 only drowning and 应急供电保障 only rescue,
    # where the sector's words name its area too; mingshan-colon-lines:
    # 其他成员单位：按照各自职责… is a body here, as 其他有关部门 is in the
    # bundled model's gold, where this gold binds the class, and
    # 指导工业企业淘汰落后工艺 keeps the guided enterprises' field.
    ("tests/import/cangling-articles.txt", "tests/import/cangling-articles.gold.yaml", (1.0, 1.0, 1.0, 0.97)),
    ("tests/import/chengyang-field-table.txt", "tests/import/chengyang-field-table.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/yuanfeng-label-levels.txt", "tests/import/yuanfeng-label-levels.gold.yaml", (1.0, 1.0, 1.0, 0.92)),
    ("tests/import/lanchuan-heading-names.txt", "tests/import/lanchuan-heading-names.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/mingshan-colon-lines.txt", "tests/import/mingshan-colon-lines.gold.yaml", (1.0, 0.94, 0.94, 0.93)),
    ("tests/import/shankou-lead-cooperate.txt", "tests/import/shankou-lead-cooperate.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    # A fourth six.  hefeng-bracket-names: 消防安全专项检查 read as fire, its
    # gold's fire.supervision; yunjin-street and longshui-ordinals: 应急供电保障
    # and similar support read as the sector's area where the gold reads
    # rescue; qiyuan-field-sections: 燃气压力容器和气瓶充装 also tagged gas.
    ("tests/import/meiling-pdf-wrap.txt", "tests/import/meiling-pdf-wrap.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/hefeng-bracket-names.txt", "tests/import/hefeng-bracket-names.gold.yaml", (1.0, 1.0, 1.0, 0.96)),
    ("tests/import/yunjin-street.txt", "tests/import/yunjin-street.gold.yaml", (1.0, 1.0, 1.0, 0.95)),
    ("tests/import/daichuan-intro-lines.txt", "tests/import/daichuan-intro-lines.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/longshui-ordinals.txt", "tests/import/longshui-ordinals.gold.yaml", (1.0, 1.0, 1.0, 0.94)),
    ("tests/import/qiyuan-field-sections.txt", "tests/import/qiyuan-field-sections.gold.yaml", (1.0, 1.0, 1.0, 0.96)),
    # A fifth six: traditional characters, a unit cell in prose, party and
    # government together, holders numbered past 10, 保障措施 to every unit,
    # names followed by a bracketed label of their part.
    ("tests/import/cuiping-traditional.txt", "tests/import/cuiping-traditional.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/baixi-cell-prose.txt", "tests/import/baixi-cell-prose.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/guichuan-party-gov.txt", "tests/import/guichuan-party-gov.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/shuangqiao-dun-numbers.txt", "tests/import/shuangqiao-dun-numbers.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/maoping-safeguards.txt", "tests/import/maoping-safeguards.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/anren-bracket-roles.txt", "tests/import/anren-bracket-roles.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    # A sixth six.  xingchuan-bureau and shiziping-village: their golds read
    # a bureau's 执法检查/打非治违 and a village's 隐患巡查/信息报送 as the
    # comprehensive area, which the importer gives only to words of
    # 综合/属地/网格化 supervision (as the bundled model's audited gold does:
    # inspecting is what every body does); county-members' gold reads
    # 打非治违 as no area at all.
    ("tests/import/xingchuan-bureau.txt", "tests/import/xingchuan-bureau.gold.yaml", (1.0, 1.0, 1.0, 0.84)),
    ("tests/import/shiziping-village.txt", "tests/import/shiziping-village.gold.yaml", (1.0, 1.0, 1.0, 0.80)),
    ("tests/import/tanshan-fullwidth.txt", "tests/import/tanshan-fullwidth.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/outang-tongshi.txt", "tests/import/outang-tongshi.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/tangyin-portal-table.txt", "tests/import/tangyin-portal-table.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/lubu-wrapped-heads.txt", "tests/import/lubu-wrapped-heads.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    # A seventh five.  jinping-street-joint: its gold reads a 执法队's
    # 配合…开展…联合执法检查 as the comprehensive area too.
    ("tests/import/qingshi-sections.txt", "tests/import/qingshi-sections.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/liyang-short-names.txt", "tests/import/liyang-short-names.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/liutang-bracket-labels.txt", "tests/import/liutang-bracket-labels.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/shiwan-long-items.txt", "tests/import/shiwan-long-items.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
    ("tests/import/jinping-street-joint.txt", "tests/import/jinping-street-joint.gold.yaml", (1.0, 1.0, 1.0, 0.94)),
    # An eighth four.  chenghu-street-runon: 寄递物流渠道危险化学品管控 read as
    # delivery and hazchem, its gold's hazchem.postal (the words are not
    # together); 餐饮服务单位食品安全 also food safety beside catering.
    ("tests/import/zhuxi-mixed-heads.txt", "tests/import/zhuxi-mixed-heads.gold.yaml", (1.0, 1.0, 1.0, 0.90)),
    ("tests/import/zhechuan-circled-class.txt", "tests/import/zhechuan-circled-class.gold.yaml", (1.0, 1.0, 1.0, 0.93)),
    ("tests/import/chenghu-street-runon.txt", "tests/import/chenghu-street-runon.gold.yaml", (1.0, 1.0, 1.0, 0.87)),
    ("tests/import/fengao-star-lead.txt", "tests/import/fengao-star-lead.gold.yaml", (1.0, 1.0, 1.0, 0.96)),
    # Holders as ——NAME：…；… paragraphs: the dash is no part of the name.
    ("tests/import/r-dash-holders.txt", "tests/import/r-dash-holders.gold.yaml", (1.0, 1.0, 1.0, 1.0)),
]

def partner_misses(gold_path, pred_path):
    """Gold duties with `with: BODY` whose imported duty (same clause, same
    text start or a text within the gold's; or, as eval matches items, the
    same text under another clause notation) has no partner or another one,
    compared by body name."""
    import yaml
    gold, pred = (yaml.safe_load(open(p, encoding="utf-8")) for p in (gold_path, pred_path))
    def names(m):
        return {b["id"]: b["name"] for b in m["bodies"]}
    gn, pn = names(gold), names(pred)
    misses = []
    for d in gold["duties"]:
        w = d.get("with")
        if w in (None, "upper"):
            continue
        want = gn[w]
        def same_item(p):
            text = p.get("text", "")
            if str(p.get("clause")).replace(" ", "") == str(d["clause"]).replace(" ", ""):
                # 第三，配合… kept whole by the gold, its 第三， left off by the import
                return text[:6] == d["text"][:6] or (len(text) >= 6 and text in d["text"])
            return text == d["text"]
        found = [pn.get(p.get("with")) for p in pred["duties"] if same_item(p)]
        if want not in found:
            misses.append(f"{d['clause']} {d['text'][:12]}: partner {want} not found (got {found})")
    return misses

def run(args, **kw):
    return subprocess.run([exe] + args, capture_output=True, text=True, **kw)

with tempfile.TemporaryDirectory() as tmp:
    for doc, gold, floors in CASES:
        doc_path = os.path.normpath(os.path.join(root, doc))
        if not os.path.exists(doc_path):
            failures.append(f"{doc}: missing")
            continue
        name = os.path.basename(doc).split(".")[0]
        out = os.path.join(tmp, name + ".yaml")
        r = run(["import", doc_path, "-o", out, "--review"])
        if r.returncode != 0:
            failures.append(f"{doc}: import exit {r.returncode}: {r.stderr}")
            continue
        first = open(out, "rb").read()
        r2 = run(["import", doc_path, "-o", out])
        if open(out, "rb").read() != first:
            failures.append(f"{doc}: import is not deterministic")
        if "duties to review" not in r.stderr.splitlines()[0]:
            failures.append(f"{doc}: --review printed no summary line")
        for line in r.stderr.splitlines()[1:]:
            if line.startswith(" "):
                continue
            conf = int(line.split(": ", 1)[1].split()[0])
            if conf >= 70:
                failures.append(f"{doc}: --review listed confidence {conf}")
        c = run(["check", out])
        if c.returncode not in (0, 1):
            failures.append(f"{doc}: check refused the import: {c.stderr}")
        w = run(["who", out, "安全"])
        if w.returncode not in (0, 1):
            failures.append(f"{doc}: who refused the import: {w.stderr}")
        d = run(["render", out, "-o", os.path.join(tmp, name + ".dot")])
        if d.returncode != 0:
            failures.append(f"{doc}: render refused the import: {d.stderr}")
        e = run(["eval", os.path.join(root, gold), out, "--format", "json"])
        if e.returncode != 0:
            failures.append(f"{doc}: eval exit {e.returncode}: {e.stderr}")
            continue
        s = json.loads(e.stdout)
        got = (s["bodies"]["recall"], s["items"]["recall"], s["clauses"]["recall"], s["triples"]["f1"])
        print(f"# {doc}: bodies R {got[0]:.3f}, items R {got[1]:.3f}, clauses R {got[2]:.3f}, "
              f"triples F1 {got[3]:.3f}")
        for label, value, floor in zip(("bodies recall", "items recall", "clauses recall", "triple F1"), got, floors):
            if value + 1e-9 < floor:
                failures.append(f"{doc}: {label} {value:.3f} below {floor}")
        # The partner a supporting duty names (协助县长…) is `eval`-blind:
        # every gold `with: BODY` must come back as the same body.
        failures.extend(f"{doc}: {m}" for m in partner_misses(os.path.join(root, gold), out))

def renamed_check(tmp):
    """eval compares names after folding and items by text: the donghu gold
    written in traditional characters, its 镇 names with the town in front
    (镇农机站 → 東湖鎮農機站) and its clauses renumbered (1 → 第1项) must
    score as the gold itself."""
    import shutil
    import yaml
    if not shutil.which("opencc"):
        print("# opencc not installed: renamed check skipped")
        return
    gold = os.path.join(root, "tests/import/donghu-table.gold.yaml")
    m = yaml.safe_load(open(gold, encoding="utf-8"))
    m["taxonomy"] = os.path.abspath(os.path.join(os.path.dirname(gold), m["taxonomy"]))
    for b in m["bodies"]:
        name = b["name"]
        b["name"] = "东湖" + name if name.startswith("镇") else name
        b.pop("clause", None)
    for d in m["duties"]:
        d["clause"] = f"第{d['clause']}项"
    text = yaml.safe_dump(m, allow_unicode=True, sort_keys=False)
    trad = subprocess.run(["opencc", "-c", "s2t"], input=text, capture_output=True, text=True).stdout
    # The ids, keys and area ids stay ASCII; only names and texts change script.
    path = os.path.join(tmp, "renamed.yaml")
    open(path, "w", encoding="utf-8").write(trad)
    e = run(["eval", gold, path, "--format", "json"])
    if e.returncode != 0:
        failures.append(f"renamed gold: eval exit {e.returncode}: {e.stderr}")
        return
    s = json.loads(e.stdout)
    got = (s["bodies"]["recall"], s["items"]["recall"], s["triples"]["f1"])
    print(f"# renamed gold: bodies R {got[0]:.3f}, items R {got[1]:.3f}, triples F1 {got[2]:.3f}")
    if got != (1.0, 1.0, 1.0):
        failures.append(f"renamed gold scores {got}, not 1.0: names or items not compared after folding")
    # Without the farm-machinery lead, that holder's errors are listed.
    m["duties"] = [d for d in m["duties"] if not (d.get("body") == "nongji" and d["role"] == "lead")]
    open(path, "w", encoding="utf-8").write(yaml.safe_dump(m, allow_unicode=True, sort_keys=False))
    s = json.loads(run(["eval", gold, path, "--format", "json"]).stdout)
    if s["holders"] != [{"name": "镇农机站", "missed_items": 1, "missed_triples": 1, "extra_triples": 0}]:
        failures.append(f"errors by holder: {s['holders']}")

with tempfile.TemporaryDirectory() as tmp:
    renamed_check(tmp)

for f in failures:
    print("not ok -", f)
print("1..1")
print("ok 1 - import and eval" if not failures else "not ok 1 - import and eval")
sys.exit(1 if failures else 0)
