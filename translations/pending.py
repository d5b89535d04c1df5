#!/usr/bin/python3
"""What is left to translate in Lifeboat's .ts files, as one table, and back.

    translations/pending.py export [--format tsv|json] [--all] [--langs de,es,fr] > todo.tsv
    translations/pending.py apply todo.tsv        # or todo.json
    translations/pending.py check [--lupdate PATH] # the ctest check: exit 1 when anything is left

export  lists every unfinished message of lifeboat_de/es/fr.ts (with --all: every message), one
        row per language and message: lang, context, source, comment (the disambiguation),
        extracomment (//: notes for translators), numerus (yes when the text has %n),
        similar_source and similar_translation (the finished message of the same language whose
        source is nearest, to keep terms consistent), translation (empty: fill it in).
        Numerus forms are separated by " || " (German, Spanish, French: singular || plural).
        TSV escapes backslash, tab and newline as \\\\, \\t and \\n.
apply   writes every row with a translation back into its .ts file and marks it finished. It
        refuses rows whose %1, %2 ... differ from the source's, or that name no message. In French
        it turns the space before : ; ? ! and inside « » into a no-break space.
check   runs lupdate over the sources into a temporary copy of the .ts files (so strings new in
        the code count as unfinished too) and reports unfinished and missing messages, messages
        the committed file marks vanished although the code uses them, and placeholder
        mismatches.

Only the Python standard library; run it with /usr/bin/python3. See translations/README.md.
"""

import argparse
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGS = ["de", "es", "fr"]
SOURCE_FOLDERS = ["app", "ui", "model", "device", "common"]
COLUMNS = ["lang", "context", "source", "comment", "extracomment", "numerus",
           "similar_source", "similar_translation", "translation"]
FORM_SEPARATOR = " || "
PLACEHOLDER = re.compile(r"%L?(\d+)")
GONE = ("vanished", "obsolete")


def ts_path(lang, folder=HERE):
    return os.path.join(folder, "lifeboat_%s.ts" % lang)


def qt_tool(name, given=None):
    for candidate in [given, "/usr/lib/qt6/bin/" + name, shutil.which(name + "6"), shutil.which(name)]:
        if candidate and os.path.exists(candidate):
            return candidate
    sys.exit("pending.py: cannot find %s (Debian: qt6-l10n-tools); pass --%s PATH" % (name, name))


class Message:
    """One <message> of a .ts file, with the element so that apply can change it."""

    def __init__(self, context, element):
        self.context = context
        self.element = element
        self.source = element.findtext("source", "")
        self.comment = element.findtext("comment", "")
        self.extracomment = element.findtext("extracomment", "")
        self.numerus = element.get("numerus") == "yes"
        self.translation_element = element.find("translation")
        self.status = self.translation_element.get("type", "") if self.translation_element is not None else "unfinished"

    @property
    def key(self):
        return (self.context, self.source, self.comment)

    def forms(self):
        t = self.translation_element
        if t is None:
            return []
        if self.numerus:
            return [f.text or "" for f in t.findall("numerusform")]
        return [t.text or ""]

    def text(self):
        return FORM_SEPARATOR.join(self.forms())

    def finished(self):
        return self.status == "" and any(self.forms()) and all(self.forms())

    def gone(self):
        return self.status in GONE


def read_ts(path):
    tree = ET.parse(path)
    messages = []
    for context in tree.getroot().findall("context"):
        name = context.findtext("name", "")
        for element in context.findall("message"):
            messages.append(Message(name, element))
    return tree, messages


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)), key=int)


def placeholder_problem(source, forms):
    expected = placeholders(source)
    for form in forms:
        found = placeholders(form)
        if found != expected:
            return "placeholders %s in the source, %s in the translation" % (
                ",".join("%" + p for p in expected) or "none", ",".join("%" + p for p in found) or "none")
    return None


def similar(message, finished):
    best, best_ratio = None, 0.5
    matcher = difflib.SequenceMatcher(None, "", message.source, autojunk=False)
    for other in finished:
        if other.source == message.source and other.context == message.context:
            continue
        matcher.set_seq1(other.source)
        if matcher.real_quick_ratio() <= best_ratio or matcher.quick_ratio() <= best_ratio:
            continue
        ratio = matcher.ratio()
        if ratio > best_ratio:
            best, best_ratio = other, ratio
    return best


# ---- export ------------------------------------------------------------------------------------

def escape(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unescape(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            out.append({"\\": "\\", "t": "\t", "n": "\n"}.get(text[i + 1], "\\" + text[i + 1]))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def export(args):
    rows = []
    for lang in args.langs:
        _, messages = read_ts(ts_path(lang))
        finished = [m for m in messages if m.finished() or (m.gone() and any(m.forms()))]
        for m in messages:
            if m.gone() or (m.finished() and not args.all):
                continue
            near = similar(m, finished)
            rows.append({
                "lang": lang, "context": m.context, "source": m.source, "comment": m.comment,
                "extracomment": m.extracomment, "numerus": "yes" if m.numerus else "",
                "similar_source": near.source if near else "",
                "similar_translation": near.text() if near else "",
                "translation": m.text() if m.finished() or any(m.forms()) else "",
            })
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write("\t".join(COLUMNS) + "\n")
        for row in rows:
            sys.stdout.write("\t".join(escape(row[c]) for c in COLUMNS) + "\n")
    print("pending.py: %d row(s)" % len(rows), file=sys.stderr)


# ---- apply -------------------------------------------------------------------------------------

def read_table(path):
    with open(path, encoding="utf-8") as f:
        data = f.read()
    if path.endswith(".json") or data.lstrip().startswith("["):
        return json.loads(data)
    lines = data.splitlines()
    header = lines[0].split("\t")
    missing = [c for c in ("lang", "context", "source", "comment", "translation") if c not in header]
    if missing:
        sys.exit("pending.py: %s has no column %s" % (path, ", ".join(missing)))
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != len(header):
            sys.exit("pending.py: %s line %d has %d cells, the header %d" % (path, number, len(cells), len(header)))
        rows.append({c: unescape(v) for c, v in zip(header, cells)})
    return rows


def set_translation(message, text):
    t = message.translation_element
    if t is None:
        t = ET.SubElement(message.element, "translation")
        message.translation_element = t
    for child in list(t):
        t.remove(child)
    if message.numerus:
        t.text = None
        for form in text.split(FORM_SEPARATOR):
            ET.SubElement(t, "numerusform").text = form
    else:
        t.text = text
    if "type" in t.attrib:
        del t.attrib["type"]


def french_spacing(text):
    """French puts a no-break space before : ; ? ! and inside « »; translators may type a plain one."""
    for mark in ":;?!":
        text = text.replace(" " + mark, "\u00a0" + mark)
    return text.replace("« ", "«\u00a0").replace(" »", "\u00a0»")


def write_ts(tree, path, lconvert):
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")
    # lconvert writes the file exactly as lupdate would, so the next update shows no noise.
    subprocess.run([lconvert, "-locations", "none", "-i", path, "-o", path], check=True)


def apply(args):
    rows = [r for r in read_table(args.table) if r.get("translation", "").strip()]
    lconvert = qt_tool("lconvert", args.lconvert)
    errors, changed = [], 0
    for lang in sorted({r["lang"] for r in rows}):
        if lang not in LANGS:
            errors.append("unknown language %r" % lang)
            continue
        path = ts_path(lang)
        tree, messages = read_ts(path)
        by_key = {m.key: m for m in messages}
        for row in (r for r in rows if r["lang"] == lang):
            key = (row["context"], row["source"], row.get("comment", ""))
            m = by_key.get(key)
            where = "%s %s: %r" % (lang, row["context"], row["source"][:60])
            if m is None:
                errors.append(where + ": no such message (run update_translations first?)")
                continue
            text = row["translation"]
            if lang == "fr":
                text = french_spacing(text)
            forms = text.split(FORM_SEPARATOR) if m.numerus else [text]
            problem = placeholder_problem(m.source, forms)
            if problem:
                errors.append(where + ": " + problem)
                continue
            if m.text() != text or not m.finished():
                set_translation(m, text)
                changed += 1
        write_ts(tree, path, lconvert)
    for e in errors:
        print("pending.py: " + e, file=sys.stderr)
    print("pending.py: %d translation(s) applied, %d refused" % (changed, len(errors)), file=sys.stderr)
    return 1 if errors else 0


# ---- check -------------------------------------------------------------------------------------

def check(args):
    lupdate = qt_tool("lupdate", args.lupdate)
    problems = []
    with tempfile.TemporaryDirectory(prefix="lifeboat-ts-") as scratch:
        for lang in args.langs:
            committed = ts_path(lang)
            if not os.path.exists(committed):
                problems.append("%s: %s is missing" % (lang, committed))
                continue
            copy = ts_path(lang, scratch)
            shutil.copyfile(committed, copy)
            result = subprocess.run(
                [lupdate, "-silent", "-locations", "none", "-I", args.root, "-recursive"]
                + [os.path.join(args.root, f) for f in SOURCE_FOLDERS] + ["-ts", copy],
                capture_output=True, text=True)
            if result.returncode != 0:
                problems.append("%s: lupdate failed: %s" % (lang, result.stderr.strip()))
                continue
            _, before = read_ts(committed)
            _, after = read_ts(copy)
            before_by_key = {m.key: m for m in before}
            for m in after:
                if m.gone():
                    continue
                where = "%s [%s] %r" % (lang, m.context, m.source[:70])
                old = before_by_key.get(m.key)
                if old is None:
                    problems.append(where + ": missing from the .ts file (new in the code)")
                elif old.gone():
                    problems.append(where + ": marked %s in the .ts file but used in the code" % old.status)
                elif not m.finished():
                    problems.append(where + ": unfinished")
                else:
                    problem = placeholder_problem(m.source, m.forms())
                    if problem:
                        problems.append(where + ": " + problem)
    for p in problems:
        print(p)
    if problems:
        print("\n%d problem(s). Run `cmake --build build --target update_translations`, then "
              "translations/pending.py export/apply (translations/README.md)." % len(problems))
        return 1
    print("translations complete: %s" % ", ".join(args.langs))
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    e = sub.add_parser("export", help="list unfinished messages as TSV or JSON on stdout")
    e.add_argument("--format", choices=["tsv", "json"], default="tsv")
    e.add_argument("--all", action="store_true", help="finished messages too")
    a = sub.add_parser("apply", help="write a filled-in table back into the .ts files")
    a.add_argument("table")
    a.add_argument("--lconvert")
    c = sub.add_parser("check", help="fail when any translation is unfinished or wrong")
    c.add_argument("--lupdate")
    c.add_argument("--root", default=ROOT, help="the source tree (default: this checkout)")
    for p in (e, c):
        p.add_argument("--langs", type=lambda s: s.split(","), default=LANGS)
    args = parser.parse_args()
    if args.command == "export":
        return export(args) or 0
    if args.command == "apply":
        return apply(args)
    return check(args)


if __name__ == "__main__":
    sys.exit(main())
