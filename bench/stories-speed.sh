#!/usr/bin/env bash
# Story desk speed with a large library already filed: builds a synthetic corpus from Reuters
# (bench/run.sh corpus), imports and files the first BASE articles, then imports NEXT more and
# times how long the desk takes to file them (entities, quotes, grouping and the database writes),
# as `./parallax stories` reports it ("Stories up to date (X s)"), without the JVM start.
#   bench/stories-speed.sh [BASE] [NEXT] [WORK_DIR]      defaults: 100000 10000 /tmp/bench/stories
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
base=${1:-100000}
next=${2:-10000}
work=${3:-/tmp/bench/stories}
mkdir -p "$work"
corpus="$work/synthetic-$((base + next)).jsonl"
[ -s "$corpus" ] || bench/run.sh corpus $((base + next)) "$corpus"
head -n "$base" "$corpus" > "$work/base.jsonl"
tail -n "$next" "$corpus" > "$work/next.jsonl"
rm -rf "$work/data"
./parallax import "$work/base.jsonl" --data "$work/data" > /dev/null
echo "filing the first $base articles:"
./parallax stories --limit 1 --data "$work/data" 2>&1 >/dev/null | grep "up to date"
# keep the library as it stands after the first part, so the second can be run again alone:
#   rm -rf WORK/data && cp -r WORK/data-base WORK/data, then the last three commands below
rm -rf "$work/data-base" && cp -r "$work/data" "$work/data-base"
./parallax import "$work/next.jsonl" --data "$work/data" > /dev/null
echo "filing the next $next articles with $base already filed:"
line=$(./parallax stories --limit 1 --data "$work/data" 2>&1 >/dev/null | grep "up to date")
echo "$line"
seconds=$(echo "$line" | sed -E 's/.*\(([0-9.]+) s\).*/\1/')
echo "rate: $(echo "$next / $seconds" | bc) articles/s"
