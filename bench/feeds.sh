#!/usr/bin/env bash
# Feed-parser conformance against the gofeed test inputs in ../shared/data/feeds-dev/parser
# (found above the project root, so it also works from a worktree). Run from anywhere:
#   bench/feeds.sh
# Prints each mismatch, then the per-folder table; fails when under 95%. Figures go to BENCHMARKS.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./mvnw -q -B test -pl app -Dtest=FeedConformanceTest -Dsurefire.failIfNoSpecifiedTests=false \
  | grep -E '^(Feed conformance|FEED CONFORMANCE|  mismatch|folder|atom|json|rss|universal|overall)'
