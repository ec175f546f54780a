#!/usr/bin/env python3
"""A synthetic responsibility matrix CSV of ROWS area rows, in the layout
`dutygraph matrix` writes (render/matrix.h), for timing
`import --from matrix` (tests/bench/run-matrix).

Ten body columns; every area row has one 负责 cell with a clause of its own
and one 配合 cell whose clause is shared by a hundred rows; the duty list
under the matrix gives every clause its text, then the body list.
Usage: gen-matrix.py ROWS > matrix.csv
"""
import csv
import sys

rows = int(sys.argv[1])
bodies = [(f"b{i}", f"单位{i}") for i in range(10)]
out = csv.writer(sys.stdout, lineterminator="\r\n")
out.writerow(["area id", "area", "findings"] + [f"{name} [{id}]" for id, name in bodies])
out.writerow(["", "", "kind"] + ["部门"] * len(bodies))
for r in range(rows):
    cells = [""] * len(bodies)
    cells[r % len(bodies)] = f"负责 {r}"
    cells[(r + 1) % len(bodies)] = f"配合 k{r % 100}"
    out.writerow([f"a.x{r}", f"领域{r}", ""] + cells)
out.writerow([])
out.writerow(["clause", "role", "bodies", "with", "areas", "every", "times", "text"])
for r in range(rows):
    out.writerow([str(r), "lead", bodies[r % len(bodies)][0], "", f"a.x{r}", "", "", f"负责第{r}项工作"])
for k in range(100):
    holders = sorted({bodies[(r + 1) % len(bodies)][0] for r in range(k, rows, 100)})
    areas = " ".join(f"a.x{r}" for r in range(k, rows, 100))
    out.writerow([f"k{k}", "cooperate", " ".join(holders), "", areas, "", "", f"配合第{k}类工作"])
out.writerow([])
out.writerow(["id", "name", "kind", "reports-to", "manages", "aliases", "clause", "note"])
for id, name in bodies:
    out.writerow([id, name, "department", "", "", "", "", ""])
