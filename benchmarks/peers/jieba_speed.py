"""Python jieba 0.42.1 (Debian's python3-jieba, run with /usr/bin/python3) on CSL test: dictionary load and
segmentation throughput with HMM on, the counterparts of JiebaLoadBenchmark and JiebaSegmentBenchmark.
Usage: /usr/bin/python3 benchmarks/peers/jieba_speed.py"""
import time

from common import absent, csl, machine

try:
    import jieba
except ImportError:
    absent("python jieba", "python3-jieba is not installed for this interpreter (Debian: apt-get install python3-jieba, then run with /usr/bin/python3)")

texts = [content for _, content, _ in csl("test")]
chars = sum(len(t) for t in texts)
jieba.setLogLevel(60)
start = time.perf_counter()
jieba.initialize()
load = time.perf_counter() - start
passes = []
for _ in range(5):
    start = time.perf_counter()
    for t in texts:
        jieba.lcut(t, HMM=True)
    passes.append(time.perf_counter() - start)
best = min(passes)
print(f"python jieba {jieba.__version__}: {machine()}")
print(f"  initialize() in this process: {load * 1000:.0f} ms (from its cache file when present)")
print(f"  lcut HMM on, CSL test ({len(texts)} documents, {chars} chars): best of 5 {best:.3f} s = {chars / best / 1000:.0f}k chars/s"
      f" (all passes: {', '.join(f'{p:.3f}' for p in passes)} s)")
