#!/usr/bin/env bash
# Parallax benchmarks (not part of the test suite). Run from the project root:
#   bench/run.sh corpus COUNT OUT.jsonl    synthetic corpus of COUNT articles built from Reuters-21578
#   bench/run.sh import FILE DATA_DIR      ./parallax import with -Xmx1g: rate and peak heap (GC log)
#   bench/run.sh search DATA_DIR [N [F]]   in-process search latency through the SearchEngine port, -Xmx1g
#                                          (N queries, F entity counts per kind as the search page asks)
#   bench/run.sh http DATA_DIR [PATH]      search latency over HTTP with wrk against ./parallax serve -Xmx1g
#   bench/run.sh start DATA_DIR            seconds from ./parallax serve to the first answer of /, five runs
#   bench/run.sh engines N [URL [Q [F]]]   the same N synthetic articles in Lucene and in OpenSearch (URL, or a
#                                          node started here), then Q queries through the port on each
# The figures and the machine go into BENCHMARKS.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. .mvn/find-jdk.sh
reuters="$root/../shared/data/corpus/reuters21578.jsonl"

build() {
  ./mvnw -q -B -Pbench -DskipTests -pl bench -am package
}

classpath() {
  echo "$root/bench/target/classes:$root/bench/target/lib/*"
}

peak_heap_from_gc_log() {
  # "GC(12) Pause Young (Allocation Failure) 310M->120M(1024M)": the largest figure before a collection.
  grep -oE '[0-9]+M->[0-9]+M' "$1" | sed 's/M->.*//' | sort -n | tail -n 1
}

case "${1:-}" in
  corpus)
    build
    "$JAVA_HOME/bin/java" -cp "$(classpath)" org.parallax.bench.SyntheticCorpus "$reuters" "$2" "$3"
    ;;
  import)
    file=$2; data=$3
    log=$(mktemp)
    start=$(date +%s.%N)
    PARALLAX_JAVA_OPTS="-Xmx1g -Xlog:gc:file=$log" ./parallax import "$file" --data "$data"
    end=$(date +%s.%N)
    echo "wall time: $(echo "$end - $start" | bc) s (includes JVM start and index catch-up)"
    echo "peak heap before a collection: $(peak_heap_from_gc_log "$log") MiB (-Xmx1g)"
    ;;
  search)
    build
    "$JAVA_HOME/bin/java" -Xmx1g -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED -cp "$(classpath)" \
      org.parallax.bench.SearchLatency "$2" bench/queries.txt "${3:-20000}" "${4:-0}"
    ;;
  http)
    command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
    data=$2; port=18080
    PARALLAX_JAVA_OPTS="-Xmx1g" ./parallax serve --data "$data" --port "$port" > /tmp/parallax-bench-serve.log 2>&1 &
    server=$!
    trap 'kill $server 2>/dev/null || true' EXIT
    for _ in $(seq 1 120); do curl -sf -o /dev/null "localhost:$port/api/outlets" && break; sleep 0.5; done
    export QUERIES="$root/bench/queries.txt" SEARCH_PATH="${3:-/api/search?q=}"
    wrk -t1 -c4 -d15s -s bench/search.lua "http://localhost:$port" > /dev/null   # warm-up
    wrk -t1 -c4 -d60s --latency -s bench/search.lua "http://localhost:$port"
    ;;
  start)
    data=$2; port=18081
    ./parallax --version > /dev/null   # build first, so only the start is timed
    for run in 1 2 3 4 5; do
      began=$(date +%s.%N)
      ./parallax serve --data "$data" --port "$port" > /tmp/parallax-bench-start.log 2>&1 &
      server=$!
      code=000
      while [ "$code" = 000 ]; do
        sleep 0.05
        code=$(curl -s -o /dev/null -w '%{http_code}' "localhost:$port/" || true)
      done
      echo "run $run: HTTP $code after $(echo "$(date +%s.%N) - $began" | bc) s"
      kill $server; wait $server 2>/dev/null || true
    done
    ;;
  engines)
    count=$2; url=${3:-}; corpus="/tmp/parallax-engines-$count.jsonl"
    build
    [ -s "$corpus" ] || "$JAVA_HOME/bin/java" -cp "$(classpath)" org.parallax.bench.SyntheticCorpus "$reuters" "$count" "$corpus"
    work=$(mktemp -d /tmp/parallax-engines.XXXXXX)
    node=""
    trap '[ -n "$node" ] && kill $node 2>/dev/null; rm -rf "$work"' EXIT
    if [ -z "$url" ]; then
      # A single OpenSearch node in a JVM of its own (2 GB heap), on the same machine. Its Log4j must
      # be log4j-core, so Boot's log4j-to-slf4j bridge is left off its classpath.
      port=9250   # the runner takes ports up to 9299 only
      node_cp=$(ls "$root"/bench/target/lib/*.jar | grep -v log4j-to-slf4j | tr '\n' ':')
      "$JAVA_HOME/bin/java" -Xms2g -Xmx2g -cp "$node_cp" org.codelibs.opensearch.runner.OpenSearchRunner \
        -basePath "$work/node" -numOfNode 1 -baseHttpPort $((port - 1)) -clusterName parallax-bench \
        -moduleTypes org.opensearch.analysis.common.CommonAnalysisModulePlugin,org.opensearch.transport.Netty4ModulePlugin \
        > "$work/node.log" 2>&1 &
      node=$!
      url="http://127.0.0.1:$port"
      for _ in $(seq 1 120); do curl -sf -o /dev/null "$url" && break; sleep 1; done
      curl -sf -o /dev/null "$url" || { echo "the OpenSearch node did not start; see $work/node.log" >&2; tail -20 "$work/node.log" >&2; exit 1; }
    fi
    "$JAVA_HOME/bin/java" -Xmx1g -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED -cp "$(classpath)" \
      org.parallax.bench.EngineLatency "$corpus" "$work/lucene-index" "$url" bench/queries.txt "${4:-5000}" "${5:-0}"
    ;;
  *)
    sed -n '2,11p' "$0"
    exit 2
    ;;
esac
