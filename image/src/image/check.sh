#!/bin/sh
# Proves the image tar: unpacks its layers into a folder, as a container engine would, and starts
# the image's own entrypoint, command, user and environment in it (chroot, with a /proc of its own)
# until /actuator/health/readiness answers 200. Needs root (chroot, unshare), as CI has.
#   check.sh IMAGE_TAR [SKIP]   (SKIP=true, from -DskipTests, does nothing)
set -eu
tar_file=$1
if [ "${2:-false}" = "true" ]; then
  echo "image check skipped (-DskipTests)"
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  # CI runs as root and must start the image; a developer's machine builds the tar and says why it
  # was not started.
  if [ "${CI:-}" = "true" ]; then
    echo "check.sh: starting the image needs root (chroot and unshare), and CI must start it" >&2
    exit 1
  fi
  echo "image built ($tar_file) but not started: starting it needs root (chroot and unshare); CI starts it" >&2
  exit 0
fi

work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then
    # The server is unshare's only child (chroot became it) and the first process of its own PID
    # namespace: stopping it ends everything in there. (unshare's --kill-child does not reach it,
    # as the change of user clears the parent-death signal.)
    for pid in $(cat /proc/"$server"/task/*/children 2>/dev/null); do
      kill -TERM "$pid" 2>/dev/null || true
    done
    for _ in $(seq 1 30); do
      kill -0 "$server" 2>/dev/null || break
      sleep 1
    done
    kill -KILL "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

mkdir -p "$work/tar" "$work/root"
tar -xf "$tar_file" -C "$work/tar"
manifest=$(cat "$work/tar/manifest.json")
config_file=$(printf '%s' "$manifest" | sed -e 's/.*"Config":"\([^"]*\)".*/\1/')
layers=$(printf '%s' "$manifest" | sed -e 's/.*"Layers":\[\([^]]*\)\].*/\1/' | tr ',' '\n' | tr -d '"')
for layer in $layers; do
  # Jib's layers carry libarchive's creation times, which GNU tar would warn about on every file.
  tar --warning=no-unknown-keyword -xzf "$work/tar/$layer" -C "$work/root"
done

# The image's own settings, read from its config (JSON arrays of plain strings, as Jib writes them).
config=$(cat "$work/tar/$config_file")
array() {
  printf '%s' "$config" | sed -e "s/.*\"$1\":\[\([^]]*\)\].*/\1/" | sed -e 's/","/\n/g' -e 's/^"//' -e 's/"$//'
}
user=$(printf '%s' "$config" | sed -e 's/.*"User":"\([^"]*\)".*/\1/')
entrypoint=$(array Entrypoint)
command=$(array Cmd)
environment=$(array Env)
echo "image: user $user, entrypoint $(echo $entrypoint) $(echo $command)"
[ "$user" = "1000:1000" ] || { echo "check.sh: the image runs as '$user', not the non-root user 1000" >&2; exit 1; }

mkdir -p "$work/root/proc"
log="$work/server.log"
# One argument a line: the entrypoint's and the command's arguments have no spaces of their own.
set -- $entrypoint $command
# The image's environment, then: a port of its own (8080 may be taken here) and no feed polling.
unshare=$(command -v unshare)
chroot=$(command -v chroot)
env -i $environment PARALLAX_PORT=0 PARALLAX_POLL_FEEDS=false \
  "$unshare" --mount --pid --fork --mount-proc="$work/root/proc" \
  "$chroot" --userspec="$user" "$work/root" "$@" > "$log" 2>&1 &
server=$!

port=""
for _ in $(seq 1 120); do
  port=$(sed -n 's/.*Parallax is serving http:\/\/localhost:\([0-9]*\)\/.*/\1/p' "$log" | head -n 1)
  [ -n "$port" ] && break
  if ! kill -0 "$server" 2>/dev/null; then
    cat "$log" >&2
    echo "check.sh: the server in the image stopped before it served" >&2
    exit 1
  fi
  sleep 1
done
if [ -z "$port" ]; then
  cat "$log" >&2
  echo "check.sh: the server in the image did not start within 120 s" >&2
  exit 1
fi
status=$(curl -s -o "$work/readiness" -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness")
echo "readiness: $status $(cat "$work/readiness")"
[ "$status" = "200" ] || { cat "$log" >&2; echo "check.sh: readiness answered $status, not 200" >&2; exit 1; }
# The health check docker-compose.yml gives each node: the image's Java asking the server's readiness.
env -i $environment "$unshare" --mount --pid --fork --mount-proc="$work/root/proc" \
  "$chroot" --userspec="$user" "$work/root" /opt/java/bin/java -XX:-UsePerfData -cp @/app/jib-classpath-file \
  org.parallax.ParallaxApplication ready --port "$port" \
  || { echo "check.sh: 'parallax ready' in the image did not say ready" >&2; exit 1; }
owner=$(stat -c %u "$work/root/data/parallax.db")
[ "$owner" = "1000" ] || { echo "check.sh: the database under /data belongs to uid $owner, not 1000" >&2; exit 1; }
echo "image check passed: $tar_file serves, ready, as uid 1000 with its data under /data"
