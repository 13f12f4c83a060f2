"""rouge-score and py-rouge scoring the 1000 CSL test lead-20 pairs (char level: characters joined by spaces), the
counterpart of RougeBenchmarks.ScoreThousandPairs. Their sources must be checked out under benchmarks/peers/src/
(PyPI is not reachable here): rouge-score from google-research/google-research's rouge/ folder as
src/rouge-score/rouge_score/, py-rouge from github.com/Diego999/py-rouge as src/py-rouge/rouge/.
Usage: python3 benchmarks/peers/rouge_speed.py rouge-score|py-rouge"""
import sys
import time

from common import absent, csl, machine, source

PINNED = {
    # The commits the docs' figures name; the script prints the commit it actually ran.
    # rouge-score has no repository of its own: its 0.1.2 release is google-research/google-research's rouge/
    # folder; no commit is pinned yet (the first person to measure records the one printed below here).
    "rouge-score": None,
    "py-rouge": "9ba526f2d856747ee0829e98a01150518dd5d0e0",
}

peer = sys.argv[1] if len(sys.argv) > 1 else "rouge-score"
pairs = [(" ".join(content.replace(" ", "")[:20]), " ".join(title.replace(" ", ""))) for _, content, title in csl("test")]
if peer == "rouge-score":
    head = source("rouge-score", PINNED[peer], "rouge_score/rouge_scorer.py")
    try:
        from rouge_score import rouge_scorer, tokenizers
    except ImportError as e:
        absent("rouge-score", f"its source is there but does not import ({e}; it needs absl-py, nltk, numpy, six)")

    class Spaces(tokenizers.Tokenizer):
        def tokenize(self, text):
            return text.split()

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], tokenizer=Spaces())
    score = lambda: [scorer.score(ref, cand) for cand, ref in pairs]
elif peer == "py-rouge":
    head = source("py-rouge", PINNED[peer], "rouge/rouge.py")
    try:
        import rouge
    except ImportError as e:
        absent("py-rouge", f"its source is there but does not import ({e}; it needs nltk)")
    evaluator = rouge.Rouge(metrics=["rouge-n", "rouge-l"], max_n=2, apply_avg=True)
    score = lambda: evaluator.get_scores([c for c, _ in pairs], [r for _, r in pairs])
else:
    sys.exit("usage: rouge_speed.py rouge-score|py-rouge")

times = []
for _ in range(5):
    start = time.perf_counter()
    score()
    times.append(time.perf_counter() - start)
print(f"{peer} at {head}: {machine()}")
print(f"  1000 CSL lead-20 pairs, ROUGE-1/2/L: best of 5 {min(times) * 1000:.0f} ms (all: {', '.join(f'{t * 1000:.0f}' for t in times)} ms)")
