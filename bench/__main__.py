"""Run the benchmarks: `python -m bench` (all, one after the other) or `python -m bench text search`.

Each benchmark is also its own command (`python -m bench.<name> --help` for its options); this
runner uses their defaults. They read the shared corpora (DIEMBAO_SHARED_DATA) and print their
figures side by side with the peer tools installed in the same environment.
"""

from __future__ import annotations

import subprocess
import sys
import time

BENCHES = {
    "text": "bench.text_speed",
    "extract": "bench.extract_speed",
    "ingest": "bench.ingest_speed",
    "search": "bench.search_speed",
    "enrich": "bench.enrich_speed",
    "enrich_bad_input": "bench.enrich_bad_input",
    "topic": "bench.topic_speed",
    "stories": "bench.stories_speed",
    "digest": "bench.digest_speed",
}


def main(argv: list[str]) -> int:
    if "-h" in argv or "--help" in argv:
        print(__doc__)
        print("benchmarks:", ", ".join(BENCHES))
        return 0
    names = argv or list(BENCHES)
    unknown = [n for n in names if n not in BENCHES]
    if unknown:
        print(f"unknown benchmark(s) {', '.join(unknown)}; choose from {', '.join(BENCHES)}", file=sys.stderr)
        return 2
    failed = []
    for n in names:
        print(f"\n=== {n} ({BENCHES[n]}) ===", flush=True)
        t = time.perf_counter()
        rc = subprocess.call([sys.executable, "-m", BENCHES[n]])
        print(f"=== {n}: exit {rc} after {time.perf_counter() - t:.0f} s ===", flush=True)
        if rc:
            failed.append(n)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
