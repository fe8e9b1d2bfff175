#!/usr/bin/env bash
# Story clustering benchmarks. Run from the project root:
#   bench/stories.sh quality    B-cubed F1 on ../shared/data/stories-dev/ecbplus.jsonl, file order and a
#                               seeded shuffle, whole set and both halves (odd topics: where the defaults
#                               were chosen; even topics: held out), the mean over ten more shuffles,
#                               then score_stories.py on the predictions of the whole set
#   bench/stories.sh speed      articles/s assigned with 100,000 already in (Reuters repeated), entity
#                               finding timed apart
# Figures go to BENCHMARKS.md (Stories).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. .mvn/find-jdk.sh
shared="$root/../shared"
case "${1:-quality}" in
  quality)
    out=$(mktemp -d)/ecbplus-pred
    ./mvnw -q -B test -pl app -Dtest=EcbPlusStoriesTest -Dsurefire.failIfNoSpecifiedTests=false \
      -Dstories.halves=true -Dstories.seeds=10 -Dstories.out="$out" | grep -E '^STORIES'
    for order in file-order shuffled; do
      echo "score_stories.py, $order:"
      python3 "$shared/tools/score_stories.py" "$shared/data/stories-dev/ecbplus.jsonl" "$out.$order.jsonl"
    done
    ;;
  speed)
    ./mvnw -q -B -Pbench -DskipTests -pl bench -am package
    "$JAVA_HOME/bin/java" -Xmx1g -cp "$root/bench/target/classes:$root/bench/target/lib/*" \
      org.parallax.bench.ClusteringSpeed "$shared/data/corpus/reuters21578.jsonl" "${2:-100000}" "${3:-10000}"
    ;;
  *)
    echo "usage: bench/stories.sh quality|speed" >&2; exit 2
    ;;
esac
