"""Rebuild eval/data/entities/gold.jsonl from spec.txt and the shared corpora (`python -m eval.entities --rebuild`).

Every word-bounded, case-sensitive occurrence of each annotated surface becomes a mention; an
occurrence inside a longer annotated mention is dropped when it is the same type (short form of
the same entity, or a person's name inside another person's) or a person inside an ORG/LOC
(street "Hoàng Văn Thụ"), and is kept with nested=true when it is an ORG/LOC inside another
entity's ORG/LOC. Occurrences inside SKIP contexts (legal-document references) are dropped.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from eval.corpora import require_shared

HERE = Path(__file__).resolve().parent / "data" / "entities"


def texts() -> dict[str, tuple[str, str]]:
    """id -> (source, text) built exactly as ANNOTATION.md says."""
    shared = require_shared()
    out: dict[str, tuple[str, str]] = {}
    with (shared / "vntc" / "vntc_10topics_sample.jsonl").open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            out[r["id"]] = ("vntc", r["text"])
    with (shared / "vietnews" / "vietnews_test_sample300.jsonl").open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            out[r["id"]] = ("vietnews", r["title"] + "\n\n" + r["abstract"] + "\n\n" + r["body"])
    seed = shared.parent / "seed" / "000_3380226ad80e6f91.txt"
    out["seed/000_3380226ad80e6f91.txt"] = ("seed", seed.read_text(encoding="utf-8"))
    return out


def _bounded(text: str, s: int, e: int) -> bool:
    # a digit may touch a name ("1JC Penney"); letters may not
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    return not before.isalpha() and not (after.isalnum() and text[e - 1].isalnum())


def _occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    out = []
    i = text.find(surface)
    while i != -1:
        if _bounded(text, i, i + len(surface)):
            out.append((i, i + len(surface)))
        i = text.find(surface, i + 1)
    return out


def parse_spec(path: Path) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("=== "):
            head = line[4:].strip()
            split = None
            if head.endswith((" @dev", " @test")):  # an explicit split (texts added after the first 31)
                head, _, split = head.rpartition(" @")
            block = {"id": head.strip(), "PER": [], "ORG": [], "LOC": [], "POS": [], "SKIP": []}
            if split:
                block["split"] = split
            blocks.append(block)
            continue
        tag, _, rest = line.partition(" ")
        b = blocks[-1]
        if tag == "PER":
            b["PER"].append([x.strip() for x in rest.split("|")])
        elif tag in ("ORG", "LOC", "SKIP"):
            b[tag].append(rest.rstrip("\n"))
        elif tag == "POS":
            parts = [x.strip() for x in rest.split(";")]
            parts += [""] * (4 - len(parts))
            b["POS"].append(
                {"person": parts[0], "title": parts[1], "org_or_place": parts[2], "qualifier": parts[3]}
            )
        else:
            raise ValueError(f"bad spec line: {line!r}")
    return blocks


def build_doc(block: dict[str, Any], source: str, text: str) -> dict[str, Any]:
    skips = [occ for ctx in block["SKIP"] for occ in _occurrences(text, ctx)]
    if any(not _occurrences(text, ctx) for ctx in block["SKIP"]):
        raise ValueError(f"{block['id']}: SKIP context not found")
    cands: list[tuple[int, int, str, str]] = []  # start, end, type, canonical
    for forms in block["PER"]:
        for f in forms:
            cands.extend((s, e, "PER", forms[0]) for s, e in _occurrences(text, f))
    for t in ("ORG", "LOC"):
        for f in block[t]:
            cands.extend((s, e, t, f) for s, e in _occurrences(text, f))
    for t in ("PER", "ORG", "LOC"):
        for forms in block[t]:
            for f in forms if isinstance(forms, list) else [forms]:
                if not _occurrences(text, f):
                    raise ValueError(f"{block['id']}: {t} {f!r} not found")
    kept: list[dict[str, Any]] = []
    for s, e, t, name in cands:
        if any(a <= s and e <= b for a, b in skips):
            continue
        nested = False
        drop = False
        for s2, e2, t2, n2 in cands:
            if (s2, e2) == (s, e) or not (s2 <= s and e <= e2):
                continue
            if t == "PER" or t2 == "PER":
                drop = True  # a person inside a longer name, an ORG/LOC inside a person's name, etc.
            elif t == t2 and n2 == name:
                drop = True
            else:
                nested = True
        if drop:
            continue
        kept.append({"start": s, "end": e, "surface": text[s:e], "type": t, "name": name, "nested": nested})
    doc: dict[str, Any] = {
        "id": block["id"],
        "source": source,
        "text": text,
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
    }
    for t, key in (("PER", "persons"), ("ORG", "orgs"), ("LOC", "locs")):
        ents: dict[str, dict[str, Any]] = {}
        for m in sorted(kept, key=lambda m: m["start"]):
            if m["type"] != t:
                continue
            ent = ents.setdefault(m["name"], {"name": m["name"], "mentions": []})
            mention = {"start": m["start"], "end": m["end"], "surface": m["surface"]}
            if t != "PER":
                mention["nested"] = m["nested"]
            assert text[m["start"] : m["end"]] == m["surface"]
            ent["mentions"].append(mention)
        doc[key] = list(ents.values())
    doc["positions"] = block["POS"]
    return doc


def _split(ids: list[str]) -> dict[str, str]:
    """dev: the seed, the first 7 VNTC and first 7 VietNews blocks; test: the rest."""
    split: dict[str, str] = {}
    nv = nn = 0
    for i in ids:
        if i.startswith("seed/"):
            split[i] = "dev"
        elif "/" in i:
            split[i] = "dev" if nv < 7 else "test"
            nv += 1
        else:
            split[i] = "dev" if nn < 7 else "test"
            nn += 1
    return split


def main() -> None:
    blocks = parse_spec(HERE / "spec.txt")
    src = texts()
    split = _split([b["id"] for b in blocks if "split" not in b])
    split.update({b["id"]: b["split"] for b in blocks if "split" in b})
    with (HERE / "gold.jsonl").open("w", encoding="utf-8") as f:
        for b in blocks:
            source, text = src[b["id"]]
            doc = build_doc(b, source, text)
            doc["split"] = split[b["id"]]
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(len(blocks), "documents ->", HERE / "gold.jsonl")


if __name__ == "__main__":
    main()
