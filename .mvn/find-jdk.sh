# Sourced by ./mvnw and ./parallax (POSIX sh): points JAVA_HOME at a JDK 21 or newer.
# Order: JAVA_HOME, the java on PATH, then the JDKs installed under /usr/lib/jvm and
# /Library/Java/JavaVirtualMachines, newest first (PARALLAX_JDK_ROOTS replaces those two
# folders, as a space-separated list of folders holding JDKs).

parallax_java_major() {
  "$1" -version 2>&1 | sed -n 's/^[^"]*version "\([0-9][0-9]*\).*/\1/p' | head -n 1
}

parallax_usable_jdk() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  major=$(parallax_java_major "$1/bin/java")
  [ -n "$major" ] && [ "$major" -ge 21 ]
}

parallax_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && parallax_usable_jdk "$JAVA_HOME"; then
    return 0
  fi
  if command -v java >/dev/null 2>&1; then
    on_path=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    if parallax_usable_jdk "$on_path"; then
      JAVA_HOME=$on_path
      export JAVA_HOME
      return 0
    fi
  fi
  # The caller may have turned globbing off (mvnw runs with set -f).
  case $- in *f*) set +f; parallax_noglob=1 ;; *) parallax_noglob= ;; esac
  if [ -n "${PARALLAX_JDK_ROOTS-}" ]; then
    installed=$(for root in $PARALLAX_JDK_ROOTS; do ls -d "$root"/* 2>/dev/null; done | sort -rV || true)
  else
    installed=$(ls -d /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home 2>/dev/null | sort -rV || true)
  fi
  [ -z "$parallax_noglob" ] || set -f
  for home in $installed; do
    if parallax_usable_jdk "$home"; then
      JAVA_HOME=$home
      export JAVA_HOME
      return 0
    fi
  done
  found="none"
  if command -v java >/dev/null 2>&1; then
    found="java $(parallax_java_major "$(command -v java)")"
  fi
  cat >&2 <<MSG
Parallax needs a JDK 21 or newer, and none was found (default java: $found).
Install one and try again, for example:
  Debian/Ubuntu:  sudo apt-get install openjdk-21-jdk   (or temurin-21-jdk)
  macOS:          brew install openjdk@21
  anywhere:       https://adoptium.net
or point JAVA_HOME at an installed JDK 21+.
MSG
  return 1
}

parallax_find_jdk || exit 1
