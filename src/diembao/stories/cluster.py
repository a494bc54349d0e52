"""Grouping copies into stories: a story is a connected component of the "is a copy of" relation.

Two articles are copies when they share at least `min_shared` rare keys and the shared keys are at
least `min_containment` of the smaller article's keys (containment, so a copy with its last
paragraphs cut still joins; common keys are dropped in `fingerprint`, so a shared template lead or
list of officials does not count). The relation is a pure symmetric function of the two texts, so
its connected components do not depend on arrival order: online assignment (article by article,
batch by batch) and re-clustering a whole store give the same stories.

Story id = the id of its canonical earliest member, by (published instant in UTC, id); undated
articles sort after dated ones. When an earlier copy arrives late, or two stories merge through a
new article, the story is re-keyed to the new earliest member (the caller gets every article whose
story id changed).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np
import numpy.typing as npt

from diembao.stories.fingerprint import U32, Fingerprint, fingerprint_batch

MIN_CONTAINMENT = 0.6  # copies sit at >= 0.7; follow-ups reach 0.5 (eval real_overlap pairs)
MIN_SHARED = 3
DF_COMMON = 30  # distinct anchors from which a key counts as a template
UNDATED = "~"  # sorts after any ISO timestamp


@dataclass(frozen=True)
class MatchParams:
    """Thresholds of the copy relation (see module docstring)."""

    min_containment: float = MIN_CONTAINMENT
    min_shared: int = MIN_SHARED


DEFAULT = MatchParams()


def utc_key(published: str | None) -> str:
    """Sortable UTC form of an ISO 8601 timestamp ("~" when missing or unreadable)."""
    if not published:
        return UNDATED
    try:
        dt = datetime.fromisoformat(published.strip().replace("Z", "+00:00"))
    except ValueError:
        return UNDATED
    if dt.tzinfo is None:
        # A naive time is taken as Vietnam local time, the press's own clock.
        from zoneinfo import ZoneInfo

        dt = dt.replace(tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def order_key(article_id: str, published: str | None) -> str:
    """The canonical order of articles: published instant (UTC), then id."""
    return utc_key(published) + "\x00" + article_id


def is_copy(shared: int, keys_a: int, keys_b: int, params: MatchParams = DEFAULT) -> bool:
    """The copy relation from the number of shared keys and each side's key count."""
    smaller = min(keys_a, keys_b)
    return smaller > 0 and shared >= params.min_shared and shared >= params.min_containment * smaller


def shared_keys(a: U32, b: U32) -> int:
    """Number of keys two fingerprints share (both sorted, unique)."""
    return int(np.intersect1d(a, b, assume_unique=True).size)


@dataclass
class Record:
    """One article to cluster: id, text (title + body), optional published time and outlet."""

    id: str
    text: str
    published: str | None = None
    outlet: str | None = None


def _merge(
    k1: U32, d1: npt.NDArray[np.uint32], k2: U32, d2: npt.NDArray[np.uint32]
) -> tuple[U32, npt.NDArray[np.uint32]]:
    """Merge two sorted segments in place of a sort: no int64 permutation of the whole index,
    which kept the peak memory of a 1,000,000-article index above 2 GB."""
    pos2 = np.searchsorted(k1, k2, side="right") + np.arange(k2.size)
    n = k1.size + k2.size
    k = np.empty(n, dtype=np.uint32)
    d = np.empty(n, dtype=np.uint32)
    rest = np.ones(n, dtype=bool)
    rest[pos2] = False
    k[pos2] = k2
    d[pos2] = d2
    k[rest] = k1
    d[rest] = d1
    return k, d


class KeyIndex:
    """key -> article numbers, as a few sorted uint32 segments (no Python object per key).

    Segments merge like a binary counter, so adding N keys costs O(N log N) overall and a query
    searches O(log N) segments.
    """

    def __init__(self) -> None:
        self._segs: list[tuple[U32, npt.NDArray[np.uint32]]] = []

    def add(self, keys: U32, docs: npt.NDArray[np.uint32]) -> None:
        order = np.argsort(keys, kind="stable")
        seg = (keys[order], docs[order])
        self._segs.append(seg)
        while len(self._segs) > 1 and self._segs[-1][0].size * 2 >= self._segs[-2][0].size:
            k2, d2 = self._segs.pop()
            k1, d1 = self._segs.pop()
            self._segs.append(_merge(k1, d1, k2, d2))

    def remove_docs(self, docs: Iterable[int]) -> None:
        gone = np.fromiter(docs, dtype=np.uint32)
        if gone.size:
            self._segs = [(k[m], d[m]) for k, d in self._segs for m in [~np.isin(d, gone)]]

    def pairs(
        self, keys: U32, qdocs: npt.NDArray[np.int64]
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """For query keys (with the query doc of each): (query doc, indexed doc, shared count)."""
        qs: list[npt.NDArray[np.int64]] = []
        ds: list[npt.NDArray[np.int64]] = []
        for sk, sd in self._segs:
            lo = np.searchsorted(sk, keys, "left")
            hi = np.searchsorted(sk, keys, "right")
            n = hi - lo
            hit = n > 0
            if not hit.any():
                continue
            lo, n, q = lo[hit], n[hit], qdocs[hit]
            total = int(n.sum())
            # positions lo[i] .. lo[i]+n[i]-1 for every hit, without a Python loop
            starts = np.repeat(lo - np.cumsum(n) + n, n)
            pos = starts + np.arange(total)
            qs.append(np.repeat(q, n))
            ds.append(sd[pos].astype(np.int64))
        if not qs:
            e = np.zeros(0, dtype=np.int64)
            return e, e, e
        q = np.concatenate(qs)
        d = np.concatenate(ds)
        pair, counts = np.unique((q << 32) | d, return_counts=True)
        return pair >> 32, pair & 0xFFFFFFFF, counts.astype(np.int64)

    @property
    def nbytes(self) -> int:
        return sum(k.nbytes + d.nbytes for k, d in self._segs)


class Clusterer:
    """In-memory online clustering: `add` batches of records, read stories at any time.

    Keys shared by at least `DF_COMMON` different *anchors* (an anchor is a document's smallest
    key, so the copies of one story mostly share one) are treated as templates and ignored when
    counting shared keys: a lead like "Ngày X/Y, UBND tỉnh ... tổ chức hội nghị ..." spreads over
    many unrelated stories, while the keys of even a widely syndicated story stay under few
    anchors. The anchor count of a key only grows as articles arrive, so a key turning common can
    only remove copy links; the stories holding it are then recomputed (and may split), which
    keeps the result equal to clustering the whole set at once.
    """

    def __init__(self, params: MatchParams = DEFAULT, df_common: int | None = None) -> None:
        self.params = params
        self.df_common = DF_COMMON if df_common is None else df_common
        self.index = KeyIndex()
        self.common: set[int] = set()
        self._anchor = array("q")  # each article's smallest key (-1 when it has none)
        self.ids: list[str] = []
        self.order: list[str] = []
        self.nkeys = array("l")  # keys per article
        # the keys of every article, one array per batch (no numpy object per article)
        self._kbufs: list[U32] = []
        self._kbuf = array("l")
        self._kstart = array("q")
        self.alive: list[bool] = []
        self._num: dict[str, int] = {}
        self._parent: list[int] = []
        self._members: dict[int, list[int]] = {}

    def __len__(self) -> int:
        return len(self._num)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._num

    # ------------------------------------------------------------------ union-find

    def _find(self, x: int) -> int:
        p = self._parent
        root = x
        while p[root] != root:
            root = p[root]
        while p[x] != root:
            p[x], x = root, p[x]
        return root

    def _union(self, a: int, b: int, changed: set[int]) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return
        if self.order[rb] < self.order[ra]:
            ra, rb = rb, ra
        # ra (earliest) becomes the root: every member of rb's story gets ra's story id.
        self._parent[rb] = ra
        moved = self._members.pop(rb)
        changed.update(moved)
        self._members[ra].extend(moved)

    # ------------------------------------------------------------------ links

    def keys_of(self, n: int) -> U32:
        """The fingerprint keys of article number n (empty once removed)."""
        if not self.alive[n]:
            return np.zeros(0, dtype=np.uint32)
        start = self._kstart[n]
        return self._kbufs[self._kbuf[n]][start : start + self.nkeys[n]]

    def _rare(self, keys: U32) -> U32:
        if not self.common or not keys.size:
            return keys
        common = np.fromiter(self.common, dtype=np.uint32)
        return keys[~np.isin(keys, common)]

    def _links(self, docs: Sequence[int]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """Copy links (a, b) from `docs` to any indexed article (including other `docs`)."""
        if not docs:
            e = np.zeros(0, dtype=np.int64)
            return e, e
        rare = [self._rare(self.keys_of(n)) for n in docs]
        allkeys = np.concatenate(rare).astype(np.uint32)
        qdocs = np.repeat(np.asarray(docs, dtype=np.int64), [r.size for r in rare])
        q, d, c = self.index.pairs(allkeys, qdocs)
        nk = np.asarray(self.nkeys, dtype=np.int64)
        smaller = np.minimum(nk[q], nk[d])
        ok = (q != d) & (smaller > 0) & (c >= self.params.min_shared)
        ok &= c >= self.params.min_containment * smaller
        return q[ok], d[ok]

    def _newly_common(self, keys: U32) -> list[int]:
        """Mark keys whose postings now span at least `df_common` distinct anchors as common."""
        cand = np.unique(keys)
        if self.common:
            cand = cand[~np.isin(cand, np.fromiter(self.common, dtype=np.uint32))]
        if not cand.size:
            return []
        # Distinct anchors per key from the postings themselves: no extra index to keep.
        q, d, _ = self.index.pairs(cand, np.arange(cand.size, dtype=np.int64))
        anchors = np.frombuffer(self._anchor, dtype=np.int64)[d]
        pairs = np.unique((q << 33) | (anchors + 1))
        per_key = np.bincount((pairs >> 33).astype(np.int64), minlength=cand.size)
        fresh = [int(k) for k in cand[per_key >= self.df_common]]
        self.common.update(fresh)
        return fresh

    def _recompute(self, docs: Iterable[int], changed: set[int]) -> None:
        """Recompute the stories holding `docs` from scratch (they may split or merge)."""
        region: set[int] = set()
        for n in docs:
            if self.alive[n]:
                region.update(self._members[self._find(n)])
        if not region:
            return
        before = {n: self._find(n) for n in region}
        for root in set(before.values()):
            self._members.pop(root, None)
        for n in region:
            self._parent[n] = n
            self._members[n] = [n]
        q, d = self._links(sorted(region))
        tmp: set[int] = set()
        for a, b in zip(q.tolist(), d.tolist(), strict=True):
            if b in region:
                self._union(a, b, tmp)
        changed.update(n for n in region if self._find(n) != before[n])

    # ------------------------------------------------------------------ public

    def add(self, records: Sequence[Record]) -> list[str]:
        """Assign a batch; returns the ids of every article whose story is new or changed.

        An id already present is skipped (remove it first to replace it with a new version).
        """
        seen: set[str] = set()
        batch = []
        for r in records:
            if r.id not in self._num and r.id not in seen:
                seen.add(r.id)
                batch.append(r)
        if not batch:
            return []
        return self.add_fingerprints(batch, fingerprint_batch([r.text for r in batch]))

    def add_fingerprints(self, batch: Sequence[Record], fps: Sequence[Fingerprint]) -> list[str]:
        """Like `add`, with fingerprints already computed (one per record)."""
        base = len(self.ids)
        new = list(range(base, base + len(fps)))
        offset = 0
        for n, r, f in zip(new, batch, fps, strict=True):
            self._num[r.id] = n
            self.ids.append(r.id)
            self.order.append(order_key(r.id, r.published))
            self.nkeys.append(int(f.keys.size))
            self._kbuf.append(len(self._kbufs))
            self._kstart.append(offset)
            offset += int(f.keys.size)
            self.alive.append(True)
            self._anchor.append(int(f.keys[0]) if f.keys.size else -1)
            self._parent.append(n)
            self._members[n] = [n]
        if not fps:
            return []
        sizes = [f.keys.size for f in fps]
        allkeys = np.concatenate([f.keys for f in fps]).astype(np.uint32)
        self._kbufs.append(allkeys)
        docs = np.repeat(np.asarray(new, dtype=np.uint32), sizes)
        self.index.add(allkeys, docs)
        changed: set[int] = set(new)
        fresh = self._newly_common(allkeys)
        if fresh:
            fk = np.asarray(fresh, dtype=np.uint32)
            _, holders, _ = self.index.pairs(fk, np.zeros(fk.size, dtype=np.int64))
            old = [int(h) for h in np.unique(holders) if h < base]
            self._recompute(old, changed)
        q, d = self._links(new)
        for a, b in zip(q.tolist(), d.tolist(), strict=True):
            self._union(a, b, changed)
        return [self.ids[n] for n in sorted(changed)]

    def remove(self, article_ids: Iterable[str]) -> list[str]:
        """Forget articles; returns the ids of remaining articles whose story changed."""
        gone = sorted({self._num.pop(i) for i in article_ids if i in self._num})
        if not gone:
            return []
        region: set[int] = set()
        for n in gone:
            region.update(self._members[self._find(n)])
        for n in gone:
            self.alive[n] = False
        self.index.remove_docs(gone)
        # Deletions are rare: recompute the common keys from what is left.
        live = [n for n in range(len(self.ids)) if self.alive[n]]
        old_common, self.common = self.common, set()
        if live:
            self._newly_common(np.concatenate([self.keys_of(n) for n in live]).astype(np.uint32))
        back = np.asarray(sorted(old_common - self.common), dtype=np.uint32)
        if back.size:
            # keys rare again may link articles that were apart: recompute the stories holding them
            _, holders, _ = self.index.pairs(back, np.zeros(back.size, dtype=np.int64))
            for h in np.unique(holders).tolist():
                region.update(self._members[self._find(int(h))])
        before = {n: self.ids[self._find(n)] for n in region}
        for root in {self._find(n) for n in region}:
            self._members.pop(root, None)
        for n in region:
            self._parent[n] = n
            if self.alive[n]:
                self._members[n] = [n]
        alive_region = sorted(n for n in region if self.alive[n])
        q, d = self._links(alive_region)
        inside = set(alive_region)
        tmp: set[int] = set()
        for a, b in zip(q.tolist(), d.tolist(), strict=True):
            if b in inside:
                self._union(a, b, tmp)
        return sorted(self.ids[n] for n in alive_region if self.ids[self._find(n)] != before[n])

    def story_of(self, article_id: str) -> str:
        """The story id of an added article (KeyError if unknown)."""
        return self.ids[self._find(self._num[article_id])]

    def assignments(self) -> dict[str, str]:
        """article id -> story id, for every article present."""
        return {i: self.ids[self._find(n)] for i, n in self._num.items()}

    def stories(self) -> dict[str, list[str]]:
        """story id -> member ids in canonical order."""
        out: dict[str, list[str]] = {}
        for root, members in self._members.items():
            if self.alive[root]:
                out[self.ids[root]] = [self.ids[m] for m in sorted(members, key=self.order.__getitem__)]
        return out

    def related(self, article_id: str, limit: int = 5, min_score: float = 0.05) -> list[tuple[str, float]]:
        """Other stories most similar to an article's: (story id, score), best first.

        Score = the largest share of rare keys the article has in common with a member of that
        story, over the smaller side; its own story (its copies) is excluded.
        """
        n = self._num[article_id]
        own = self._find(n)
        keys = self._rare(self.keys_of(n))
        _, d, c = self.index.pairs(keys, np.full(keys.size, n, dtype=np.int64))
        best: dict[int, float] = {}
        for doc, cnt in zip(d.tolist(), c.tolist(), strict=True):
            root = self._find(doc)
            if root == own or cnt < 2:
                continue
            score = cnt / max(1, min(self.nkeys[n], self.nkeys[doc]))
            if score >= min_score and score > best.get(root, 0.0):
                best[root] = score
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], self.order[kv[0]]))
        return [(self.ids[r], round(s, 4)) for r, s in ranked[:limit]]


def cluster_records(
    records: Iterable[Record], batch: int = 1024, params: MatchParams = DEFAULT
) -> dict[str, str]:
    """article id -> story id for a set of records (same result in any order or batching)."""
    cl = Clusterer(params)
    buf: list[Record] = []
    for r in records:
        buf.append(r)
        if len(buf) >= batch:
            cl.add(buf)
            buf = []
    cl.add(buf)
    return cl.assignments()
