#!/usr/bin/env bash
# The article page for a signed-in registered reader, with the meter check, under load.
#   bench/reader.sh DATA_DIR [CONNECTIONS] [SECONDS]
# DATA_DIR gets 200 of the publication's own gated articles (imported once), a reader who signs
# in through the emailed link (read from the Maildir) and unlocks one article with the meter.
# wrk then asks for that article page with the reader's session cookie: every request loads the
# session, the account, the subscription and the unlock, and renders the full text.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
data=$(mkdir -p "$1" && cd "$1" && pwd); connections=${2:-8}; seconds=${3:-60}
port=18083; base="http://localhost:$port"
reuters="$root/../shared/data/corpus/reuters21578.jsonl"
. bench/reader-common.sh

if [ ! -f "$data/own-articles.jsonl" ]; then
  own_articles "$reuters" "$data/own-articles.jsonl"
  ./parallax import "$data/own-articles.jsonl" --data "$data" > /dev/null
fi

PARALLAX_JAVA_OPTS="${PARALLAX_JAVA_OPTS:--Xmx1g}" PARALLAX_BASE_URL="$base" PARALLAX_POLL_FEEDS=false \
  ./parallax serve --data "$data" --port "$port" > /tmp/parallax-bench-reader.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "$base/" && break; sleep 0.5; done

sign_in_and_unlock "$base" "$data/mail"
page=$(curl -s -b "parallax_session=$session" "$base/articles/$article")
# The gated part of the body is on the page only for a reader entitled to it.
echo "$page" | grep -q "$email" || { echo "the reader is not signed in: sign-in failed" >&2; exit 1; }
echo "$page" | grep -q 'class="paywalled"' || { echo "the reader cannot read $article: the unlock failed" >&2; exit 1; }
echo "signed in as $email, $article unlocked with the meter; page: $(printf %s "$page" | wc -c) bytes; banner: $(echo "$page" | grep -o '[0-9] of [0-9]</strong> free articles left' | head -n 1)"

wrk -t1 -c"$connections" -d15s -H "Cookie: parallax_session=$session" "$base/articles/$article" > /dev/null   # warm-up
wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Cookie: parallax_session=$session" "$base/articles/$article"
