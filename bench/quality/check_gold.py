#!/usr/bin/env python3
"""Check a labelled corpus before scoring: every evidence and label string is found in its article.

usage: check_gold.py DIR    (DIR holds corpus/, gold/nuggets.yaml, gold/labels.txt and maybe topics.yaml)

A string is looked for in what a reader sees of the article (for HTML: tags dropped, entities
unescaped), with runs of white space collapsed, the way the shared scorer compares them. A label of a
few words must name one place in its article: the scorer finds it in any quote that holds it (a menu
item "India" labelled X would be found in every quote naming India). Exit 1 on any string that is
missing, names no article, or is such a label.
"""
import html
import re
import sys
from pathlib import Path

import yaml


def ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def decode(raw: bytes) -> str:
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if raw.startswith(bom):
            return raw[len(bom):].decode(enc, errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def main(root: Path) -> int:
    texts = {}
    for path in sorted((root / "corpus").rglob("*")):
        if path.is_file():
            text = decode(path.read_bytes())
            if path.suffix.lower() in (".html", ".htm"):
                text = html.unescape(re.sub(r"<[^>]*>", " ", text))
            texts[path.stem] = ws(text)
    bad = []

    def find(key: str, sub: str, where: str) -> str | None:
        """The text of the article ``key`` names, when ``sub`` is found in it; else a problem noted."""
        stems = [s for s in texts if s.startswith(key)]
        if len(stems) != 1:
            bad.append(f"{where}: key {key!r} names {len(stems)} articles")
        elif ws(sub) not in texts[stems[0]]:
            bad.append(f"{where}: not in {stems[0]}: {sub!r}")
        else:
            return texts[stems[0]]
        return None

    nuggets = yaml.safe_load((root / "gold" / "nuggets.yaml").read_text(encoding="utf-8"))
    count = 0
    for topic, ns in nuggets.items():
        for nid, n in (ns or {}).items():
            count += 1
            for ev in n["evidence"]:
                key, sub = ev.split(":", 1)
                find(key, sub, f"{topic}/{nid}")
    codes = None
    labels = 0
    for line in (root / "gold" / "labels.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"#\s*codes:\s*(.+)", line)
        if m:
            codes = {k.strip() for k, _ in (kv.split("=", 1) for kv in m.group(1).split(","))}
            continue
        if not line.strip() or line.startswith("#"):
            continue
        key, tags, sub = line.split("|", 2)
        labels += 1
        text = find(key, sub, f"label {key}|{tags}")
        if text is not None and len(sub.split()) < 4 and text.count(ws(sub)) > 1:
            bad.append(f"label {key}|{tags}: {sub!r} is short and found more than once: quote more of its "
                       "sentence, or leave a menu item unlabelled")
        allowed = (codes or set("BADREK")) | set("-TX")
        if not tags or set(tags) - allowed:
            bad.append(f"label {key}|{tags}: unknown code")
    topics = {t for t in nuggets}
    if (root / "topics.yaml").is_file():
        ids = {t["id"] for t in yaml.safe_load((root / "topics.yaml").read_text(encoding="utf-8"))}
        if topics - ids:
            bad.append(f"nugget topics not in topics.yaml: {sorted(topics - ids)}")
    print(f"{root}: {len(texts)} articles, {count} nuggets, {labels} labels, {len(bad)} problems")
    for b in bad:
        print("  " + b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
