#!/usr/bin/env python3
"""Scores extraction output on the whole evaluation set and on its two fixed halves.

The halves are split by a stable hash of the file name (first byte of MD5, even = development,
odd = held-out), so tuning can look at one half and the other stays unseen.
usage: extraction_split.py OUT.jsonl EVALDATA.json SCORER.py
"""
import hashlib, json, os, subprocess, sys, tempfile, pathlib

out, evaldata, scorer = sys.argv[1:4]
items = json.load(open(evaldata, encoding="utf-8"))

def half(item):
    name = pathlib.Path(item["file"]).name
    return "development" if hashlib.md5(name.encode("utf-8")).digest()[0] % 2 == 0 else "held-out"

with tempfile.TemporaryDirectory() as tmp:
    for label in ("whole", "development", "held-out"):
        chosen = {k: v for k, v in items.items() if label == "whole" or half(v) == label}
        path = os.path.join(tmp, label + ".json")
        json.dump(chosen, open(path, "w", encoding="utf-8"))
        result = subprocess.run([sys.executable, scorer, out, path], capture_output=True, text=True)
        print(f"{label:12s} {result.stdout.strip()}")
