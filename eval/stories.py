"""Story clustering quality on a seeded syndication set built from real articles at eval time.

    python -m eval.stories                       # both splits, with datasketch and rensa baselines
    python -m eval.stories --split test --check  # what the CI gate runs (pins: eval/pins/stories.json)

The set (see eval/data/stories/manifest.json for sizes and seeds): real VietNews test and VNTC test
articles as origins; for each, 0-4 republished copies with 1-4 realistic edits each (new headline,
credit line lead/tail, last 1-3 paragraphs cut, "Tin liên quan" box, the other tone-mark style, NFD,
sapo rewritten, two quote paragraphs swapped, typos, a local paragraph added, outlet header/footer,
photo credit, paragraphs merged/split, no-break spaces). Hard negatives, each a pair that must stay
apart: (1) two different real articles given the same template lead ("Ngày X/Y, UBND tỉnh ... tổ
chức hội nghị ...") and the same paragraph of officials; (2) a follow-up: a different real article
that quotes one paragraph of the first ("Như đã đưa tin, ..."); (3) real article pairs from the
corpora with high lexical overlap (exact 5-syllable-shingle containment in [0.2, 0.5): same topic or
template, not copies; pairs at >= 0.5 may be the same story and are left out of the set).
Origins that are exact or near duplicates of each other in the corpora are dropped.

Scores: pairwise precision/recall/F1 over same-story pairs, B-cubed F1, merged hard-negative pairs.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from diembao.stories.cluster import Record, cluster_records
from diembao.stories.fingerprint import fingerprint_batch, tokens_of
from diembao.text.normalise import _TO_SECOND
from eval.corpora import CorpusDoc, require_shared, sha256_of, vietnews, vntc

HERE = Path(__file__).parent
PINS = HERE / "pins" / "stories.json"
MANIFEST = HERE / "data" / "stories" / "manifest.json"

OUTLETS = [
    "Báo Sóc Trăng",
    "Báo Cần Thơ",
    "Báo Đà Nẵng",
    "Báo Hà Tĩnh",
    "Báo Quảng Ninh",
    "Báo Bình Định",
    "Báo Lào Cai",
    "Báo Nghệ An",
    "Báo Long An",
    "Báo Đồng Nai",
    "Báo Thanh Hóa",
    "Báo Tây Ninh",
]
CREDITS_LEAD = ["(TTXVN) - ", "(Chinhphu.vn) - ", "(VOV) - ", "(NDO) - "]
CREDITS_TAIL = ["Theo VOV", "Nguồn: Báo Nhân Dân", "(Theo Tuổi Trẻ)", "Theo Chinhphu.vn", "Theo TTXVN"]
HEADERS = [
    "Báo {o} điện tử - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh",
    "{o} | Tin tức mới nhất trong ngày",
]
FOOTERS = [
    "Bản quyền thuộc về {o}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
    "Theo dõi {o} trên Google News để cập nhật tin tức nhanh nhất.",
    "Mời bạn đọc xem thêm các tin bài liên quan trên chuyên trang của {o}.",
]
PROVINCES = ["Sóc Trăng", "Cần Thơ", "Quảng Ninh", "Nghệ An", "Long An", "Bình Định", "Hà Tĩnh", "Tây Ninh"]
OFFICIALS = [
    "Lâm Văn Mẫn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy",
    "Trần Văn Lâu, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh",
    "Hồ Thị Cẩm Đào, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh",
    "Nguyễn Văn Khởi, Phó Chủ tịch Thường trực UBND tỉnh",
]
EVENTS = [
    "tổ chức hội nghị tổng kết công tác năm {y} và triển khai nhiệm vụ năm {y1}",
    "tổ chức hội nghị sơ kết 6 tháng đầu năm {y} và triển khai phương hướng nhiệm vụ 6 tháng cuối năm",
    "tổ chức lễ phát động phong trào thi đua yêu nước giai đoạn {y} - {y1}",
]
_FINAL_OLD = re.compile(r"([òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ][aAeEyY])(?!\w)")


def new_style(s: str) -> str:
    """The other tone placement ("hòa" -> "hoà")."""
    return _FINAL_OLD.sub(lambda m: _TO_SECOND.get(m.group(1), m.group(1)), s)


@dataclass
class Doc:
    id: str
    title: str
    paragraphs: list[str]
    published: str
    outlet: str
    story: str  # gold story
    edits: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    def record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "text": self.text,
            "published": self.published,
            "outlet": self.outlet,
        }


@dataclass
class EvalSet:
    docs: list[Doc]
    hard_negatives: list[tuple[str, str, str]]  # (doc a, doc b, kind)


# ----------------------------------------------------------------------------- origins


def _paragraphs(d: CorpusDoc, rng: random.Random) -> list[str]:
    lines = [x.strip() for x in d.body.split("\n") if x.strip()]
    if d.id.startswith("vietnews/"):
        # VietNews bodies are one sentence per line: group 1-3 sentences into a paragraph.
        paras: list[str] = []
        i = 0
        while i < len(lines):
            k = rng.randint(1, 3)
            paras.append(" ".join(lines[i : i + k]))
            i += k
        lines = paras
    if d.sapo:
        lines = [d.sapo.strip(), *lines]
    return lines


def _filler(split: str, n: int) -> list[str]:
    """Paragraphs (<= 80 words) of VNTC test articles that are not origins in either split."""
    out: list[str] = []
    for i, d in enumerate(vntc(split="test", limit=20 * n)):
        if i % 20 == (15 if split == "dev" else 17):
            out.extend(p for p in d.body.split("\n") if 15 <= len(p.split()) <= 80)
    return out[:n]


def _shingles(text: str, k: int = 5) -> set[str]:
    t = tokens_of(text)
    return {" ".join(t[i : i + k]) for i in range(len(t) - k + 1)}


def _containment(a: set[str], b: set[str]) -> float:
    return len(a & b) / max(1, min(len(a), len(b)))


def _pool(split: str, n_vietnews: int, n_vntc: int) -> list[CorpusDoc]:
    """Candidate origins: VietNews test docs by parity of position (dev even, test odd); VNTC test."""
    parity = 0 if split == "dev" else 1
    out: list[CorpusDoc] = []
    for i, d in enumerate(vietnews(limit=4 * n_vietnews + 10)):
        if i % 2 == parity and len(out) < n_vietnews:
            out.append(d)
    m = 0
    for i, d in enumerate(vntc(split="test", limit=40 * n_vntc)):
        if i % 20 == 2 * parity + 1 and m < n_vntc:  # spread over topics, disjoint between splits
            out.append(d)
            m += 1
    return out


def _dedupe(
    docs: list[tuple[CorpusDoc, list[str]]],
) -> tuple[list[tuple[CorpusDoc, list[str]]], list[tuple[int, int, float]]]:
    """Drop near-duplicate origins (containment >= 0.5); return kept docs and overlap pairs of them."""
    sh = [_shingles("\n\n".join(p)) for _, p in docs]
    inv: dict[str, list[int]] = defaultdict(list)
    keep: list[int] = []
    pairs: list[tuple[int, int, float]] = []
    for i, s in enumerate(sh):
        counts: dict[int, int] = defaultdict(int)
        for g in s:
            for j in inv.get(g, ()):
                counts[j] += 1
        best = max((c / max(1, min(len(s), len(sh[j]))) for j, c in counts.items()), default=0.0)
        if best >= 0.5 or len(s) < 40:
            continue
        for j, c in counts.items():
            cont = c / max(1, min(len(s), len(sh[j])))
            if cont >= 0.2:
                pairs.append((j, i, cont))
        keep.append(i)
        for g in s:
            inv[g].append(i)
    index = {old: new for new, old in enumerate(keep)}
    return [docs[i] for i in keep], [(index[a], index[b], c) for a, b, c in pairs]


# ----------------------------------------------------------------------------- edits


def _typos(paras: list[str], rng: random.Random) -> list[str]:
    out = []
    for p in paras:
        words = p.split(" ")
        for _ in range(max(1, len(words) // 60)):
            i = rng.randrange(len(words))
            w = words[i]
            if len(w) > 3:
                j = rng.randrange(len(w) - 1)
                op = rng.random()
                if op < 0.4:
                    w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                elif op < 0.7:
                    w = w[:j] + w[j + 1 :]
                else:
                    w = w[:j] + w[j] + w[j:]
                words[i] = w
        out.append(" ".join(words))
    return out


def _rewrite_sapo(p: str, rng: random.Random) -> str:
    words = p.split(" ")
    keep = [w for w in words if rng.random() > 0.35]
    cut = len(keep) // 2
    return " ".join([*keep[cut:], "-", *keep[:cut]])


def make_copy(
    origin: Doc, n: int, rng: random.Random, others: Sequence[Doc], t0: datetime, filler: Sequence[str]
) -> Doc:
    paras = list(origin.paragraphs)
    title = origin.title
    outlet = rng.choice([o for o in OUTLETS if o != origin.outlet])
    kinds = [
        "headline",
        "credit_lead",
        "credit_tail",
        "cut_tail",
        "related_box",
        "tone_style",
        "nfd",
        "sapo_rewrite",
        "swap_quotes",
        "typos",
        "local_paragraph",
        "boilerplate",
        "photo_credit",
        "merge_split",
        "nbsp",
    ]
    edits = rng.sample(kinds, rng.randint(1, 4))
    for e in edits:
        if e == "headline":
            w = title.split()
            title = " ".join([*w[len(w) // 2 :], ":", *w[: len(w) // 2]])
        elif e == "credit_lead":
            paras[0] = rng.choice(CREDITS_LEAD) + paras[0]
        elif e == "credit_tail":
            paras.append(rng.choice(CREDITS_TAIL))
        elif e == "cut_tail" and len(paras) >= 5:
            # keep at least 3 paragraphs: a copy reduced to its lead is not a copy anyone can place
            paras = paras[: len(paras) - rng.randint(1, min(3, len(paras) - 3))]
        elif e == "related_box":
            box = ["Tin liên quan:"] + [o.title for o in rng.sample(list(others), 3)]
            paras.insert(min(2, len(paras)), "\n".join(box))
        elif e == "tone_style":
            paras = [new_style(p) for p in paras]
            title = new_style(title)
        elif e == "sapo_rewrite":
            paras[0] = _rewrite_sapo(paras[0], rng)
        elif e == "swap_quotes" and len(paras) >= 4:
            i = rng.randrange(1, len(paras) - 1)
            paras[i], paras[i + 1] = paras[i + 1], paras[i]
        elif e == "typos":
            paras = _typos(paras, rng)
        elif e == "local_paragraph":
            # local content: a paragraph of an article outside the set (not another story's text)
            paras.insert(rng.randrange(1, len(paras) + 1), rng.choice(filler))
        elif e == "boilerplate":
            paras.insert(0, rng.choice(HEADERS).format(o=outlet))
            paras.append(rng.choice(FOOTERS).format(o=outlet))
        elif e == "photo_credit":
            paras.insert(
                min(1, len(paras)),
                f"Quang cảnh buổi làm việc. (Ảnh: {rng.choice(['Minh Huệ', 'Thanh Hà'])}/TTXVN)",
            )
        elif e == "merge_split" and len(paras) >= 3:
            i = rng.randrange(len(paras) - 1)
            paras[i : i + 2] = [paras[i] + " " + paras[i + 1]]
        elif e == "nbsp":
            paras = [p.replace(" ", "\u00a0", 5) for p in paras]
        elif e == "nfd":
            pass  # applied last, to the whole text
    if "nfd" in edits:
        paras = [unicodedata.normalize("NFD", p) for p in paras]
        title = unicodedata.normalize("NFD", title)
    published = (t0 + timedelta(minutes=rng.randint(-30, 2000))).strftime("%Y-%m-%dT%H:%M:%S+07:00")
    return Doc(f"{origin.id}~c{n}", title, paras, published, outlet, origin.story, edits)


# ----------------------------------------------------------------------------- the set


def build_set(split: str = "test", manifest: dict[str, Any] | None = None) -> EvalSet:
    """The seeded evaluation set of one split (deterministic)."""
    m = manifest or json.loads(MANIFEST.read_text())
    cfg = m["splits"][split]
    rng = random.Random(cfg["seed"])
    pool = _pool(split, cfg["vietnews"], cfg["vntc"])
    prepared = [(d, _paragraphs(d, rng)) for d in pool]
    prepared = [(d, p) for d, p in prepared if len(p) >= 3]
    kept, overlap_pairs = _dedupe(prepared)
    filler = _filler(split, 300)
    start = datetime(2024, 1, 1, 7, 0)
    origins: list[Doc] = []
    for i, (d, paras) in enumerate(kept):
        t0 = start + timedelta(minutes=37 * i)
        doc_id = d.id.replace(" ", "_")
        origins.append(
            Doc(doc_id, d.title, paras, t0.strftime("%Y-%m-%dT%H:%M:%S+07:00"), rng.choice(OUTLETS), doc_id)
        )
    kept_ids = [o.id for o in origins]
    docs: list[Doc] = []
    negatives: list[tuple[str, str, str]] = []
    # (1) template-sharing pairs built from real texts: same lead and officials, different bodies.
    # Only origins with enough content of their own: a one-sentence story under a two-paragraph
    # template is not something a reader could tell apart either.
    long_ones = [o for o in origins if len(o.paragraphs) >= 6]
    others = [o for o in origins if len(o.paragraphs) < 6]
    origins = long_ones + others
    n_tpl = cfg["template_pairs"]
    for k in range(n_tpl):
        a, b = origins[2 * k], origins[2 * k + 1]
        prov = rng.choice(PROVINCES)
        day = rng.randint(1, 28)
        month = rng.randint(1, 12)
        lead = f"Ngày {day}/{month}, UBND tỉnh {prov} " + rng.choice(EVENTS).format(y=2023, y1=2024) + "."
        who = "Dự hội nghị có các đồng chí: " + "; ".join(rng.sample(OFFICIALS, 3)) + "."
        for o in (a, b):
            o.paragraphs = [lead, who, *o.paragraphs[1:]]
        negatives.append((a.id, b.id, "template"))
    # (2) follow-ups: a different article quoting one paragraph of the first.
    n_fu = cfg["followups"]
    for k in range(n_fu):
        a, b = origins[2 * n_tpl + 2 * k], origins[2 * n_tpl + 2 * k + 1]
        quote = rng.choice(a.paragraphs[1:])
        b.paragraphs.insert(1, "Như đã đưa tin, " + quote[0].lower() + quote[1:])
        negatives.append((a.id, b.id, "followup"))
    # (3) real high-overlap pairs found among the origins.
    for i, j, _ in overlap_pairs:
        negatives.append((kept_ids[i], kept_ids[j], "real_overlap"))
    for o in origins:
        docs.append(o)
        t0 = datetime.fromisoformat(o.published).replace(tzinfo=None)
        n_copies = rng.choice([0, 1, 1, 2, 2, 3, 4])
        for n in range(n_copies):
            docs.append(make_copy(o, n, rng, origins, t0, filler))
    rng.shuffle(docs)
    return EvalSet(docs, negatives)


# ----------------------------------------------------------------------------- scoring


def score(
    gold: dict[str, str], pred: dict[str, str], negatives: Sequence[tuple[str, str, str]]
) -> dict[str, Any]:
    """Pairwise P/R/F1, B-cubed P/R/F1 and merged hard-negative pairs."""
    gclus: dict[str, set[str]] = defaultdict(set)
    pclus: dict[str, set[str]] = defaultdict(set)
    for d, s in gold.items():
        gclus[s].add(d)
    for d, s in pred.items():
        pclus[s].add(d)

    def pairs(cl: dict[str, set[str]]) -> set[tuple[str, str]]:
        out = set()
        for mem in cl.values():
            ms = sorted(mem)
            out.update((ms[i], ms[j]) for i in range(len(ms)) for j in range(i + 1, len(ms)))
        return out

    gp, pp = pairs(gclus), pairs(pclus)
    tp = len(gp & pp)
    p = tp / len(pp) if pp else 1.0
    r = tp / len(gp) if gp else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    bp = br = 0.0
    for d in gold:
        g = gclus[gold[d]]
        q = pclus[pred[d]]
        inter = len(g & q)
        bp += inter / len(q)
        br += inter / len(g)
    bp /= len(gold)
    br /= len(gold)
    bf = 2 * bp * br / (bp + br) if bp + br else 0.0
    merged = [(a, b, k) for a, b, k in negatives if pred[a] == pred[b]]
    by_kind: dict[str, int] = defaultdict(int)
    for _, _, k in negatives:
        by_kind[k] += 1
    return {
        "docs": len(gold),
        "gold_stories": len(gclus),
        "pred_stories": len(pclus),
        "pair_precision": round(p, 4),
        "pair_recall": round(r, 4),
        "pair_f1": round(f, 4),
        "bcubed_precision": round(bp, 4),
        "bcubed_recall": round(br, 4),
        "bcubed_f1": round(bf, 4),
        "hard_negative_pairs": len(negatives),
        "hard_negatives_by_kind": dict(sorted(by_kind.items())),
        "merged_hard_negatives": len(merged),
        "merged_hard_negative_rate": round(len(merged) / max(1, len(negatives)), 4),
    }


def _components(ids: list[str], edges: list[tuple[str, str]]) -> dict[str, str]:
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {i: find(i) for i in ids}


def _str_shingles(text: str, k: int = 3) -> list[str]:
    t = tokens_of(text)
    return [" ".join(t[i : i + k]) for i in range(max(1, len(t) - k + 1))]


def baseline_datasketch(docs: Sequence[Doc], threshold: float = 0.5) -> dict[str, str]:
    """datasketch MinHashLSH (128 perms, 3-syllable shingles): LSH candidates are copies."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=128)
    edges: list[tuple[str, str]] = []
    for d in docs:
        mh = MinHash(num_perm=128)
        mh.update_batch([s.encode() for s in _str_shingles(d.text)])
        edges.extend((d.id, o) for o in lsh.query(mh))
        lsh.insert(d.id, mh)
    return _components([d.id for d in docs], edges)


def baseline_rensa(docs: Sequence[Doc], threshold: float = 0.5) -> dict[str, str]:
    """rensa RMinHashLSH (128 perms, 16 bands, 3-syllable shingles): LSH candidates are copies."""
    from rensa import RMinHash, RMinHashLSH

    lsh = RMinHashLSH(threshold=threshold, num_perm=128, num_bands=16)
    edges: list[tuple[str, str]] = []
    for n, d in enumerate(docs):
        mh = RMinHash(num_perm=128, seed=42)
        mh.update(_str_shingles(d.text))
        edges.extend((d.id, docs[o].id) for o in lsh.query(mh))
        lsh.insert(n, mh)
    return _components([d.id for d in docs], edges)


def ours(docs: Sequence[Doc]) -> dict[str, str]:
    return cluster_records(Record(d.id, d.text, d.published, d.outlet) for d in docs)


SYSTEMS: dict[str, Callable[[Sequence[Doc]], dict[str, str]]] = {
    "diembao": ours,
    "datasketch_lsh_0.5": baseline_datasketch,
    "rensa_lsh_0.5": baseline_rensa,
}


def evaluate(split: str = "test", systems: Sequence[str] = tuple(SYSTEMS)) -> dict[str, Any]:
    """Scores of each system on one split of the set."""
    t = time.perf_counter()
    es = build_set(split)
    out: dict[str, Any] = {"split": split, "build_seconds": round(time.perf_counter() - t, 1)}
    gold = {d.id: d.story for d in es.docs}
    for name in systems:
        t = time.perf_counter()
        pred = SYSTEMS[name](es.docs)
        res = score(gold, pred, es.hard_negatives)
        res["seconds"] = round(time.perf_counter() - t, 2)
        out[name] = res
    return out


def check(result: dict[str, Any], gate: dict[str, Any]) -> list[str]:
    """Failures of our scores against the pinned minimums (empty = pass)."""
    r = result["diembao"]
    fails = []
    for key in ("pair_f1", "pair_precision", "pair_recall", "bcubed_f1"):
        if r[key] < gate["min_" + key]:
            fails.append(f"{key} {r[key]} < {gate['min_' + key]}")
    if r["merged_hard_negatives"] > gate["max_merged_hard_negatives"]:
        fails.append(
            f"merged hard negatives {r['merged_hard_negatives']} > {gate['max_merged_hard_negatives']}"
        )
    return fails


def errors(split: str = "dev", limit: int = 20) -> None:
    """Print missed copies and wrong merges (for tuning on the dev split)."""
    es = build_set(split)
    pred = ours(es.docs)
    by_id = {d.id: d for d in es.docs}
    fps = dict(zip(by_id, fingerprint_batch([d.text for d in by_id.values()]), strict=True))
    gold_groups: dict[str, list[str]] = defaultdict(list)
    for d in es.docs:
        gold_groups[d.story].append(d.id)
    shown = 0
    for mem in gold_groups.values():
        for x in mem:
            if pred[x] != pred[mem[0]] and shown < limit:
                a, b = fps[mem[0]], fps[x]
                shared = len(set(a.keys.tolist()) & set(b.keys.tolist()))
                print("MISS", mem[0], x, by_id[x].edits, "shared", shared, "keys", a.keys.size, b.keys.size)
                shown += 1
    for a, b, k in es.hard_negatives:
        if pred[a] == pred[b]:
            print("MERGED", k, a, b)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["dev", "test", "both"], default="both")
    ap.add_argument("--no-baselines", action="store_true")
    ap.add_argument("--errors", action="store_true", help="print misses and merges (dev tuning)")
    ap.add_argument("--check", action="store_true", help="exit 1 below the pins")
    a = ap.parse_args(argv)
    require_shared()
    if a.errors:
        errors("dev" if a.split == "both" else a.split)
        return 0
    systems = ["diembao"] if a.no_baselines else list(SYSTEMS)
    splits = ["dev", "test"] if a.split == "both" else [a.split]
    fails: list[str] = []
    pins = json.loads(PINS.read_text()) if PINS.exists() else None
    for s in splits:
        res = evaluate(s, systems)
        print(json.dumps(res, ensure_ascii=False, indent=1))
        if a.check and pins is not None:
            fails += check(res, pins["gate"])
    if a.check and pins is not None:
        root = require_shared()
        for rel, digest in pins["data"].items():
            if sha256_of(root / rel) != digest:
                fails.append(f"{rel} changed: re-measure and re-pin")
    for f in fails:
        print("FAIL", f, file=sys.stderr)
    return 1 if fails else 0


if __name__ == "__main__":
    raise SystemExit(main())
