#!/usr/bin/env python3
"""The sources format no diagnostic around util/diag.h.

Checked mechanically over src/:
- a "FILE:LINE:COL: error:" line is made only by util/diag.c; the
  importer's one-line messages (DG_IMPORT_ERROR) are the exception, and
  main.c escapes every such message whole, newlines included;
- a GError message of several lines (a format holding \\n) is a model's
  (DG_LOAD_ERROR), whose lines main.c escapes one by one, and it is made
  of messages, never of raw input;
- only main.c writes diagnostics to stderr, every string through
  dg_diag_for_terminal; besides, stderr gets the progress bar of
  cli/batch.c (counts only) and two reports made by the text reporters
  (dg_text_append escapes): import's review list and restructure's summary;
- dg_yaml_error, the loader's one recorder, hands its line to dg_diag_line.
"""
import os
import re
import sys

src = os.path.join(sys.argv[1], "src")
failures = []
CALL = re.compile(r"\bg_set_error\s*\((.*?)\);", re.S)
STDERR = re.compile(r"\b(fprintf|fputs)\s*\((.*?)\);|\bg_printerr\s*\((.*?)\);", re.S)


REPORTS = {os.path.join("cli", "cmd-import.c"): ("fputs (text, stderr);",),
           os.path.join("cli", "cmd-restructure.c"): ("fputs (summary, to_stdout ? stderr : stdout);",)}


def literal(text):
    return "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', text))


for dirpath, _, names in os.walk(src):
    for name in sorted(names):
        if not name.endswith(".c"):
            continue
        path = os.path.join(dirpath, name)
        rel = os.path.relpath(path, src)
        code = open(path, encoding="utf-8").read()
        for m in CALL.finditer(code):
            args = m.group(1)
            fmt = literal(args)
            domain = args.split(",")[1].strip() if "," in args else ""
            if ": error: " in fmt and domain != "DG_IMPORT_ERROR":
                failures.append(f"{rel}: a diagnostic line formatted around util/diag.h: {fmt!r}")
            if "\\n" in fmt and domain != "DG_LOAD_ERROR":
                failures.append(f"{rel}: a message of several lines outside DG_LOAD_ERROR: {fmt!r}")
        if rel != os.path.join("util", "diag.c"):
            for m in re.finditer(r'"[^"\n]*%s:%d:%d: error: [^"\n]*"', code):
                before = code[:m.start()]
                if not re.search(r"g_set_error\s*\([^;]*DG_IMPORT_ERROR[^;]*$", before[-400:]):
                    failures.append(f"{rel}: FILE:LINE:COL formatted outside util/diag.c: {m.group()}")
        for m in STDERR.finditer(code):
            call = m.group(0)
            if "stderr" not in call and not call.startswith("g_printerr"):
                continue
            if rel == os.path.join("cli", "batch.c") or call in REPORTS.get(rel, ()):
                continue
            if rel != "main.c":
                failures.append(f"{rel}: writes to stderr (only main.c prints): {call[:80]}")
                continue
            fmt = literal(call)
            if "%s" in fmt and not re.search(r",\s*shown\s*\)", call):
                failures.append(f"main.c: prints a string not through dg_diag_for_terminal: {call[:80]}")

walk = open(os.path.join(src, "model", "yaml-walk.c"), encoding="utf-8").read()
m = re.search(r"\ndg_yaml_error \(.*?\n}\n", walk, re.S)
if not m or "dg_diag_line (" not in m.group():
    failures.append("model/yaml-walk.c: dg_yaml_error does not make its line with dg_diag_line")
main = open(os.path.join(src, "main.c"), encoding="utf-8").read()
if main.count("dg_diag_for_terminal (") < 2:
    failures.append("main.c: error messages are not printed through dg_diag_for_terminal")

for f in failures:
    print(f)
sys.exit(1 if failures else 0)
