#!/usr/bin/env python3
"""A model whose diagram cannot be laid out within the limits still gets
its report: findings and matrix, and a note where the diagram would be.
Usage: test-report-no-diagram.py DUTYGRAPH SOURCE_ROOT
"""
import os
import subprocess
import sys
import tempfile
from html.parser import HTMLParser


class Sections(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids = set()
        self.svg = 0

    def handle_starttag(self, tag, attrs):
        if tag == "svg":
            self.svg += 1
        for name, value in attrs:
            if name == "id":
                self.ids.add(value)


def main():
    dutygraph, root = os.path.abspath(sys.argv[1]), sys.argv[2]
    model = os.path.join(root, "tests", "cli", "data", "town-a", "model.yaml")
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "report.html")
        env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="en")
        proc = subprocess.run([dutygraph, "report", model, "--layout-timeout", "0.001", "-o", out],
                              capture_output=True, env=env)
        if proc.returncode != 0:
            failures.append("exit %d: %s" % (proc.returncode, proc.stderr.decode(errors="replace")))
        else:
            html = open(out, encoding="utf-8").read()
            parser = Sections()
            parser.feed(html)
            if "The diagram is left out: graphviz layout of this view took longer than 0.001 s" not in html:
                failures.append("no note saying why the diagram is missing")
            if parser.svg:
                failures.append("an <svg> element although the layout was stopped")
            if "dg-diagram-box" in parser.ids:
                failures.append("an empty diagram box")
            # The rest of the report is whole: the school-bus conflict of town-a
            # (教委 and 交警中队 both lead 校车) and the matrix.
            if "校车" not in html or "dg-diagram-section" not in parser.ids:
                failures.append("findings or the diagram section are missing")
            if not any(i.startswith("dg-matrix") for i in parser.ids):
                failures.append("the matrix is missing")
            if proc.stderr:
                failures.append("stderr: " + proc.stderr.decode(errors="replace"))
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
