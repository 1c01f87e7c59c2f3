# Finds a JDK >= 21 for the launcher, the tests and CI. Sourced, not run.
# Order: $JAVA_HOME if >= 21, then `java` on PATH if >= 21, then the newest JDK >= 21 under /usr/lib/jvm.

SCHEMASYNC_MIN_JAVA=21

# The major version of a java binary; reads the JDK's `release` file when there is one (no JVM start-up).
java_major() {
  local java=$1 home version
  home=$(dirname "$(dirname "$(readlink -f "$java")")")
  if [[ -f $home/release ]]; then
    version=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$home/release")
  fi
  if [[ -z ${version:-} ]]; then
    version=$("$java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  version=${version#1.}
  echo "${version%%[.+-]*}"
}

# The full version string, to key caches by JDK build.
java_full_version() {
  local java=$1 home
  home=$(dirname "$(dirname "$(readlink -f "$java")")")
  if [[ -f $home/release ]]; then
    sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$home/release" | grep . && return
  fi
  "$java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1
}

is_recent_java() {
  [[ -x $1 ]] || return 1
  local major
  major=$(java_major "$1")
  [[ $major =~ ^[0-9]+$ ]] && (( major >= SCHEMASYNC_MIN_JAVA ))
}

# Prints the path of a java binary >= 21, or fails.
find_java() {
  if [[ -n ${JAVA_HOME:-} ]] && is_recent_java "$JAVA_HOME/bin/java"; then
    echo "$JAVA_HOME/bin/java"; return
  fi
  local on_path
  on_path=$(command -v java 2>/dev/null || true)
  if [[ -n $on_path ]] && is_recent_java "$on_path"; then
    readlink -f "$on_path"; return
  fi
  local best="" best_major=0 candidate major
  for candidate in /usr/lib/jvm/*/bin/java; do
    is_recent_java "$candidate" || continue
    major=$(java_major "$candidate")
    if (( major > best_major )); then best=$candidate; best_major=$major; fi
  done
  [[ -n $best ]] && { readlink -f "$best"; return; }
  return 1
}

# The JAVA_HOME of a java binary found by find_java.
java_home_of() {
  dirname "$(dirname "$(readlink -f "$1")")"
}

no_java_message() {
  echo "schemasync needs a JDK >= $SCHEMASYNC_MIN_JAVA: set JAVA_HOME, put one on PATH, or install one" \
       "(e.g. apt-get install openjdk-21-jdk-headless)" >&2
}
