"""Snippets from the original text with the matched words highlighted.

Matching happens on search keys; offsets are mapped back through the text layer, so the
highlight covers exactly what the reader sees (NFD input, odd spaces and all).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from diembao.search.query import Term
from diembao.text import canonical, fold, search_key_with_map

SNIPPET_CHARS = 240


def _key_and_map(text: str) -> tuple[str, list[int] | None]:
    """Folded key of `text` and, when lengths differ, key offset -> original offset."""
    if canonical(text) == text:  # the common case, without building an offset map (3x faster)
        key = fold(text)
        if len(key) == len(text):  # fold keeps every character in place: offsets are the same
            return key, None
    key, omap = search_key_with_map(text)
    if omap.is_identity():
        return key, None
    return key, [omap.to_original(i, i)[0] for i in range(len(key) + 1)]


def find_spans(text: str, terms: Sequence[Term]) -> list[tuple[int, int]]:
    """Spans of `text` (original offsets) matching any term, whole words only, sorted, merged."""
    if not text or not terms:
        return []
    key, back = _key_and_map(text)
    spans: list[tuple[int, int]] = []
    for t in terms:
        pattern = r"(?<!\w)" + r"\W{1,3}".join(re.escape(k) for k in t.keys) + r"(?!\w)"
        for m in re.finditer(pattern, key):
            s, e = m.span()
            if back is not None:
                s, e = back[s], back[e]
            spans.append((s, e))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def make_snippet(
    text: str, terms: Sequence[Term], width: int = SNIPPET_CHARS
) -> tuple[str, list[tuple[int, int]]]:
    """(snippet, highlight spans within the snippet): the window of `text` with the most matches."""
    spans = find_spans(text, terms)
    if not spans:
        snippet = text[:width].strip()
        return (snippet + ("…" if len(text) > width else "")), []
    best_start, best_count = spans[0][0], 0
    for i, (s, _) in enumerate(spans):
        count = sum(1 for s2, e2 in spans[i:] if e2 <= s + width)
        if count > best_count:
            best_start, best_count = s, count
    start = max(0, best_start - width // 4)
    # Start at a word boundary.
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = min(len(text), start + width)
    while end < len(text) and not text[end].isspace():
        end += 1
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    snippet = prefix + text[start:end] + suffix
    shift = len(prefix) - start
    hl = [(s + shift, e + shift) for s, e in spans if s >= start and e <= end]
    return snippet, hl


def highlight_markdown(snippet: str, spans: Sequence[tuple[int, int]]) -> str:
    out, last = [], 0
    for s, e in spans:
        out.append(snippet[last:s])
        out.append(f"**{snippet[s:e]}**")
        last = e
    out.append(snippet[last:])
    return "".join(out)
