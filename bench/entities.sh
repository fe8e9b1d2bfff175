#!/usr/bin/env bash
# Entity benchmark: the share of Reuters' own people and places tags found among each tagged
# article's extracted entities, over the whole of ../shared/data/corpus/reuters21578.jsonl.
#   bench/entities.sh
# (The build runs the same measure on the first 2,000 tagged articles.) Figures go to BENCHMARKS.md.
# Extra Maven flags pass through: -Dentities.pos=false (rules alone, no OpenNLP tagger),
# -Dentities.misses=true (the most frequent missed tags and untagged entities, to read errors).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./mvnw -q -B test -pl app -Dtest=ReutersEntityMeasureTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dentities.all=true "$@" | grep -E '^(ENTITIES|MISS|EXTRA)'
