"""The peer of `cargo bench --bench import`: python trafilatura on the same pages, parse and
extract only (pages read into memory first), on one core. Prints pages per second and the
body F1 against the same known bodies, computed as tests/pages/score.rs does."""

import collections
import pathlib
import re
import sys
import time

import trafilatura


def tokens(s):
    return collections.Counter(w.lower() for w in re.split(r"[^\w]+", s) if w and w != "_")


def f1(got, want):
    g, w = tokens(got), tokens(want)
    common = sum((g & w).values())
    if common == 0:
        return 0.0
    p, r = common / sum(g.values()), common / sum(w.values())
    return 2 * p * r / (p + r)


def main():
    pages = sorted(pathlib.Path(sys.argv[1]).glob("*.html"))
    data = [(p, p.read_bytes()) for p in pages]
    scores = []
    for p, b in data:
        body = p.with_suffix(".body.txt")
        if body.exists():
            got = trafilatura.extract(b) or ""
            scores.append(f1(got, body.read_text()))
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    start = time.perf_counter()
    for _ in range(rounds):
        for _, b in data:
            trafilatura.extract(b)
    elapsed = time.perf_counter() - start
    print(f"trafilatura {trafilatura.__version__}: {rounds * len(data) / elapsed:.0f} pages/s, "
          f"mean body F1 {sum(scores) / len(scores):.3f} on {len(scores)} pages")


main()
