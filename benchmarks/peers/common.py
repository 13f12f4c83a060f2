"""Shared by the peer scripts: where the data and the peer sources are, and how absence is reported."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SHARED = os.environ.get("SUMMEVAL_SHARED") or os.path.join(os.path.dirname(REPO), "shared")
# Peer sources that cannot come from a package registry here (PyPI is not reachable) are looked for in this folder,
# one checkout per peer (git-ignored): benchmarks/peers/src/<name>.
SOURCES = os.environ.get("SUMMEVAL_PEER_SOURCES") or os.path.join(HERE, "src")


def csl(split="test"):
    """CSL (content, title) pairs from ../shared, or exit with the reason."""
    path = os.path.join(SHARED, "data", "csl", split + ".jsonl")
    if not os.path.isfile(path):
        absent("CSL data", f"{path} not found (../shared beside the checkout, or SUMMEVAL_SHARED)")
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [(r["id"], r["content"], r["title"]) for r in rows]


def absent(peer, why):
    """Says clearly that a peer was not measured, and why; exit code 3 so run.sh can tell it from a failure."""
    print(f"NOT MEASURED: {peer}: {why}")
    sys.exit(3)


def source(name, pinned, marker):
    """The checkout of a peer under SOURCES/name, with the commit it is at; absent() when missing."""
    folder = os.path.join(SOURCES, name)
    if not os.path.isfile(os.path.join(folder, marker)):
        at = f"at commit {pinned}" if pinned else "and record the commit it prints"
        absent(name, f"its source is not in {folder} (PyPI is not reachable here; put a checkout there {at})")
    head = "unknown (not a git checkout)"
    git_head = os.path.join(folder, ".git", "HEAD")
    if os.path.isfile(git_head):
        ref = open(git_head).read().strip()
        if ref.startswith("ref: "):
            ref_path = os.path.join(folder, ".git", ref[5:])
            ref = open(ref_path).read().strip() if os.path.isfile(ref_path) else ref
        head = ref
    if pinned and not head.startswith(pinned):
        print(f"WARNING: {name} is at {head}, not the pinned {pinned}; figures are for that commit")
    sys.path.insert(0, folder)
    return head


def machine():
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return f"python {sys.version.split()[0]} ({sys.executable}), load average {load:.1f}"
