"""Blind held-out scores for extraction (Part A) and enrichment (Part B).

Data: eval/heldout/extract/*.html + *.json (pages in our imitation layouts around real VietNews texts) and
eval/heldout/enrich/gold.jsonl (real VNTC/VietNews texts annotated by ANNOTATION.md); both built without
looking at the components they score. Run: `.venv/bin/python -m eval.heldout_score [--check]`.
A part whose component is missing is reported as "not available" instead of failing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from diembao.text import canonical, search_key

ROOT = Path(__file__).resolve().parent
HELDOUT = ROOT / "heldout"
EXTRACT_DIR = HELDOUT / "extract"
ENRICH_GOLD = HELDOUT / "enrich" / "gold.jsonl"
PINS = ROOT / "pins" / "heldout.json"
VN_TZ = dt.timezone(dt.timedelta(hours=7))


# ----------------------------------------------------------------------------------- helpers


def norm(s: str | None) -> str:
    """Canonical text with whitespace collapsed: the form compared for "exact" matches."""
    return " ".join(canonical(s or "").split())


def tokens(text: str) -> list[str]:
    return search_key(text).split()


def token_f1(gold: str, pred: str) -> float:
    """Bag-of-tokens F1 over search_key tokens (1.0 when both are empty)."""
    g, p = Counter(tokens(gold)), Counter(tokens(pred))
    if not g and not p:
        return 1.0
    common = sum((g & p).values())
    if common == 0:
        return 0.0
    prec, rec = common / sum(p.values()), common / sum(g.values())
    return 2 * prec * rec / (prec + rec)


def same_instant(gold: str, pred: str | None) -> bool:
    """True when both ISO strings name the same instant; a naive prediction is read as Vietnam time."""
    if not pred:
        return False
    try:
        p = dt.datetime.fromisoformat(pred.replace("Z", "+00:00"))
    except ValueError:
        return False
    if p.tzinfo is None:
        p = p.replace(tzinfo=VN_TZ)
    return p == dt.datetime.fromisoformat(gold)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else (1.0 if fp == 0 else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def data_digest() -> str:
    """sha256 over every held-out data file (names and bytes), to pin what was measured."""
    h = hashlib.sha256()
    files = sorted(EXTRACT_DIR.glob("*.html")) + sorted(EXTRACT_DIR.glob("*.json")) + [ENRICH_GOLD]
    for f in files:
        h.update(f.relative_to(HELDOUT).as_posix().encode())
        h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()


# ----------------------------------------------------------------------------------- Part A


def load_extract_cases() -> list[dict[str, Any]]:
    cases = []
    for js in sorted(EXTRACT_DIR.glob("*.json")):
        gold = json.loads(js.read_text(encoding="utf-8"))
        gold["case"] = js.stem
        cases.append(gold)
    return cases


def score_page(gold: dict[str, Any], article: Any | None, error: BaseException | None) -> dict[str, Any]:
    """Scores of one page given the extractor's Article (or the exception it raised)."""
    from diembao.errors import NoArticleError

    if gold.get("no_article"):
        ok = isinstance(error, NoArticleError)
        return {"case": gold["case"], "no_article": True, "ok": ok, "error": None if ok else repr(error)}
    out: dict[str, Any] = {"case": gold["case"], "no_article": False, "error": None}
    if article is None:
        out.update(body_f1=0.0, title=False, sapo=False, author=False, date=False, category=False)
        out.update(leaked=len(gold["boilerplate"]), boilerplate=len(gold["boilerplate"]), error=repr(error))
        return out
    pred_body = " ".join(p.text for p in article.paragraphs)
    out["body_f1"] = token_f1(" ".join(gold["paragraphs"]), pred_body)
    out["title"] = norm(article.title) == norm(gold["title"])
    out["sapo"] = norm(article.sapo) == norm(gold["sapo"])
    out["author"] = {search_key(a) for a in article.authors} == {search_key(a) for a in gold["authors"]}
    out["date"] = same_instant(gold["published"], article.published)
    out["category"] = bool(article.category) and search_key(article.category) == search_key(gold["category"])
    body_key = " ".join(tokens(pred_body))
    leaked = [b for b in gold["boilerplate"] if " ".join(tokens(b)) in body_key]
    out.update(leaked=len(leaked), boilerplate=len(gold["boilerplate"]), leaked_texts=leaked)
    return out


def aggregate_extract(rows: list[dict[str, Any]]) -> dict[str, Any]:
    arts = [r for r in rows if not r["no_article"]]
    nons = [r for r in rows if r["no_article"]]
    n = max(len(arts), 1)
    bp = sum(r["boilerplate"] for r in arts)
    return {
        "pages": len(arts),
        "body_f1": sum(r["body_f1"] for r in arts) / n,
        "title": sum(r["title"] for r in arts) / n,
        "sapo": sum(r["sapo"] for r in arts) / n,
        "author": sum(r["author"] for r in arts) / n,
        "date": sum(r["date"] for r in arts) / n,
        "category": sum(r["category"] for r in arts) / n,
        "leak_rate": sum(r["leaked"] for r in arts) / bp if bp else 0.0,
        "no_article": sum(r["ok"] for r in nons) / max(len(nons), 1),
        "non_article_pages": len(nons),
        "errors": sum(1 for r in rows if r.get("error") and not r["no_article"]),
    }


def extractor() -> Callable[..., Any] | None:
    try:
        from diembao.extract import extract_html
    except (ImportError, AttributeError):
        return None
    return extract_html  # type: ignore[no-any-return]


def evaluate_extract(extract: Callable[..., Any] | None = None) -> dict[str, Any] | None:
    """Run the extractor over every held-out page; None when it is not available."""
    extract = extract or extractor()
    if extract is None:
        return None
    rows = []
    for gold in load_extract_cases():
        data = (EXTRACT_DIR / gold["file"]).read_bytes()
        article, error = None, None
        try:
            article = extract(data, url=None)
        except Exception as exc:  # every failure is a score of 0 for that page, not a crash of the run
            error = exc
        rows.append(score_page(gold, article, error))
    return {"rows": rows, "summary": aggregate_extract(rows)}


# ----------------------------------------------------------------------------------- Part B

TYPES = {"PER": "persons", "ORG": "orgs", "LOC": "locs"}


def load_enrich_gold() -> list[dict[str, Any]]:
    with ENRICH_GOLD.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _qual(q: str | None) -> str:
    return search_key((q or "").replace("cựu", "nguyên"))


def _get(obj: Any, key: str, default: Any = None) -> Any:
    return obj.get(key, default) if isinstance(obj, dict) else getattr(obj, key, default)


def doc_sets(gold: dict[str, Any]) -> dict[str, set[Any]]:
    """The distinct things compared for one gold article."""
    out: dict[str, set[Any]] = {}
    for t, key in TYPES.items():
        out[t] = {norm(m["surface"]) for e in gold[key] for m in e["mentions"] if not m.get("nested", False)}
    pos = gold["positions"]
    out["POS"] = {(search_key(p["person"]), search_key(p["title"]), _qual(p["qualifier"])) for p in pos}
    out["POS+ORG"] = {
        (
            search_key(p["person"]),
            search_key(p["title"]),
            _qual(p["qualifier"]),
            search_key(p["org_or_place"]),
        )
        for p in pos
    }
    out["DOC"] = {norm(d["surface"]) for d in gold["docrefs"]}
    out["DATE"] = {norm(d["surface"]) for d in gold["dates"]}
    return out


def pred_sets(enr: Any) -> tuple[dict[str, set[Any]], dict[str, set[str]]]:
    """The same sets from an Enrichment (or its dict form), plus surface -> predicted isos for dates."""
    out: dict[str, set[Any]] = {t: set() for t in (*TYPES, "POS", "POS+ORG", "DOC", "DATE")}
    for e in _get(enr, "entities", []) or []:
        t = _get(e, "type")
        if t in TYPES:
            out[t] |= {norm(_get(m, "surface")) for m in _get(e, "mentions", []) or []}
    for p in _get(enr, "positions", []) or []:
        base = (
            search_key(_get(p, "person", "")),
            search_key(_get(p, "title", "")),
            _qual(_get(p, "qualifier", "")),
        )
        out["POS"].add(base)
        out["POS+ORG"].add((*base, search_key(_get(p, "org_or_place", "") or "")))
    out["DOC"] = {norm(_get(d, "surface")) for d in _get(enr, "docrefs", []) or []}
    isos: dict[str, set[str]] = {}
    for d in _get(enr, "dates", []) or []:
        s = norm(_get(d, "surface"))
        out["DATE"].add(s)
        isos.setdefault(s, set()).add(_get(d, "iso") or "")
    return out, isos


def score_doc(gold: dict[str, Any], enr: Any) -> dict[str, Any]:
    """Per-type tp/fp/fn for one article, plus date iso hits among matched date surfaces."""
    g = doc_sets(gold)
    p, isos = pred_sets(enr)
    counts = {k: (len(g[k] & p[k]), len(p[k] - g[k]), len(g[k] - p[k])) for k in g}
    gold_iso: dict[str, set[str]] = {}
    for d in gold["dates"]:
        gold_iso.setdefault(norm(d["surface"]), set()).add(d["iso"])
    matched = g["DATE"] & p["DATE"]
    iso_ok = sum(1 for s in matched if isos.get(s, set()) & gold_iso[s])
    return {"id": gold["id"], "counts": counts, "iso_ok": iso_ok, "iso_n": len(matched)}


def aggregate_enrich(rows: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {"articles": len(rows)}
    for k in ("PER", "ORG", "LOC", "POS", "POS+ORG", "DOC", "DATE"):
        tp = sum(r["counts"][k][0] for r in rows)
        fp = sum(r["counts"][k][1] for r in rows)
        fn = sum(r["counts"][k][2] for r in rows)
        pr, rc, f1 = prf(tp, fp, fn)
        out[k] = {"p": pr, "r": rc, "f1": f1, "gold": tp + fn, "pred": tp + fp}
    n = sum(r["iso_n"] for r in rows)
    out["DATE_ISO"] = sum(r["iso_ok"] for r in rows) / n if n else 0.0
    out["errors"] = sum(1 for r in rows if r.get("error"))
    return out


def enricher() -> Callable[[str], Any] | None:
    try:
        from diembao.enrich.pipeline import enrich_text
    except (ImportError, AttributeError):
        return None
    return enrich_text  # type: ignore[no-any-return]


def evaluate_enrich(enrich: Callable[[str], Any] | None = None) -> dict[str, Any] | None:
    """Run enrichment over every held-out article; None when it is not available."""
    enrich = enrich or enricher()
    if enrich is None:
        return None
    rows = []
    for gold in load_enrich_gold():
        error = None
        try:
            enr: Any = enrich(gold["text"])
        except NotImplementedError:
            return None
        except Exception as exc:  # a failing article scores as an empty prediction
            enr, error = {}, repr(exc)
        row = score_doc(gold, enr)
        row["error"] = error
        rows.append(row)
    return {"rows": rows, "summary": aggregate_enrich(rows)}


# ----------------------------------------------------------------------------------- gate + report


def check(extract: dict[str, Any] | None, enrich: dict[str, Any] | None, gate: dict[str, Any]) -> list[str]:
    """Failures of the measured summaries against the pinned minimums (empty list = pass)."""
    fails: list[str] = []
    if extract is not None:
        s = extract["summary"]
        for key, pin in gate.get("extract", {}).items():
            if key == "max_leak_rate":
                if s["leak_rate"] > pin:
                    fails.append(f"extract leak_rate {s['leak_rate']:.3f} > {pin}")
            elif key.startswith("min_") and s[key[4:]] < pin:
                fails.append(f"extract {key[4:]} {s[key[4:]]:.3f} < {pin}")
    if enrich is not None:
        s = enrich["summary"]
        for key, pin in gate.get("enrich", {}).items():
            name = key[4:]
            val = s["DATE_ISO"] if name == "DATE_ISO" else s[name]["f1"]
            if val < pin:
                fails.append(f"enrich {name} {val:.3f} < {pin}")
    return fails


def _table(headers: list[str], rows: Iterable[list[str]]) -> str:
    rows = list(rows)
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    body = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join([line, "-" * len(line), *body])


def report(extract: dict[str, Any] | None, enrich: dict[str, Any] | None) -> str:
    out = [f"held-out data sha256 {data_digest()}", ""]
    out.append("Part A - extraction held-out")
    if extract is None:
        out.append("  not available (diembao.extract.extract_html missing)")
    else:
        yn = {True: "y", False: "-"}
        rows = []
        for r in extract["rows"]:
            if r["no_article"]:
                rows.append([r["case"], "no-article", "ok" if r["ok"] else "FAIL", "", "", "", "", "", ""])
            else:
                rows.append(
                    [
                        r["case"],
                        f"{r['body_f1']:.3f}",
                        yn[r["title"]],
                        yn[r["sapo"]],
                        yn[r["author"]],
                        yn[r["date"]],
                        yn[r["category"]],
                        f"{r['leaked']}/{r['boilerplate']}",
                        (r["error"] or "")[:40],
                    ]
                )
        out.append(
            _table(["case", "body_f1", "title", "sapo", "author", "date", "cat", "leaked", "error"], rows)
        )
        s = extract["summary"]
        out.append(
            f"SUMMARY pages={s['pages']} body_f1={s['body_f1']:.3f} title={s['title']:.3f} sapo={s['sapo']:.3f} "
            f"author={s['author']:.3f} date={s['date']:.3f} category={s['category']:.3f} "
            f"leak_rate={s['leak_rate']:.3f} no_article={s['no_article']:.3f} ({s['non_article_pages']} pages) "
            f"errors={s['errors']}"
        )
    out += ["", "Part B - enrichment held-out"]
    if enrich is None:
        out.append("  not available (diembao.enrich.pipeline.enrich_text missing)")
    else:
        s = enrich["summary"]
        rows = [
            [
                k,
                f"{s[k]['p']:.3f}",
                f"{s[k]['r']:.3f}",
                f"{s[k]['f1']:.3f}",
                str(s[k]["gold"]),
                str(s[k]["pred"]),
            ]
            for k in ("PER", "ORG", "LOC", "POS", "POS+ORG", "DOC", "DATE")
        ]
        out.append(_table(["layer", "P", "R", "F1", "gold", "pred"], rows))
        out.append(f"SUMMARY articles={s['articles']} date_iso_acc={s['DATE_ISO']:.3f} errors={s['errors']}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--check", action="store_true", help="exit 1 when below the pins in eval/pins/heldout.json"
    )
    ap.add_argument("--json", action="store_true", help="print the summaries as JSON")
    args = ap.parse_args(argv)
    ext, enr = evaluate_extract(), evaluate_enrich()
    if args.json:
        print(json.dumps({"extract": ext and ext["summary"], "enrich": enr and enr["summary"]}, indent=1))
    else:
        print(report(ext, enr))
    if args.check:
        fails = check(ext, enr, json.loads(PINS.read_text(encoding="utf-8"))["gate"])
        for f in fails:
            print("FAIL", f, file=sys.stderr)
        return 1 if fails else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
