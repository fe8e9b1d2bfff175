#!/usr/bin/env bash
# The article page for a signed-in registered reader, with the meter check, on two app nodes that
# share one PostgreSQL database (bench/reader.sh is the same scenario on one node and SQLite).
#   bench/reader-nodes.sh POSTGRES_URL DATA_DIR [CONNECTIONS] [SECONDS]
# POSTGRES_URL is a database of its own (e.g. jdbc:postgresql://127.0.0.1:5432/bench?user=postgres);
# it gets 200 of the publication's own gated articles, imported once. Each node has its own data
# folder under DATA_DIR (its own search index and Maildir) and its own port. A reader signs in on
# node 1 through the emailed link and unlocks one article with the meter; then two wrk processes,
# half the connections each, ask both nodes at once for that page with the same session cookie.
# Printed: requests/s per node and summed, p50 and p99 per node.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
[ $# -ge 2 ] || { echo "usage: bench/reader-nodes.sh POSTGRES_URL DATA_DIR [CONNECTIONS] [SECONDS]" >&2; exit 2; }
database=$1
data=$(mkdir -p "$2" && cd "$2" && pwd); connections=${3:-8}; seconds=${4:-60}
half=$(( connections / 2 > 0 ? connections / 2 : 1 ))
ports=(18083 18084)
reuters="$root/../shared/data/corpus/reuters21578.jsonl"
. bench/reader-common.sh
export PARALLAX_DATABASE_URL="$database"

# The marker names the database it was imported into: a new database is filled again.
if [ "$(cat "$data/imported" 2>/dev/null)" != "$database" ]; then
  own_articles "$reuters" "$data/own-articles.jsonl"
  ./parallax import "$data/own-articles.jsonl" --data "$data/node-1" > /dev/null
  echo "$database" > "$data/imported"
fi

servers=()
trap 'for s in "${servers[@]}"; do kill "$s" 2>/dev/null || true; done' EXIT
for node in 1 2; do
  port=${ports[$((node - 1))]}
  PARALLAX_JAVA_OPTS="${PARALLAX_JAVA_OPTS:--Xmx1g}" PARALLAX_BASE_URL="http://localhost:$port" PARALLAX_POLL_FEEDS=false \
    ./parallax serve --data "$data/node-$node" --port "$port" > "/tmp/parallax-bench-node-$node.log" 2>&1 &
  servers+=($!)
done
for port in "${ports[@]}"; do
  for _ in $(seq 1 120); do curl -sf -o /dev/null "http://localhost:$port/" && break; sleep 0.5; done
  curl -sf -o /dev/null "http://localhost:$port/" || { echo "the node on port $port did not start; see /tmp/parallax-bench-node-*.log" >&2; exit 1; }
done

first="http://localhost:${ports[0]}"; second="http://localhost:${ports[1]}"
sign_in_and_unlock "$first" "$data/node-1/mail"
# Signed in and unlocked on node 1; the page must read the same on node 2 (the session is in PostgreSQL).
for base in "$first" "$second"; do
  page=$(curl -s -b "parallax_session=$session" "$base/articles/$article")
  echo "$page" | grep -q "$email" || { echo "the reader is not signed in on $base" >&2; exit 1; }
  echo "$page" | grep -q 'class="paywalled"' || { echo "the reader cannot read $article on $base" >&2; exit 1; }
done
echo "signed in as $email on node 1, $article unlocked with the meter; both nodes show it; $connections connections, ${seconds}s"

warming=()
for base in "$first" "$second"; do
  wrk -t1 -c"$half" -d10s -H "Cookie: parallax_session=$session" "$base/articles/$article" > /dev/null &
  warming+=($!)
done
wait "${warming[@]}"

out=$(mktemp -d)
wrk -t1 -c"$half" -d"${seconds}s" --latency -H "Cookie: parallax_session=$session" "$first/articles/$article" > "$out/node-1" &
one=$!
wrk -t1 -c"$half" -d"${seconds}s" --latency -H "Cookie: parallax_session=$session" "$second/articles/$article" > "$out/node-2" &
two=$!
wait "$one" "$two"

total=0
for node in 1 2; do
  rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out/node-$node")
  p50=$(awk '$1 == "50%" { print $2 }' "$out/node-$node")
  p99=$(awk '$1 == "99%" { print $2 }' "$out/node-$node")
  errors=$(grep -E "Non-2xx|Socket errors" "$out/node-$node" || true)
  echo "node $node: $rps requests/s, p50 $p50, p99 $p99${errors:+ ($errors)}"
  total=$(python3 -c "print(round($total + $rps, 2))")
done
echo "both nodes: $total requests/s"
