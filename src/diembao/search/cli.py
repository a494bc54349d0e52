"""`diembao search` and `diembao reindex`."""

from __future__ import annotations

import json
import sys

import click

from diembao.errors import DiembaoError, QueryError


@click.command("search")
@click.argument("query")
@click.option("--db", type=click.Path(dir_okay=False), default=None, help="Store file (default: DIEMBAO_DB).")
@click.option("--limit", type=click.IntRange(1, 1000), default=10, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0)
@click.option("--sort", type=click.Choice(["relevance", "date"]), default="relevance", show_default=True)
@click.option(
    "--recent", "recency_days", type=float, default=None, help="Boost recent articles (half-life in days)."
)
@click.option("--all-copies", is_flag=True, help="List every copy instead of one hit per story.")
@click.option(
    "--facets", "show_facets", is_flag=True, help="Also print counts per outlet, category and month."
)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "jsonl", "md"]), default="table", show_default=True
)
def search_cmd(
    query: str,
    db: str | None,
    limit: int,
    offset: int,
    sort: str,
    recency_days: float | None,
    all_copies: bool,
    show_facets: bool,
    fmt: str,
) -> None:
    """Search stored articles. QUERY uses the search language:

    \b
      words            văn hóa   (with or without diacritics, either tone style)
      "a phrase"       "Sóc Trăng"
      OR, -exclusion   (bão OR lũ) -"dự báo"
      filters          outlet:vnexpress category:"thời sự" author:"Trung Hiếu"
                       since:2024-01 until:2024-03-31 person:"Lâm Văn Mẫn"
                       org:"Tỉnh ủy Sóc Trăng" place:"Đà Nẵng" doc:35-NQ/TW topic:"kinh doanh"
    """
    from diembao.output import emit
    from diembao.search.service import search

    try:
        res = search(
            query,
            db=db,
            limit=limit,
            offset=offset,
            sort=sort,
            recency_days=recency_days,
            collapse=not all_copies,
        )
    except (QueryError, DiembaoError) as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(2)
    hits = [h.to_dict() for h in res.hits]
    if fmt == "json":
        click.echo(json.dumps(res.to_dict() if show_facets else hits, ensure_ascii=False, indent=2))
        return
    if fmt == "jsonl":
        emit(hits, "jsonl")
        return
    rows = []
    for h in res.hits:
        from diembao.search.snippet import highlight_markdown

        snippet = highlight_markdown(h.snippet, h.highlights) if fmt == "md" else h.snippet
        rows.append(
            {
                "score": f"{h.score:.2f}",
                "published": (h.published or "")[:16],
                "outlet": h.outlet or "",
                "title": h.title,
                "copies": h.story_outlets or "",
                "snippet": " ".join(snippet.split()),
                "id": h.id,
            }
        )
    emit(rows, fmt, columns=["score", "published", "outlet", "copies", "title", "snippet", "id"],
         title=f"{res.total} kết quả cho: {query}")  # fmt: skip
    if show_facets:
        for name, values in res.facets.items():
            emit([{"value": v, "count": c} for v, c in values], fmt, columns=["value", "count"], title=name)


@click.command("reindex")
@click.option("--db", type=click.Path(dir_okay=False), default=None, help="Store file (default: DIEMBAO_DB).")
def reindex_cmd(db: str | None) -> None:
    """Rebuild the search index from the store (the store is the source of truth)."""
    from diembao.search.service import db_path, reindex
    from diembao.store import open_store

    n = reindex(open_store(db_path(db)))
    click.echo(f"indexed {n} articles")
