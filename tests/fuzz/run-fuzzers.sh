#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-14 under AddressSanitizer + UBSan in a build directory
# of their own, runs each for a short time on a scratch copy of its corpus, then replays the
# checked-in corpus and the seeds from tests/data. Fails on any crash, leak or timeout.
#
#   tests/fuzz/run-fuzzers.sh [build-dir]      (default: build-fuzz next to the sources)
#   FUZZ_SECONDS=300 tests/fuzz/run-fuzzers.sh (seconds per target; default 12, ~1 min in all)
set -euo pipefail

source_dir="$(cd "$(dirname "$0")/../.." && pwd)"
build_dir="${1:-$source_dir/build-fuzz}"
seconds="${FUZZ_SECONDS:-12}"
corpus_dir="$source_dir/tests/fuzz/corpus"
data_dir="$source_dir/tests/data"

targets=(fuzz_vcard fuzz_icalendar fuzz_ptp fuzz_filename fuzz_archive)

# Seeds per target beyond its own corpus folder.
seeds_for() {
  case "$1" in
    fuzz_vcard) echo "$data_dir/vcard" ;;
    fuzz_icalendar) echo "$data_dir/ical" ;;
    *) ;;
  esac
}

CC=clang-14 CXX=clang++-14 cmake -S "$source_dir" -B "$build_dir" -G Ninja \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
  -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
  -DLIFEBOAT_BUILD_FUZZERS=ON -DLIFEBOAT_SANITIZE=ON -DLIFEBOAT_BUILD_GUI=OFF \
  $(command -v ccache >/dev/null && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache) \
  >/dev/null
cmake --build "$build_dir" --target "${targets[@]}"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1:verify_asan_link_order=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_LOGGING_RULES="*.debug=false;*.info=false;*.warning=false"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
status=0
for target in "${targets[@]}"; do
  binary="$build_dir/bin/$target"
  mkdir -p "$scratch/$target" "$scratch/$target-artifacts"
  mkdir -p "$corpus_dir/$target"
  seeds=("$corpus_dir/$target")
  extra="$(seeds_for "$target")"
  [[ -n "$extra" ]] && seeds+=("$extra")
  echo "== $target: fuzzing for ${seconds}s"
  # New inputs go to the scratch folder (first corpus argument); the seeds are only read.
  if ! "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
       -artifact_prefix="$scratch/$target-artifacts/" -print_final_stats=1 \
       "$scratch/$target" "${seeds[@]}" 2>"$scratch/$target.log"; then
    tail -n 60 "$scratch/$target.log"
    for artifact in "$scratch/$target-artifacts"/*; do
      [[ -e "$artifact" ]] || continue
      mkdir -p "$build_dir/fuzz-artifacts"
      cp "$artifact" "$build_dir/fuzz-artifacts/"
      echo "crash input kept: $build_dir/fuzz-artifacts/$(basename "$artifact")"
    done
    status=1
    continue
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$scratch/$target.log" | sed "s/^/   /"
  echo "== $target: replaying the corpus"
  files=()
  for dir in "${seeds[@]}"; do
    while IFS= read -r -d '' file; do files+=("$file"); done < <(find "$dir" -type f -print0)
  done
  if ! "$binary" -timeout=10 -rss_limit_mb=2048 "${files[@]}" >"$scratch/$target.replay.log" 2>&1; then
    tail -n 60 "$scratch/$target.replay.log"
    status=1
  fi
done

if ((status != 0)); then
  echo "run-fuzzers: FAILED (see above)"
else
  echo "run-fuzzers: all targets passed"
fi
exit "$status"
