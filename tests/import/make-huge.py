#!/usr/bin/env python3
"""Writes a synthetic document of about N megabytes (argv[2]) to argv[1]:
the seed's department lists repeated in sections of 990 bodies, each body
with its own name, for measuring that import time grows linearly."""
import sys

path, megabytes = sys.argv[1], float(sys.argv[2])
head = "青安发〔2023〕5号\n\n青石县人民政府\n\n关于明确青石县安全生产监管职责的意见\n\n"
# Sections of at most 990 bodies, as a real document's lists stay under
# 一千 items: 一、第1组部门…, then 1、县第1-1局履行下列…职责：
section = "{cn}、第{s}组部门安全生产监管职责\n"
block = ("{n}、县第{s}-{n}局履行下列安全生产工作职责：\n"
         "（1）负责道路交通安全管理，查处交通违法行为；\n"
         "（2）协助上级部门监督检查辖区内石油天然气管道安全；\n"
         "（3）对危险化学品及其包装物、容器（不包括储存危险化学品的固定式大型储罐）生产企业产品质量进行监督；\n"
         "（4）参与生产安全事故的调查处理，配合有关部门做好防汛抗旱工作。\n")
DIGITS = "零一二三四五六七八九"

def cn(v):
    tens, ones = divmod(v, 10)
    return (("" if tens == 1 else DIGITS[tens]) + "十" if tens else "") + (DIGITS[ones] if ones else "")

target = int(megabytes * 1024 * 1024)
with open(path, "w", encoding="utf-8") as f:
    f.write(head)
    size, bodies, s, n = len(head.encode()), 0, 0, 990
    while size < target:
        if n == 990:
            s += 1
            if s > 99:
                sys.exit("make-huge: more than 99 sections of 990 bodies; ask for less")
            n = 0
            text = section.format(cn=cn(s), s=s)
            f.write(text)
            size += len(text.encode())
        n += 1
        bodies += 1
        text = block.format(s=s, n=n)
        f.write(text)
        size += len(text.encode())
print(f"{path}: {size} bytes, {bodies} bodies in {s} sections")
