#!/usr/bin/env python3
"""Lists the pages of one half of the extraction set that lose the most points, for error analysis.

For each page: the `with` snippets missing from the extracted text (recall losses) and the `without`
snippets present in it (precision losses), each with the element path around it in the page
(tag.class#id from the body down), so failures can be grouped into general causes.
usage: extraction_losses.py OUT.jsonl DATA_DIR [development|held-out|whole] [TOP_N] [--miss|--extra]
"""
import hashlib, html.parser, json, pathlib, re, sys

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def half(name):
    return "development" if hashlib.md5(name.encode("utf-8")).digest()[0] % 2 == 0 else "held-out"


class Flattener(html.parser.HTMLParser):
    """Concatenates the page's text (whitespace collapsed) and remembers the element path of each piece."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.pieces, self.text, self.skip = [], [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        a = dict(attrs)
        label = tag
        if a.get("class"):
            label += "." + ".".join(a["class"].split())[:60]
        if a.get("id"):
            label += "#" + a["id"][:30]
        self.stack.append((tag, label))
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for t, _ in self.stack[i:]:
                    if t in ("script", "style"):
                        self.skip -= 1
                del self.stack[i:]
                return

    def handle_data(self, data):
        if self.skip > 0:
            return
        piece = norm(data)
        if piece:
            start = sum(len(t) + 1 for t in self.text)
            self.text.append(piece)
            self.pieces.append((start, [label for _, label in self.stack]))

    def locate(self, snippet):
        whole = " ".join(self.text)
        at = whole.find(norm(snippet))
        if at < 0:
            return None
        path = None
        for start, labels in self.pieces:
            if start > at:
                break
            path = labels
        body = [i for i, l in enumerate(path or []) if l.startswith("body")]
        return " > ".join((path or [])[body[0] + 1 if body else 0:])


def read_page(path):
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def read_outputs(out, data):
    """The extracted texts by file name (normalized), and the evaluation items."""
    texts = {}
    for line in open(out, encoding="utf-8"):
        if line.strip():
            rec = json.loads(line)
            texts[pathlib.Path(rec["file"]).name] = norm(rec.get("text") or "")
    return texts, json.load(open(data / "evaldata.json", encoding="utf-8"))


def main():
    out, data = sys.argv[1], pathlib.Path(sys.argv[2])
    which = sys.argv[3] if len(sys.argv) > 3 else "development"
    top = int(sys.argv[4]) if len(sys.argv) > 4 else 30
    only = sys.argv[5] if len(sys.argv) > 5 else ""
    texts, items = read_outputs(out, data)
    losses = []
    for url, item in items.items():
        name = pathlib.Path(item["file"]).name
        if which != "whole" and half(name) != which:
            continue
        text = texts.get(name, "")
        missing = [s for s in item.get("with", []) if norm(s) not in text] if only != "--extra" else []
        extra = [s for s in item.get("without", []) if norm(s) in text] if only != "--miss" else []
        if missing or extra:
            losses.append((len(missing) + len(extra), item["file"], url, missing, extra, len(text)))
    losses.sort(key=lambda l: -l[0])
    print(f"{len(losses)} pages lose points; top {top}:")
    for lost, file, url, missing, extra, length in losses[:top]:
        flat = Flattener()
        try:
            name = pathlib.Path(file).name
            page = next((d / name for d in (data, data / "cache", data / "eval") if (d / name).exists()), data / file)
            flat.feed(read_page(page))
        except Exception as e:  # a broken page should not stop the listing
            print("  (parse failed:", e, ")")
        print(f"\n== {file} ({url}) lost {lost}, extracted {length} chars")
        for kind, snippets in (("MISSING", missing), ("EXTRA", extra)):
            for s in snippets:
                print(f"  {kind}: {s[:90]!r}\n      at {flat.locate(s)}")


if __name__ == "__main__":
    main()
