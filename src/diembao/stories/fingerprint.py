"""Fingerprints of article texts: consistent samples of hashed syllable shingles.

Tokens are the `[a-z0-9]+` runs of `diembao.text.search_key(text)` (so every spelling of a word,
NFD or NFC, either tone-mark style, with or without diacritics, gives the same token). A shingle is
SHINGLE consecutive tokens, hashed to 32 bits. An article's *keys* are its shingle hashes below a
fixed threshold (Broder's "mod-m" sample, here "hash < 2^32 / RATE"): since the threshold does not
depend on the article, the keys of a copy with its tail cut are a subset of the origin's keys, so
|keys(a) & keys(b)| / min(|keys(a)|, |keys(b)|) estimates containment (not only Jaccard, which a
MinHash signature estimates). Keys that are common across the press (templates, credits,
boilerplate) are dropped using a static list shipped with the package (`data/common_keys.bin`).

Why hand-written: `canonical()` alone runs at ~4,100 articles/s here and MinHash with rensa at
~3,900/s (shingling included), both under the 5,000/s target for fingerprint + assignment. This
module folds and hashes whole batches in a few numpy passes over UTF-32 code points (~11,000/s), and
a test checks that its tokens equal those of `search_key`. No Python `hash()`: results do not
depend on PYTHONHASHSEED.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
import numpy.typing as npt

from diembao.text import search_key

SHINGLE = 4  # syllables per shingle
RATE = 8  # one shingle in RATE (by hash value) is a key
THRESHOLD = (1 << 32) // RATE
_DROP = 0  # removed without splitting the word (combining marks, zero-width characters)
_BOUNDARY = 1  # end of one document in a batch
_SEP = 32  # anything that is not a letter or digit of the folded text

U32 = npt.NDArray[np.uint32]


def _build_table() -> npt.NDArray[np.uint8]:
    """Code point (BMP) -> folded ASCII byte, _SEP or _DROP, derived from search_key itself."""
    table = np.full(0x10000, _SEP, dtype=np.uint8)
    invisible = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u180e"
    for cp in range(0x10000):
        if 0xD800 <= cp < 0xE000:
            continue
        ch = chr(cp)
        if ch in invisible or unicodedata.combining(ch):
            table[cp] = _DROP
            continue
        if cp > 0x2000 and cp < 0xFF00:
            continue  # punctuation, symbols, other scripts: separators (fast path)
        k = search_key(ch) if ch.strip() else ""
        if len(k) == 1 and (("a" <= k <= "z") or ("0" <= k <= "9")):
            table[cp] = ord(k)
    table[0] = _BOUNDARY
    return table


@lru_cache(maxsize=1)
def _table() -> npt.NDArray[np.uint8]:
    return _build_table()


@lru_cache(maxsize=1)
def common_keys() -> U32:
    """Sorted keys too common across the press to tell stories apart (templates, credits)."""
    data = resources.files("diembao.stories").joinpath("data/common_keys.bin")
    try:
        raw = data.read_bytes()
    except FileNotFoundError:
        return np.zeros(0, dtype=np.uint32)
    return np.frombuffer(raw, dtype="<u4").astype(np.uint32)


@dataclass(frozen=True)
class Fingerprint:
    """keys: sorted unique sampled shingle hashes (common ones removed); shingles: shingle count."""

    keys: U32
    shingles: int


_M1 = np.uint64(0x9E3779B97F4A7C15)
_M2 = np.uint64(0xC2B2AE3D27D4EB4F)
_M3 = np.uint64(0xBF58476D1CE4E5B9)
_M4 = np.uint64(0x94D049BB133111EB)
_POW = np.array([pow(0x100000001B3, i, 1 << 64) for i in range(64)], dtype=np.uint64)


def _mix(x: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    # splitmix64 finaliser: every input bit affects the top 32 bits we keep.
    x = x ^ (x >> np.uint64(30))
    x = x * _M3
    x = x ^ (x >> np.uint64(27))
    x = x * _M4
    return x ^ (x >> np.uint64(31))


def folded_bytes(texts: Sequence[str]) -> npt.NDArray[np.uint8]:
    """The folded batch: ASCII letters/digits, 32 between tokens, 1 between documents."""
    # UTF-32 gives one code point per array element at C speed (no UTF-8 decoding in numpy).
    buf = "\x00".join(texts).encode("utf-32-le", "replace") + b"\x00\x00\x00\x00"
    cp = np.minimum(np.frombuffer(buf, dtype="<u4"), 0xFFFF)
    out: npt.NDArray[np.uint8] = _table()[cp]
    kept: npt.NDArray[np.uint8] = out[out != _DROP]
    return kept


def tokens_of(text: str) -> list[str]:
    """The tokens fingerprints are made of (for tests and debugging)."""
    c = folded_bytes([text])[:-1]
    return c.tobytes().replace(b"\x01", b" ").decode("ascii").split()


def shingle_hashes(texts: Sequence[str]) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.int64]]:
    """All shingle hashes of a batch (64-bit) with the index of the text each belongs to."""
    c = folded_bytes(texts)
    letter = c > _SEP
    doc_of_char = np.cumsum(c == _BOUNDARY)
    prev = np.concatenate([[False], letter[:-1]])
    start = letter & ~prev
    letters = np.flatnonzero(letter)
    if letters.size == 0:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(start)
    tok_of_letter = np.cumsum(start)[letters] - 1
    pos = np.minimum(letters - starts[tok_of_letter], 63)
    v = c[letters].astype(np.uint64) * _POW[pos]
    first = np.flatnonzero(start[letters])
    th = _mix(np.add.reduceat(v, first))
    tdoc = doc_of_char[starts]
    n = th.size - SHINGLE + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    h = th[:n].copy()
    for j in range(1, SHINGLE):
        # rotate-multiply combine keeps the order of tokens in the shingle significant.
        h = (h << np.uint64(7)) | (h >> np.uint64(57))
        h = h * _M1 + th[j : j + n] * _M2
    h = _mix(h)
    same = tdoc[:n] == tdoc[SHINGLE - 1 :]
    return h[same], tdoc[:n][same].astype(np.int64)


def fingerprint_batch(texts: Sequence[str]) -> list[Fingerprint]:
    """Fingerprints of many texts at once (same result as one by one, much faster)."""
    if not texts:
        return []
    h, doc = shingle_hashes(texts)
    counts = np.bincount(doc, minlength=len(texts))
    h32 = (h >> np.uint64(32)).astype(np.uint32)
    sel = h32 < THRESHOLD
    h32, doc = h32[sel], doc[sel]
    common = common_keys()
    if common.size:
        pos = np.searchsorted(common, h32)
        pos[pos >= common.size] = 0
        keep = common[pos] != h32
        h32, doc = h32[keep], doc[keep]
    combined = np.unique((doc.astype(np.uint64) << np.uint64(32)) | h32.astype(np.uint64))
    cdoc = (combined >> np.uint64(32)).astype(np.int64)
    ckey = (combined & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    bounds = np.searchsorted(cdoc, np.arange(len(texts) + 1))
    return [Fingerprint(ckey[bounds[i] : bounds[i + 1]].copy(), int(counts[i])) for i in range(len(texts))]


def fingerprint(text: str) -> Fingerprint:
    """Fingerprint of one text."""
    return fingerprint_batch([text])[0]
