#!/usr/bin/env python3
"""Lists the pages where the extractor loses the whole article: no `with` snippet in the output.

For each page: its half, what was extracted (the start of it), and where the first `with` snippet sits
in the page (the element path from the body down, with classes and ids), so the cause can be found.
usage: extraction_zero.py OUT.jsonl DATA_DIR [development|held-out|whole]
"""
import json, pathlib, sys

from extraction_losses import Flattener, half, norm, read_outputs, read_page


def main():
    out, data = sys.argv[1], pathlib.Path(sys.argv[2])
    which = sys.argv[3] if len(sys.argv) > 3 else "whole"
    texts, items = read_outputs(out, data)
    zero = []
    for url, item in items.items():
        name = pathlib.Path(item["file"]).name
        if which != "whole" and half(name) != which:
            continue
        text = texts.get(name, "")
        wanted = item.get("with", [])
        if wanted and not any(norm(s) in text for s in wanted):
            zero.append((item["file"], name, text, wanted))
    print(f"{len(zero)} pages with no `with` snippet extracted ({which})")
    for file, name, text, wanted in zero:
        flat = Flattener()
        page = next((d / name for d in (data, data / "cache", data / "eval") if (d / name).exists()), data / file)
        try:
            flat.feed(read_page(page))
        except Exception as e:  # a broken page should not stop the listing
            print("  (parse failed:", e, ")")
        print(f"\n== {file} [{half(name)}] extracted {len(text)} chars: {text[:120]!r}")
        print(f"  first `with`: {wanted[0][:80]!r}\n      at {flat.locate(wanted[0])}")


if __name__ == "__main__":
    main()
