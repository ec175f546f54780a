#!/usr/bin/env python3
"""Writes a synthetic document of about N megabytes (argv[2]) to argv[1]:
the seed's structure with its department section repeated, each copy with
its own body names, for measuring that import time grows linearly."""
import sys

path, megabytes = sys.argv[1], float(sys.argv[2])
head = "青安发〔2023〕5号\n\n青石县人民政府\n\n关于明确青石县安全生产监管职责的意见\n\n一、各部门安全生产监管职责\n"
block = ("{n}、县第{n}局履行下列安全生产工作职责：\n"
         "（1）负责道路交通安全管理，查处交通违法行为；\n"
         "（2）协助上级部门监督检查辖区内石油天然气管道安全；\n"
         "（3）对危险化学品及其包装物、容器（不包括储存危险化学品的固定式大型储罐）生产企业产品质量进行监督；\n"
         "（4）参与生产安全事故的调查处理，配合有关部门做好防汛抗旱工作。\n")
target = int(megabytes * 1024 * 1024)
with open(path, "w", encoding="utf-8") as f:
    f.write(head)
    size, n = len(head.encode()), 0
    while size < target:
        n += 1
        text = block.format(n=n)
        f.write(text)
        size += len(text.encode())
print(f"{path}: {size} bytes, {n} bodies")
