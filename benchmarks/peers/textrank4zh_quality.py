"""textrank4zh (top sentence, cut to 20 characters) on CSL test: quality through `summeval score` and time per document.
Its source must be under benchmarks/peers/src/textrank4zh/ (github.com/letiantian/TextRank4ZH; PyPI is not reachable
here); it needs jieba (python3-jieba), numpy and networkx.
Usage: /usr/bin/python3 benchmarks/peers/textrank4zh_quality.py OUT.jsonl   then: summeval score -p OUT.jsonl -d csl:test --max-chars 20"""
import json
import sys
import time

from common import absent, csl, machine, source

PINNED = "a93fb926a010f3199b6adaa592c8b630ba3ccb49"
head = source("textrank4zh", PINNED, "textrank4zh/TextRank4Sentence.py")
try:
    from textrank4zh import TextRank4Sentence
except ImportError as e:
    absent("textrank4zh", f"its source is there but does not import ({e}; it needs python3-jieba, python3-numpy, python3-networkx)")

out = sys.argv[1] if len(sys.argv) > 1 else "textrank4zh.jsonl"
ranker = TextRank4Sentence()
times = []
with open(out, "w", encoding="utf-8") as f:
    for doc_id, content, _ in csl("test"):
        start = time.perf_counter()
        ranker.analyze(text=content, lower=True, source="all_filters")
        top = ranker.get_key_sentences(num=1)
        summary = (top[0].sentence if top else content)[:20]
        times.append(time.perf_counter() - start)
        f.write(json.dumps({"id": doc_id, "summary": summary}, ensure_ascii=False) + "\n")
times.sort()
print(f"textrank4zh at {head}: {machine()}")
print(f"  {len(times)} CSL test documents: p50 {times[len(times) // 2] * 1000:.1f} ms, mean {sum(times) / len(times) * 1000:.1f} ms per document")
print(f"  predictions in {out}; quality: summeval score -p {out} -d csl:test --max-chars 20")
