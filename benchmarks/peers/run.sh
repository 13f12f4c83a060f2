#!/usr/bin/env bash
# Measures the peers SummEval compares itself with, side by side with our own counterpart, in one session on one
# machine (speed on a shared machine varies from day to day, so only same-session ratios are quoted). A peer that is
# not installed is reported as NOT MEASURED with the reason, never silently left out.
#   bash benchmarks/peers/run.sh            peers only (quick)
#   bash benchmarks/peers/run.sh --ours     peers, then our BenchmarkDotNet counterparts (minutes)
set -uo pipefail
cd "$(dirname "$0")"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load: $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
py=/usr/bin/python3   # Debian's interpreter: python3-jieba is installed for it
[ -x "$py" ] || py=python3
status=0
run() { "$@"; rc=$?; if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then status=1; fi; }
run "$py" jieba_speed.py
run "$py" rouge_speed.py rouge-score
run "$py" rouge_speed.py py-rouge
run "$py" textrank4zh_quality.py "${TMPDIR:-/tmp}/textrank4zh-csl-test.jsonl"
if [ "${1:-}" = "--ours" ]; then
  cd ../..
  for filter in '*JiebaLoadBenchmark*' '*JiebaSegmentBenchmark*' '*RougeBenchmarks*' '*TextRankBenchmarks*'; do
    dotnet run -c Release --project benchmarks/SummEval.Benchmarks -- --filter "$filter" --inProcess || status=1
  done
fi
exit "$status"
