"""Reads the numbered items of a responsibility document's text.

The document numbers its parts 一、 / （一） / 1、 / (1), with full-width and
half-width brackets mixed.  This reader knows the layout of 张发〔2020〕47号:
sections 一–五; in 二 sub-parts （一）… with items 1、…; in 三 items (一)…;
in 四 the common duties (一) with items (1)… and, after 具体职责, the
bodies 1、 2. 3、… with items (1)….  It returns the clause of every item
that carries a number, written the way the model writes clauses
(half-width brackets): 二(一)2, 三(五), 四(一)(3), 四(二)5(8); and,
separately, the bodies of 四(二) whose duties carry no number at all
(四(二)15, 四(二)31), which a model cites as a whole or numbers itself.
"""
import re

CN = "一二三四五六七八九十"
SECTION = re.compile(r"^([一二三四五六])、")
CN_ITEM = re.compile(r"^[（(]([一二三四五六七八九十]+)[）)]")
ARABIC_ITEM = re.compile(r"^[（(](\d+)[）)]")
ARABIC_HEAD = re.compile(r"^(\d+)\s*[、.．]")


def numbered_items(text):
    section = None
    sub = None          # 二's （一）…, 四's (一)/(二)
    body = None         # 四(二)'s body number
    body_items = {}     # body number -> count of numbered items
    items = []
    for raw in text.splitlines():
        line = raw.strip().replace("\u3000", "")
        if not line:
            continue
        m = SECTION.match(line)
        if m:
            section, sub, body = m.group(1), None, None
            continue
        if section == "一":
            m = CN_ITEM.match(line)
            if m:
                items.append(f"一({m.group(1)})")
        elif section == "二":
            m = CN_ITEM.match(line)
            if m:
                sub = m.group(1)
                # 二(四) is a single paragraph with no numbered items.
                if "包括" not in line:
                    items.append(f"二({sub})")
                continue
            m = ARABIC_HEAD.match(line)
            if m and sub:
                items.append(f"二({sub}){m.group(1)}")
        elif section == "三":
            m = CN_ITEM.match(line)
            if m:
                items.append(f"三({m.group(1)})")
        elif section == "四":
            if line.startswith("具体职责"):
                sub = "二"
                continue
            m = CN_ITEM.match(line)
            if m and sub is None:
                sub = m.group(1)
                continue
            if sub == "一":
                m = ARABIC_ITEM.match(line)
                if m:
                    items.append(f"四(一)({m.group(1)})")
            elif sub == "二":
                m = ARABIC_HEAD.match(line)
                if m:
                    body = m.group(1)
                    body_items.setdefault(body, 0)
                    continue
                m = ARABIC_ITEM.match(line)
                if m and body:
                    items.append(f"四(二){body}({m.group(1)})")
                    body_items[body] += 1
        elif section == "五":
            m = CN_ITEM.match(line)
            if m:
                items.append(f"五({m.group(1)})")
    unnumbered_bodies = [f"四(二){b}" for b, count in body_items.items() if count == 0]
    return items, unnumbered_bodies


def normalise_clause(clause):
    return clause.replace("（", "(").replace("）", ")").replace(" ", "")
