#!/usr/bin/env python3
"""Turns ECB+ (../shared/data/stories-dev/ecbplus.jsonl) into Parallax's JSONL import format.

usage: ecbplus_import.py ECBPLUS.jsonl OUT.jsonl

Each document keeps its doc_id as its import id. ECB+ has no publication dates, so every article
gets the same one: time then plays no part in the grouping. The first line of the text is the
title; the outlet is the host of the source address when the corpus names one.
"""
import json
import sys
from urllib.parse import urlparse

source, target = sys.argv[1], sys.argv[2]
with open(source, encoding="utf-8") as lines, open(target, "w", encoding="utf-8") as out:
    for line in lines:
        if not line.strip():
            continue
        doc = json.loads(line)
        parts = doc["text"].split("\n")
        title = parts[0].strip() or doc["doc_id"]
        body = "\n\n".join(p.strip() for p in parts[1:] if p.strip()) or title
        host = urlparse(doc.get("source_url_tokens") or "").hostname
        out.write(json.dumps({
            "id": doc["doc_id"],
            "url": "https://ecbplus.example/" + doc["doc_id"],
            "outlet": host or "ECB+ archive",
            "title": title[:300],
            "published": "2026-01-05T12:00:00Z",
            "language": "en",
            "text": body,
        }) + "\n")
