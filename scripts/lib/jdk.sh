# Finds a JDK >= 21 for the launcher, the tests and CI. Sourced, not run.
# Order: $JAVA_HOME if >= 21, then `java` on PATH if >= 21, then the newest JDK >= 21 under /usr/lib/jvm.

SCHEMASYNC_MIN_JAVA=21

# The value of a key in a JDK's `release` file, without starting a process; fails when there is none.
release_value() {
  local home=$1 key=$2 line
  [[ -f $home/release ]] || return 1
  while IFS= read -r line || [[ -n $line ]]; do
    if [[ $line == "$key="* ]]; then
      line=${line#*=}; line=${line#\"}; line=${line%\"}
      [[ -n $line ]] && { echo "$line"; return 0; }
    fi
  done < "$home/release"
  return 1
}

# The major version of a java binary; reads the JDK's `release` file when there is one (no JVM start-up).
java_major() {
  local java=$1 version
  version=$(release_value "$(java_home_of "$java")" JAVA_VERSION) \
    || version=$("$java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  version=${version#1.}
  echo "${version%%[.+-]*}"
}

# The full version string, to key caches by JDK build.
java_full_version() {
  local java=$1
  release_value "$(java_home_of "$java")" JAVA_RUNTIME_VERSION && return
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

# The JAVA_HOME of a java binary found by find_java (bin/java two levels below it).
java_home_of() {
  local real
  if [[ $1 == */bin/java && -f ${1%/bin/java}/release ]]; then echo "${1%/bin/java}"; return; fi
  real=$(readlink -f "$1")
  real=${real%/*}
  echo "${real%/*}"
}

no_java_message() {
  echo "schemasync needs a JDK >= $SCHEMASYNC_MIN_JAVA: set JAVA_HOME, put one on PATH, or install one" \
       "(e.g. apt-get install openjdk-21-jdk-headless)" >&2
}
