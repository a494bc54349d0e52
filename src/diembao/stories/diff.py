"""What a copy changed against its story's origin: paragraphs added, removed and edited.

Paragraphs are compared on their search keys (so a change of tone-mark style, NFD or case is not an
edit); the output keeps the original text for display and is capped to stay small.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from typing import Any

from diembao.text import search_key

MAX_CHANGES = 8
MAX_CHARS = 280
EDIT_RATIO = 0.5  # paired paragraphs at least this similar are "edited", else removed + added


def _key(p: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", search_key(p)))


def _clip(s: str) -> str:
    s = " ".join(s.split())
    return s if len(s) <= MAX_CHARS else s[: MAX_CHARS - 1] + "…"


def paragraph_diff(origin: Sequence[str], copy: Sequence[str]) -> dict[str, Any]:
    """Compact JSON diff: {"added", "removed", "edited", "unchanged", "changes": [...], "truncated"}.

    Each change is {"op": "added"|"removed"|"edited", "index": position in the copy (or in the
    origin for removals), "text": copy text, "before": origin text (edited/removed)}.
    """
    ok = [_key(p) for p in origin if _key(p)]
    ck = [_key(p) for p in copy if _key(p)]
    op_ = [p for p in origin if _key(p)]
    cp_ = [p for p in copy if _key(p)]
    sm = difflib.SequenceMatcher(None, ok, ck, autojunk=False)
    counts = {"added": 0, "removed": 0, "edited": 0, "unchanged": 0}
    changes: list[dict[str, Any]] = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            counts["unchanged"] += i2 - i1
            continue
        left = list(range(i1, i2))
        right = list(range(j1, j2))
        # Pair paragraphs of a replaced block greedily by similarity: edits, the rest add/remove.
        used: set[int] = set()
        for i in left:
            best, best_r = -1, 0.0
            for j in right:
                if j in used:
                    continue
                r = difflib.SequenceMatcher(None, ok[i], ck[j], autojunk=False).quick_ratio()
                if r > best_r:
                    best, best_r = j, r
            if (
                best >= 0
                and best_r >= EDIT_RATIO
                and (difflib.SequenceMatcher(None, ok[i], ck[best], autojunk=False).ratio() >= EDIT_RATIO)
            ):
                used.add(best)
                counts["edited"] += 1
                changes.append(
                    {"op": "edited", "index": best, "text": _clip(cp_[best]), "before": _clip(op_[i])}
                )
            else:
                counts["removed"] += 1
                changes.append({"op": "removed", "index": i, "text": None, "before": _clip(op_[i])})
        for j in right:
            if j not in used:
                counts["added"] += 1
                changes.append({"op": "added", "index": j, "text": _clip(cp_[j]), "before": None})
    return {**counts, "changes": changes[:MAX_CHANGES], "truncated": len(changes) > MAX_CHANGES}
