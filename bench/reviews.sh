#!/usr/bin/env bash
# The Daily Review to 10,000 subscribers over SMTP (target: <= 60 s), through the application's
# Editions and Deliveries to a GreenMail server in the same process. Run from the project root:
#   bench/reviews.sh [RECIPIENTS [DATABASE_URL [--setting=value ...]]]   defaults: 10000, SQLite in a fresh folder
# (an empty DATABASE_URL is SQLite; settings go to the application, e.g. --parallax.reviews.sending.connections=4)
# e.g. bench/reviews.sh 10000 'jdbc:postgresql://127.0.0.1:5432/bench?user=postgres' (an empty database)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. .mvn/find-jdk.sh
count=${1:-10000}
database=${2:-}
shift $(( $# > 2 ? 2 : $# ))
./mvnw -q -B -Pbench -DskipTests -pl bench -am package
# A day of news to compose a full Daily Review from (PARALLAX_BENCH_NEWS= sends a stand-in edition instead).
news=${PARALLAX_BENCH_NEWS-$root/../shared/data/corpus/reuters21578.jsonl}
news_option=()
[ -n "$news" ] && news_option=("-Dnews=$news")
data=$(mktemp -d /tmp/parallax-reviews-bench.XXXXXX)
trap 'rm -rf "$data"' EXIT
"$JAVA_HOME/bin/java" -Xmx2g --enable-native-access=ALL-UNNAMED "${news_option[@]}" \
  -cp "$root/bench/target/classes:$root/bench/target/lib/*" org.parallax.bench.ReviewDelivery "$data" "$count" "$database" "$@"
