#!/bin/sh
# Builds the container image's base as a folder, without a registry: a Java runtime made with jlink
# from the build's own JDK, the few shared libraries that runtime loads (copied from this machine),
# a non-root user and the folders it writes to. Jib lays this folder over "scratch".
#   base.sh JAVA_HOME OUTPUT_FOLDER [CLASSES_FOLDER]
set -eu
jdk=$1
root=$2
# This module has no classes of its own, but Jib expects their folder.
[ -n "${3:-}" ] && mkdir -p "$3"
rm -rf "$root"
mkdir -p "$root/opt" "$root/etc" "$root/data" "$root/tmp"

# The modules Parallax and its libraries use (java.desktop for java.beans, which Spring reads;
# jdk.incubator.vector for Lucene's faster vector code; jdk.localedata and jdk.charsets for mail).
"$jdk/bin/jlink" --output "$root/opt/java" --strip-debug --no-man-pages --no-header-files \
  --add-modules java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,jdk.charsets,jdk.crypto.ec,jdk.incubator.vector,jdk.jfr,jdk.localedata,jdk.management,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs \
  2>&1 | grep -v "incubator modules" || true
test -x "$root/opt/java/bin/java"

# The shared libraries the runtime loads, found with ldd; the desktop's X11 and sound libraries are
# never loaded by a headless server and stay out.
libraries=$(
  for binary in "$root/opt/java/bin/java" "$root/opt/java/lib/server/libjvm.so" "$root"/opt/java/lib/*.so; do
    case "$binary" in
      *libawt_xawt.so|*libjawt.so|*libjsound.so|*libsplashscreen.so) continue ;;
    esac
    ldd "$binary" 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }'
  done | grep -v "^$root" | sort -u)
for library in $libraries; do
  mkdir -p "$root$(dirname "$library")"
  cp -L "$library" "$root$library"
done
test -f "$root/lib64/ld-linux-x86-64.so.2" || { echo "base.sh: no dynamic loader found by ldd" >&2; exit 1; }

# The user the server runs as (uid 1000, home /data), and host name lookups through /etc/hosts then DNS.
cat > "$root/etc/passwd" <<'USERS'
root:x:0:0:root:/root:/sbin/nologin
parallax:x:1000:1000:Parallax:/data:/sbin/nologin
USERS
cat > "$root/etc/group" <<'GROUPS'
root:x:0:
parallax:x:1000:
GROUPS
echo "hosts: files dns" > "$root/etc/nsswitch.conf"
