#!/usr/bin/env python3
"""Writes the .docx fixtures of tests/import/ from the text documents beside
them, as Word stores such a document: the numbers of headings and items are
not in the text but in word/numbering.xml (one abstract numbering, its
levels' formats and texts), each numbered paragraph naming its list and
level; where the text's number is not the next count, a new list with a
w:startOverride, as Word writes a restarted list.  Also a document holding a
duty table (merged cells, a cell of two paragraphs).

Run from the source root: python3 tests/import/make-docx.py.  The output is
byte-identical on every run (fixed timestamps, fixed order).  The .pdf and
.doc fixtures are LibreOffice's conversions of these (make-converted.sh)."""
import re
import sys
import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

CN = "〇一二三四五六七八九"


def cn_value(s):
    """一 .. 九十九 as a number."""
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + CN.index(s[1])
    if "十" in s:
        tens, _, ones = s.partition("十")
        return CN.index(tens) * 10 + (CN.index(ones) if ones else 0)
    return CN.index(s)


CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# Each level: (pattern whose group 1 is the number, numFmt, lvlText, suff, lvlRestart)
LEVELS = {
    "chinese3": [
        (r"([一二三四五六七八九十]+)、", "chineseCounting", "%1、", "nothing", None),
        (r"（([一二三四五六七八九十]+)）", "chineseCounting", "（%2）", "nothing", None),
        (r"([0-9]+)、", "decimal", "%3、", "nothing", None),
    ],
    "members": [
        (r"([一二三四五六七八九十]+)、", "chineseCountingThousand", "%1、", "nothing", None),
        (r"([0-9]+)\.", "decimal", "%2.", "nothing", None),
    ],
    "circled": [
        (r"([一二三四五六七八九十]+)、", "chineseCounting", "%1、", "nothing", None),
        (r"（([一二三四五六七八九十]+)）", "chineseCounting", "（%2）", "nothing", None),
        (r"([①-⑳])", "decimalEnclosedCircle", "%3", "nothing", None),
    ],
    # Items numbered （1） under bare holder names, restarting under each.
    "paren-items": [
        (r"（([0-9]+)）", "decimal", "（%1）", "nothing", None),
    ],
    "bracket-items": [
        (r"([0-9]+)、", "decimal", "%1、", "nothing", None),
    ],
    # Articles are numbered through the whole document: level 1 never restarts.
    "articles": [
        (r"第([一二三四五六七八九十]+)章 ", "chineseCounting", "第%1章", "space", None),
        (r"第([一二三四五六七八九十]+)条 ", "chineseCounting", "第%2条", "space", 0),
        (r"（([一二三四五六七八九十]+)）", "chineseCounting", "（%3）", "nothing", None),
    ],
}


def number_of(token):
    if token in CIRCLED:
        return CIRCLED.index(token) + 1
    return cn_value(token)


def run(text):
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def paragraph(text, num=None):
    """A paragraph; a newline in TEXT is a line break (w:br) in it."""
    ppr = ""
    if num is not None:
        ppr = f'<w:pPr><w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr></w:pPr>'
    runs = "<w:r><w:br/></w:r>".join(run(part) for part in text.split("\n"))
    return f"<w:p>{ppr}{runs}</w:p>"


def numbering_xml(levels, overrides):
    lv = []
    for i, (_, fmt, text, suff, restart) in enumerate(levels):
        extra = f'<w:lvlRestart w:val="{restart}"/>' if restart is not None else ""
        lv.append(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{extra}'
                  f'<w:suff w:val="{suff}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                  f'<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>')
    nums = ['<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>']
    for num_id, (ilvl, start) in overrides:
        nums.append(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="0"/>'
                    f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride></w:num>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{W}">'
            f'<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>{"".join(lv)}'
            f'</w:abstractNum>{"".join(nums)}</w:numbering>')


def numbered_paragraphs(lines, levels, wrapped=()):
    """The document's paragraphs with their numbers moved into numbering;
    where a number is not the next count, a new list restarting there.  A
    line in WRAPPED goes on after a line break (w:br) with the next line."""
    joined = []
    for line in lines:
        if joined and joined[-1].strip() in wrapped and "\n" not in joined[-1]:
            joined[-1] += "\n" + line.strip()
        else:
            joined.append(line)
    lines = joined
    counts = [0] * len(levels)
    used = [False] * len(levels)
    current = 1
    overrides = []
    out = []
    for line in lines:
        line = line.strip()
        for ilvl, (pattern, *_rest) in enumerate(levels):
            m = re.match(pattern, line)
            if not m:
                continue
            value = number_of(m.group(1))
            expected = counts[ilvl] + 1 if used[ilvl] else 1
            if value != expected:
                current = 2 + len(overrides)
                overrides.append((current, (ilvl, value)))
            counts[ilvl] = value
            used[ilvl] = True
            for lower in range(ilvl + 1, len(levels)):
                if levels[lower][4] != 0:
                    used[lower] = False
            text = line[m.end():].lstrip()
            out.append(paragraph(text, (current, ilvl)))
            break
        else:
            out.append(paragraph(line, None))
    return out, overrides


def table(rows, widths=(2200, 2200, 2200, 2200), repeat_header=False):
    """ROWS: lists of cells; a cell is a text, a list of paragraphs' texts,
    ('span', N, text) or ('merge', text) for a cell merged with the one above
    (text as it starts, 'continue' in the rows below)."""
    out = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
           '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
           '</w:tblPr><w:tblGrid>' + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + '</w:tblGrid>']
    for index, row in enumerate(rows):
        out.append("<w:tr><w:trPr><w:tblHeader/></w:trPr>" if repeat_header and index == 0 else "<w:tr>")
        for cell in row:
            pr, paras = "", []
            if isinstance(cell, tuple) and cell[0] == "span":
                pr, paras = f'<w:gridSpan w:val="{cell[1]}"/>', [cell[2]]
            elif isinstance(cell, tuple) and cell[0] == "merge":
                pr = '<w:vMerge w:val="restart"/>' if cell[1] else "<w:vMerge/>"
                paras = [cell[1]] if cell[1] else []
            elif isinstance(cell, list):
                paras = cell
            else:
                paras = [cell]
            body = "".join(paragraph(p) for p in paras) or "<w:p/>"
            out.append(f"<w:tc><w:tcPr>{pr}</w:tcPr>{body}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def write_docx(path, body, numbering=None, header=None, footer=None):
    sect = '<w:sectPr>'
    rels = []
    if header:
        rels.append('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        sect += f'<w:headerReference xmlns:r="{R}" w:type="default" r:id="rIdH"/>'
    if footer:
        rels.append('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        sect += f'<w:footerReference xmlns:r="{R}" w:type="default" r:id="rIdF"/>'
    sect += '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
    if numbering:
        rels.append('<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}" xmlns:r="{R}">'
                f'<w:body>{"".join(body)}{sect}</w:body></w:document>')
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
             + ('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' if numbering else '')
             + ('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' if header else '')
             + ('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' if footer else '')
             + '</Types>')
    package_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                    '</Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                + "".join(rels) + '</Relationships>')
    parts = [("[Content_Types].xml", types), ("_rels/.rels", package_rels),
             ("word/document.xml", document), ("word/_rels/document.xml.rels", doc_rels)]
    if numbering:
        parts.append(("word/numbering.xml", numbering))
    for name, content in (("header1.xml", header), ("footer1.xml", footer)):
        if content:
            tag = "hdr" if name.startswith("header") else "ftr"
            parts.append((f"word/{name}", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                          f'<w:{tag} xmlns:w="{W}">{content}</w:{tag}>'))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, content.encode("utf-8"))


def from_text(txt, docx, levels, wrapped=(), header=None, footer=None):
    lines = open(txt, encoding="utf-8").read().splitlines()
    body, overrides = numbered_paragraphs(lines, LEVELS[levels], wrapped)
    write_docx(docx, body, numbering_xml(LEVELS[levels], overrides), header, footer)


def centred(text):
    return f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{text}</w:p>'


def main():
    d = "tests/import/"
    from_text(d + "county-members.txt", d + "county-members.docx", "members")
    from_text(d + "circled-numbering.txt", d + "circled-numbering.docx", "circled",
              wrapped=("②组织开展非煤矿山安全检查，",))
    from_text(d + "article-numbering.txt", d + "article-numbering.docx", "articles")
    # The bundled document with a running head and a page number foot, for
    # the PDF that LibreOffice makes of it.
    from_text("model/sources/zhangshanzi-2020.txt", d + "zhangshanzi-2020.docx", "chinese3",
              header=centred(run("张山子镇安全生产监管职责")),
              footer=centred(run("— ") + '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>' + run(" —")))
    # A duty table (责任清单) between two paragraphs.
    body = [paragraph("东坪镇安全生产责任清单"), paragraph("各村、镇属各单位：现将安全生产责任清单印发如下。"),
            table([
                ["事项", "牵头单位", "配合单位", "依据"],
                [("span", 4, "一、道路交通安全")],
                ["农村道路交通安全整治", ("merge", "镇交通管理站"), "东坪派出所、各村", "《道路交通安全法》第五条"],
                ["校车安全管理", ("merge", None), ["镇教育办公室", "东坪派出所"], "《校车安全管理条例》第四条"],
                [("span", 4, "二、消防安全")],
                ["人员密集场所消防安全检查", "镇应急管理办公室", "", "《消防法》第三十条"],
            ]),
            paragraph("东坪镇人民政府"), paragraph("2024年2月1日")]
    write_docx(d + "duty-table.docx", body)
    # A 街道's table: 序号 and other header words, the lead cell merged down
    # over three rows, a cell naming two units, an empty one.
    body = [paragraph("南河街道安全生产责任清单"), paragraph("南河街道办事处"), paragraph("2024年8月"),
            table([
                ["序号", "责任事项", "主责单位", "协同单位", "法律依据"],
                ["1", "工贸企业安全检查", ("merge", "街道应急管理办公室"), "街道市场监管所", "《安全生产法》第九条"],
                ["2", "有限空间作业专项检查", ("merge", None), "街道综合执法队", ""],
                ["3", "九小场所消防安全检查", ("merge", None), "南河派出所、各社区居委会", "《消防法》"],
                ["4", "电梯等特种设备安全检查", "街道市场监管所", "", "《特种设备安全法》"],
            ])]
    write_docx(d + "nanhe-table.docx", body)
    # Layouts whose holders' headings carry no number: bare names over
    # （1） items, and 【】 names over 1、 items, each list restarting.
    from_text(d + "r-bare-name-lines.txt", d + "r-bare-name-lines.docx", "paren-items")
    from_text(d + "r-bracket-headings.txt", d + "r-bracket-headings.docx", "bracket-items")
    # Items as Word bullets: the bullet is no number, so they reach the
    # importer as unnumbered lines under their holder's heading.
    lines = open(d + "r-bullet-items.txt", encoding="utf-8").read().splitlines()
    bullets = (f'<?xml version="1.0" encoding="UTF-8"?>\n<w:numbering xmlns:w="{W}">'
               '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
               '<w:lvlText w:val="\u25cf"/></w:lvl></w:abstractNum>'
               '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    body = [paragraph(line[1:].strip(), (1, 0)) if line.startswith("●") else paragraph(line)
            for line in lines]
    write_docx(d + "r-bullet-items.docx", body, bullets)
    # A 单位 | 职责 table, each duty cell two paragraphs.
    body = [paragraph("白沙镇镇直单位安全生产监管职责一览表"), paragraph("白沙镇安全生产委员会"),
            paragraph("2024年8月"),
            table([
                ["序号", "单位", "安全生产监管职责"],
                ["1", "镇应急管理办公室", ["1.负责全镇安全生产综合监督管理；", "2.负责危险化学品经营单位的安全监督管理。"]],
                ["2", "镇规划建设办公室", ["1.负责燃气安全管理；", "2.负责农村住房安全管理。"]],
                ["3", "镇农机站", ["1.负责农业机械安全监督管理；", "2.负责联合收割机等农业机械的安全检验。"]],
            ])]
    write_docx(d + "r-unit-duty-table.docx", body)
    # A table too long for one page: its PDF goes on over two, the second
    # without the header.
    lines = open(d + "r-long-table.txt", encoding="utf-8").read().splitlines()
    cells = [line.split("\t") for line in lines if "\t" in line]
    prose = [line for line in lines if "\t" not in line]
    body = ([paragraph(line) for line in prose[:4]]
            + [table(cells, widths=(700, 2000, 1900, 1700, 2400))]
            + [paragraph(line) for line in prose[4:]])
    write_docx(d + "r-long-table.docx", body)
    # The same with its header row repeated on every page (重复标题行).
    body = ([paragraph(line) for line in prose[:4]]
            + [table(cells, widths=(700, 2000, 1900, 1700, 2400), repeat_header=True)]
            + [paragraph(line) for line in prose[4:]])
    write_docx(d + "r-long-table-repeated.docx", body)
    # Sections naming a class of holders over items NAME负责：…, numbered
    # automatically.
    from_text(d + "r-section-colon-heads.txt", d + "r-section-colon-heads.docx", "members")
    # A task table whose one 责任单位 column marks its lead （牵头）.
    lines = open(d + "r-marked-leads.txt", encoding="utf-8").read().splitlines()
    cells = [line.split("\t") for line in lines if "\t" in line]
    prose = [line for line in lines if "\t" not in line and line]
    body = ([paragraph(line) for line in prose] + [table(cells, widths=(700, 2600, 3400, 1800))])
    write_docx(d + "r-marked-leads.docx", body)
    # Numbering as Word keeps it beyond one list: two lists of one abstract
    # numbering go on from each other, a w:startOverride restarts one, a
    # paragraph style carries its numbering, levels in other formats.
    levels = [("chineseCounting", "%1、", None), ("ideographTraditional", "%2.", None),
              ("decimalEnclosedParen", "%3", None), ("decimal", "%1.%2.%4", None)]
    lv = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{f}"/>'
                 f'<w:suff w:val="nothing"/><w:lvlText w:val="{t}"/></w:lvl>'
                 for i, (f, t, _) in enumerate(levels))
    numbering = (f'<?xml version="1.0" encoding="UTF-8"?>\n<w:numbering xmlns:w="{W}">'
                 f'<w:abstractNum w:abstractNumId="7">{lv}</w:abstractNum>'
                 '<w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:start w:val="3"/>'
                 '<w:numFmt w:val="chineseCountingThousand"/><w:suff w:val="space"/>'
                 '<w:lvlText w:val="第%1条"/><w:pStyle w:val="Article"/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>'
                 '<w:num w:numId="2"><w:abstractNumId w:val="7"/></w:num>'
                 '<w:num w:numId="3"><w:abstractNumId w:val="7"/>'
                 '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
                 '<w:num w:numId="4"><w:abstractNumId w:val="8"/></w:num>'
                 '</w:numbering>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<w:styles xmlns:w="{W}">'
              '<w:style w:type="paragraph" w:styleId="Article"><w:pPr><w:numPr><w:numId w:val="4"/>'
              '</w:numPr></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="ArticleBody"><w:basedOn w:val="Article"/></w:style>'
              '</w:styles>')

    def styled(text, style):
        return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{run(text)}</w:p>'

    def tabbed(a, b):
        return f'<w:p>{run(a)}<w:r><w:tab/></w:r>{run(b)}</w:p>'

    body = [paragraph("甲", (1, 0)), paragraph("乙", (1, 1)), paragraph("丙", (1, 1)),
            paragraph("丁", (1, 2)), paragraph("戊", (1, 2)), paragraph("己", (1, 3)),
            paragraph("庚", (2, 0)), paragraph("辛", (2, 1)), paragraph("壬", (3, 0)),
            paragraph("癸", (3, 0)), paragraph("不编号", (0, 0)),
            styled("总则", "Article"), styled("附则", "ArticleBody"), tabbed("左", "右")]
    write_docx(d + "numbering-kinds.docx", body, numbering)
    with zipfile.ZipFile(d + "numbering-kinds.docx", "a", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo("word/styles.xml", date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, styles.encode("utf-8"))


if __name__ == "__main__":
    sys.exit(main())
