"""Pick and group what goes into a digest: per watchlist, the period's stories, each once.

Pure logic over two lookups the store provides (see `diembao.digest.source`), so it can be
tested and benchmarked without a database.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from diembao.digest.model import Digest, DigestLink, DigestPerson, DigestSection, DigestStory
from diembao.model import Position
from diembao.watch.watchlists import Watchlist

MAX_PEOPLE = 6
MAX_DOCUMENTS = 6
TOP_STORIES = 5


@dataclass
class ArticleInfo:
    """What the digest needs to know about one stored article."""

    id: str
    title: str
    outlet: str
    url: str | None
    published: str | None
    story_id: str | None = None
    summary: list[str] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    credited_source: str | None = None  # "TTXVN" when the copy credits it
    topic: str | None = None
    tone: str | None = None


Lookup = Callable[[Sequence[str]], dict[str, ArticleInfo]]
StoryMembers = Callable[[str], list[ArticleInfo]]


def _ts(a: ArticleInfo) -> float:
    if not a.published:
        return float("inf")
    try:
        dt = datetime.fromisoformat(a.published.replace("Z", "+00:00"))
    except ValueError:
        return float("inf")
    return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).timestamp()


def pick_origin(members: Sequence[ArticleInfo]) -> ArticleInfo:
    """The stated source when copies credit one that is among the members, else the earliest."""
    credited = Counter(m.credited_source for m in members if m.credited_source)
    by_time = sorted(members, key=lambda m: (_ts(m), m.id))
    if credited:
        source, _ = credited.most_common(1)[0]
        from diembao.text import search_key

        for m in by_time:
            if search_key(m.outlet) == search_key(source):
                return m
    return by_time[0]


def _people(members: Sequence[ArticleInfo], origin: ArticleInfo) -> list[DigestPerson]:
    positions: dict[str, list[str]] = {}
    for a in [origin, *members]:
        for p in a.positions:
            label = " ".join(x for x in (p.qualifier, p.title, p.org_or_place) if x)
            lst = positions.setdefault(p.person, [])
            if label and label not in lst:
                lst.append(label)
    people = [DigestPerson(name, pos) for name, pos in positions.items()]
    seen = set(positions)
    for name in origin.persons:
        if name not in seen and len(people) < MAX_PEOPLE:
            people.append(DigestPerson(name))
            seen.add(name)
    return people[:MAX_PEOPLE]


def make_story(story_id: str, members: Sequence[ArticleInfo]) -> DigestStory:
    origin = pick_origin(members)
    outlets = list(dict.fromkeys(m.outlet for m in sorted(members, key=lambda m: (_ts(m), m.id)) if m.outlet))
    links: list[DigestLink] = []
    seen_outlets: set[str] = set()
    for m in [origin, *sorted(members, key=lambda m: (_ts(m), m.id))]:
        if m.outlet not in seen_outlets:
            seen_outlets.add(m.outlet)
            links.append(DigestLink(m.outlet, m.url, m.published))
    documents = list(dict.fromkeys(d for a in [origin, *members] for d in a.documents))[:MAX_DOCUMENTS]
    return DigestStory(
        story_id=story_id,
        headline=origin.title,
        origin_outlet=origin.outlet,
        origin_time=origin.published,
        republished_by=[o for o in outlets if o != origin.outlet],
        summary=origin.summary[:3],
        people=_people(members, origin),
        documents=documents,
        links=links,
        topic=origin.topic,
        tone=origin.tone,
    )


def _latest(s: DigestStory) -> str:
    return max((lk.published or "" for lk in s.links), default="")


def order_stories(stories: list[DigestStory]) -> list[DigestStory]:
    """By reach (distinct outlets), then most recent first, then id (stable)."""
    by_id = sorted(stories, key=lambda s: s.story_id)
    by_recency = sorted(by_id, key=_latest, reverse=True)
    return sorted(by_recency, key=lambda s: -s.reach)


def build_digest(
    index: object,
    watchlists: Sequence[Watchlist],
    lookup: Lookup,
    story_members: StoryMembers,
    *,
    since: date,
    until: date,
    unit: str,
    max_stories: int = 30,
) -> Digest:
    """The digest of [since, until] (local days, inclusive) for the given watchlists."""
    sections: list[DigestSection] = []
    all_stories: dict[str, DigestStory] = {}
    total_ids: set[str] = set()
    for w in watchlists:
        query = f"({w.query}) since:{since.isoformat()} until:{until.isoformat()}"
        ids = index.ids(query, strict=True)  # type: ignore[attr-defined]
        total_ids.update(ids)
        infos = lookup(ids)
        groups: dict[str, list[ArticleInfo]] = {}
        for i in ids:
            a = infos.get(i)
            if a is not None:
                groups.setdefault(a.story_id or a.id, []).append(a)
        stories = []
        for sid, in_period in groups.items():
            if sid in all_stories:
                stories.append(all_stories[sid])
                continue
            members = story_members(sid) if in_period[0].story_id else []
            s = make_story(sid, members or in_period)
            all_stories[sid] = s
            stories.append(s)
        sections.append(
            DigestSection(
                w.name, w.query, w.notes, articles=len(ids), stories=order_stories(stories)[:max_stories]
            )
        )
    period = (
        f"Ngày {until.strftime('%d/%m/%Y')}"
        if since == until
        else f"Từ ngày {since.strftime('%d/%m/%Y')} đến ngày {until.strftime('%d/%m/%Y')}"
    )
    return Digest(
        title="ĐIỂM BÁO",
        unit=unit,
        period_label=period,
        since=since.isoformat(),
        until=until.isoformat(),
        generated_at=datetime.now(UTC).astimezone().strftime("%Y-%m-%d %H:%M"),
        sections=sections,
        top_stories=order_stories(list(all_stories.values()))[:TOP_STORIES],
        total_articles=len(total_ids),
    )
