#!/usr/bin/env bash
# Main-text extraction benchmark (not part of the test suite). Run from the project root:
#   bench/extraction.sh
# Extracts every page of the extraction-dev set with ./parallax extract --jsonl, scores the text with
# the shared scorer on the whole set and on its two fixed halves (development, held-out; split by a
# hash of the file name, see extraction_split.py), and prints the rate on all cores and on one core.
# EXTRACTION_DEV overrides where the set is (default ../shared/data/extraction-dev).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
data=${EXTRACTION_DEV:-$root/../shared/data/extraction-dev}
scorer=${EXTRACTION_SCORER:-$data/../../tools/score_extraction.py}
out=$(mktemp --suffix=.jsonl)
log=$(mktemp)
trap 'rm -f "$out" "$log"' EXIT

./parallax --help >/dev/null # builds once, so the timed runs below do not include the build

echo "== all cores ($(nproc)): ./parallax extract --jsonl $data"
./parallax extract --jsonl "$data" >"$out" 2>"$log" || true
grep -E 'pages/s' "$log"
python3 "$root/bench/extraction_split.py" "$out" "$data/evaldata.json" "$scorer"

echo "== one core (-XX:ActiveProcessorCount=1)"
PARALLAX_JAVA_OPTS="-XX:ActiveProcessorCount=1" ./parallax extract --jsonl "$data" >/dev/null 2>"$log" || true
grep -E 'pages/s' "$log"
