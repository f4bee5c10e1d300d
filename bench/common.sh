# Sourced by the scripts in bench/: builds what the benchmarks need and runs one of their programs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# The suite's JVMs start with C1 only (quick to start, slow when warm); a benchmark measures the full JIT.
export SOCIALGOV_SUITE_JVM_OPTIONS="${SOCIALGOV_SUITE_JVM_OPTIONS:--XX:TieredStopAtLevel=4}"

bench_build() {
  [[ -n "${BENCH_BUILT:-}" ]] && return
  echo "Building (./mvnw -DskipTests package -pl bench -am)..."
  ./mvnw -q -B -o -DskipTests package -pl bench -am >/dev/null 2>&1 || ./mvnw -q -B -DskipTests package -pl bench -am
  export BENCH_BUILT=1
}

bench_needs() { # command, Debian package
  command -v "$1" >/dev/null && return
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "Installing $2 (apt-get install -y $2)..."
    apt-get install -y "$2" >/dev/null || { apt-get update >/dev/null && apt-get install -y "$2" >/dev/null; }
  fi
  command -v "$1" >/dev/null || { echo "$1 is needed: sudo apt-get install -y $2" >&2; exit 1; }
}

bench_java() { # main class (in org.socialgov.bench), arguments
  java -Xmx1g -Dlogback.configurationFile=bench/target/classes/bench-logback.xml \
    -cp "bench/target/classes:$(cat bench/target/runtime-classpath.txt)" "org.socialgov.bench.$1" "${@:2}"
}
