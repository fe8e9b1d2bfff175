#!/usr/bin/env bash
# Quote finder precision/recall on the annotated set app/src/test/resources/quotes/annotated.jsonl
# (development part, held-out part, all), and the share of quotes whose speaker is linked to the
# right entity (SpeakerLinkEvaluationTest). Run from anywhere: bench/quotes.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./mvnw -q -B test -pl app -Dtest='QuoteEvaluationTest,SpeakerLinkEvaluationTest' -Dsurefire.failIfNoSpecifiedTests=false \
  | grep -E '^(QUOTES|SPEAKERS|  missed|  extra|  wrong)'
