# Sourced by bench/reader.sh and bench/reader-nodes.sh: the article-page scenario's set-up.

# Writes 200 of the publication's own gated analyses, built from Reuters texts, to $2 (JSONL).
own_articles() {
  python3 - "$1" "$2" <<'PY'
import json, sys
out = open(sys.argv[2], "w")
n = 0
for line in open(sys.argv[1]):
    record = json.loads(line)
    text = record.get("text") or record.get("body") or ""
    if len(text) < 1500 or not record.get("title"):
        continue
    n += 1
    out.write(json.dumps({"id": f"bench-analysis-{n}", "url": f"https://parallax.example/analysis/bench-{n}",
        "outlet": "Parallax", "title": record["title"], "dek": "An analysis for the reader benchmark",
        "author": "Bench Desk", "kind": "analysis", "access": "subscribers",
        "published": "2026-11-0%dT08:00:00Z" % (1 + n % 9), "text": text}) + "\n")
    if n == 200:
        break
PY
}

# A new reader signs in on $1 through the link mailed to the Maildir $2 and uses the meter on
# $article; sets $email and $session (the session cookie's value).
sign_in_and_unlock() {
  local base=$1 maildir=$2 jar token mail="" link query
  jar=$(mktemp); email="bench-reader-$RANDOM@parallax.example"
  token=$(curl -s -c "$jar" -b "$jar" "$base/sign-in" | csrf)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" --data-urlencode "email=$email" "$base/sign-in/link"
  for _ in $(seq 1 20); do
    mail=$(grep -rl "^To: $email" "$maildir/new" 2>/dev/null | head -n 1 || true)
    [ -n "$mail" ] && break; sleep 0.5
  done
  [ -n "$mail" ] || { echo "no sign-in mail for $email in $maildir" >&2; exit 1; }
  link=$(grep -oa "$base/sign-in/confirm?[^[:space:]]*" "$mail" | head -n 1)
  token=$(curl -s -c "$jar" -b "$jar" "$link" | csrf)
  query=${link#*\?}
  curl -s -o /dev/null -c "$jar" -b "$jar" --data "$query" --data-urlencode "_csrf=$token" "$base/sign-in/confirm"
  token=$(curl -s -c "$jar" -b "$jar" "$base/articles/$article" | csrf)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" "$base/articles/$article/unlock"
  session=$(awk '$6 == "parallax_session" { print $7 }' "$jar")
  rm -f "$jar"
}

csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }

article=bench-analysis-7
