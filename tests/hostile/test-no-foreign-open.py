#!/usr/bin/env python3
"""No file named by model text is ever opened.

Graphviz reads images, shapefiles, stylesheets and fonts named in graph
attributes (image=, shapefile=, stylesheet=, fontpath=, <IMG SRC=...> in
HTML-like labels).  Model text must never reach those attributes, so a
model whose every name and text points at a marker file must make the tool
open nothing but its inputs and its own libraries' files.  Each command
runs under strace -f (the layout child included) and every path it opened,
stat()ed or accessed is searched for the marker.
Usage: test-no-foreign-open.py DUTYGRAPH SOURCE_ROOT
"""
import os
import shutil
import subprocess
import sys
import tempfile

MARKER = "dg-foreign-marker"

ATTACKS = [
    f"/tmp/{MARKER}-abs.png",
    f"../../{MARKER}-rel.svg",
    f'<IMG SRC="{MARKER}-img.png"/>',
    f'<TABLE><TR><TD><IMG SRC="/tmp/{MARKER}-table.png"/></TD></TR></TABLE>',
    f'" image="{MARKER}-attr.png" x="',
    f'"];\nn [image="{MARKER}-inject.png"]; x ["',
    f"file://{MARKER}-url",
    f"\\N{MARKER}-escape.ps",
]


def q(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def model_text():
    lines = ["dutygraph: 1",
             "document: {id: foreign, title: %s, issuers: [%s], year: 2021}" % (q(ATTACKS[0]), q(ATTACKS[1])),
             "bodies:",
             "  - {id: gov, name: %s, kind: government}" % q(ATTACKS[2])]
    for i, attack in enumerate(ATTACKS):
        lines.append("  - {id: b%d, name: %s, kind: office, reports-to: gov}" % (i, q(attack)))
    lines.append("areas:")
    lines.append("  - {id: top, name: %s}" % q(ATTACKS[3]))
    for i, attack in enumerate(ATTACKS):
        lines.append("  - {id: a%d, name: %s, parent: top, expected: true}" % (i, q(attack)))
    lines.append("  - {id: gap, name: %s, expected: true}" % q(ATTACKS[4]))
    lines.append("duties:")
    for i, attack in enumerate(ATTACKS):
        lines.append("  - {body: b%d, role: lead, areas: [a%d], clause: %s, text: %s}"
                     % (i, i, q(attack), q(attack)))
        lines.append("  - {body: b%d, role: assist, with: b%d, areas: [a%d], clause: \"x\", text: %s}"
                     % ((i + 1) % len(ATTACKS), i, i, q(attack)))
    return "\n".join(lines) + "\n"


def main():
    dutygraph = os.path.abspath(sys.argv[1])
    strace = shutil.which("strace")
    if strace is None:
        print("strace is not installed (scripts/deps installs it)")
        return 1
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        model = os.path.join(tmp, "model.yaml")
        with open(model, "w", encoding="utf-8") as f:
            f.write(model_text())
        runs = []
        for fmt in ("svg", "png", "pdf", "dot"):
            for view in ("ownership", "area:a2", "body:b3", "coordination"):
                runs.append(["render", model, "--view", view, "-o", os.path.join(tmp, "out." + fmt)])
        runs += [["check", model], ["check", "--format", "json", model], ["stats", model],
                 ["who", model, "a1"], ["what", model, "b2"],
                 ["calendar", model, "-o", os.path.join(tmp, "out.ics")]]
        # LeakSanitizer cannot run under ptrace; leaks are other tests' business.
        env = dict(os.environ)
        env["ASAN_OPTIONS"] = ":".join(filter(None, [env.get("ASAN_OPTIONS"), "detect_leaks=0"]))
        for args in runs:
            trace = os.path.join(tmp, "trace")
            proc = subprocess.run(
                [strace, "-f", "-qq", "-e", "trace=%file", "-o", trace, dutygraph] + args,
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
            if proc.returncode not in (0, 1):
                failures.append("%s: exit %d: %s" % (" ".join(args[:1] + args[2:]), proc.returncode,
                                                   proc.stderr.decode(errors="replace")[:300]))
                continue
            with open(trace, encoding="utf-8", errors="replace") as f:
                for line in f:
                    if MARKER in line:
                        failures.append("%s opened a path from the model: %s"
                                        % (" ".join(args[:1] + args[2:]), line.strip()))
    for failure in failures:
        print(failure)
    print("%d commands traced, %d failures" % (len(runs), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
