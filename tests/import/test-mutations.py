#!/usr/bin/env python3
"""The seed document rewritten the ways other offices write the same text
— CRLF, GBK, no indentation, other numbering glyphs (⑴ 1） ㈠ (一) 1. 1．),
long lines wrapped — must import to the same scores against the hand-made
model as the original: the layout must not decide what is read.  So must
the same text from another town at another level (青石乡), scored against
the hand-made model renamed alike."""
import json
import os
import re
import subprocess
import sys
import tempfile

exe, root = sys.argv[1], os.path.abspath(sys.argv[2])
seed = os.path.join(root, "model/sources/zhangshanzi-2020.txt")
gold = os.path.join(root, "model/zhangshanzi-2020.yaml")
text = open(seed, encoding="utf-8").read()

def circled_parens(t):
    return re.sub(r"^(\s*)[（(](\d{1,2})[）)]", lambda m: m.group(1) + chr(0x2473 + int(m.group(2))), t, flags=re.M)

def half_parens(t):
    return re.sub(r"^(\s*)[（(](\d{1,2})[）)]", r"\1\2）", t, flags=re.M)

def cn_parens(t):
    digits = "一二三四五六七八九十"
    return re.sub(r"^(\s*)[（(]([一二三四五六七八九十])[）)]",
                  lambda m: m.group(1) + chr(0x3220 + digits.index(m.group(2))), t, flags=re.M)

def ascii_cn_parens(t):
    return re.sub(r"^(\s*)（([一二三四五六七八九十])）", r"\1(\2)", t, flags=re.M)

def dotted(t):
    return re.sub(r"^(\s*)(\d{1,2})[、.．]", r"\1\2.", t, flags=re.M)

def fullwidth_dotted(t):
    return re.sub(r"^(\s*)(\d{1,2})[、.．]", r"\1\2．", t, flags=re.M)

def unindented(t):
    return "\n".join(l.strip(" \t\u3000") for l in t.splitlines() if l.strip(" \t\u3000")) + "\n"

def wrapped(t):
    """Lines longer than 40 characters cut after a comma, as a text pasted
    from a PDF is; never before a character that could start a number."""
    out = []
    for line in t.splitlines():
        while len(line) > 40:
            cut = line.find("，", 30)
            if cut < 0 or cut + 1 >= len(line) or line[cut + 1].isdigit() or line[cut + 1] in "（(一二三四五六七八九十第":
                break
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out) + "\n"

MUTATIONS = [
    ("crlf", lambda t: t.replace("\n", "\r\n"), "utf-8"),
    ("gbk", lambda t: t, "gb18030"),
    ("unindented", unindented, "utf-8"),
    ("parens-circled", circled_parens, "utf-8"),
    ("parens-half", half_parens, "utf-8"),
    ("parens-cn-glyph", cn_parens, "utf-8"),
    ("parens-cn-ascii", ascii_cn_parens, "utf-8"),
    ("numbers-dotted", dotted, "utf-8"),
    ("numbers-fullwidth-dotted", fullwidth_dotted, "utf-8"),
    ("wrapped", wrapped, "utf-8"),
]

def scores(path, tmp):
    out = os.path.join(tmp, os.path.basename(path) + ".yaml")
    r = subprocess.run([exe, "import", path, "-o", out], capture_output=True, text=True)
    if r.returncode != 0:
        return None, r.stderr
    e = subprocess.run([exe, "eval", gold, out, "--format", "json"], capture_output=True, text=True)
    if e.returncode != 0:
        return None, e.stderr
    s = json.loads(e.stdout)
    return {k: round(s[k]["f1"], 3) for k in ("bodies", "clauses", "items", "triples")}, None

failures = []
with tempfile.TemporaryDirectory() as tmp:
    base, err = scores(seed, tmp)
    if base is None:
        print("not ok - the seed itself:", err)
        sys.exit(1)
    print("# original:", base)
    for name, change, encoding in MUTATIONS:
        mutated = change(text)
        if mutated == text and encoding == "utf-8":
            failures.append(f"{name}: the mutation changed nothing")
            continue
        path = os.path.join(tmp, name + ".txt")
        with open(path, "wb") as f:
            f.write(mutated.encode(encoding))
        got, err = scores(path, tmp)
        print(f"# {name}: {got}")
        if got != base:
            failures.append(f"{name}: {got or err} differs from the original's {base}")

    # Another town at another level: 张山子镇 → 青石乡 in the document and
    # in the hand-made model alike; the scores must not move.
    renamed = text.replace("张山子", "青石").replace("镇", "乡")
    doc = os.path.join(tmp, "qingshi.txt")
    with open(doc, "w", encoding="utf-8") as f:
        f.write(renamed)
    model = open(gold, encoding="utf-8").read().replace("张山子", "青石").replace("镇", "乡")
    model = re.sub(r"(?m)^taxonomy: .*$", "taxonomy: " + os.path.join(root, "model/taxonomy/safety-areas.yaml"), model)
    model = re.sub(r"(?m)^  source: .*$", "  source: " + doc, model)
    gold = os.path.join(tmp, "qingshi.yaml")
    with open(gold, "w", encoding="utf-8") as f:
        f.write(model)
    got, err = scores(doc, tmp)
    print(f"# another town (青石乡): {got}")
    if got != base:
        failures.append(f"another town: {got or err} differs from the original's {base}")

for f in failures:
    print("not ok -", f)
print("1..1")
print("ok 1 - layout mutations" if not failures else "not ok 1 - layout mutations")
sys.exit(1 if failures else 0)
