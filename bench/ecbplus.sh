#!/usr/bin/env bash
# Story clustering on ECB+, end to end: import the corpus with each doc_id as the article id into
# a fresh library, let the story desk file it, export every article's story with
# `./parallax stories --jsonl`, and score the export with ../shared/tools/score_stories.py.
#   bench/ecbplus.sh [DATA_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
corpus=../shared/data/stories-dev/ecbplus.jsonl
data=${1:-$(mktemp -d /tmp/parallax-ecbplus.XXXXXX)}
rm -rf "$data"
mkdir -p "$data"
python3 bench/ecbplus_import.py "$corpus" "$data/ecbplus-import.jsonl"
./parallax import --data "$data" "$data/ecbplus-import.jsonl" >/dev/null
start=$(date +%s.%N)
./parallax stories --jsonl --data "$data" > "$data/stories.jsonl"
end=$(date +%s.%N)
echo "filed and exported $(wc -l < "$data/stories.jsonl") articles in $(echo "$end - $start" | bc) s (JVM start included)"
python3 ../shared/tools/score_stories.py "$corpus" "$data/stories.jsonl"
