"""The typed records that flow through the pipeline, with their JSON round-trip.

source -> RawDoc -> Article -> Enriched -> (story, index) ; see README's architecture section.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar, get_args, get_origin, get_type_hints

T = TypeVar("T")


def _to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _to_jsonable(v) for k, v in value.items()}
    if isinstance(value, bytes):
        raise TypeError("bytes are not JSON: keep raw bytes out of JSON records")
    return value


def _from_jsonable(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        return _from_jsonable(args[0], value) if len(args) == 1 else value
    if origin is list:
        (arg,) = get_args(tp)
        return [_from_jsonable(arg, v) for v in value]
    if origin is dict:
        _, varg = get_args(tp)
        return {k: _from_jsonable(varg, v) for k, v in value.items()}
    if origin is Literal:
        return value
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return from_dict(tp, value)
    return value


def to_dict(obj: Any) -> dict[str, Any]:
    """A record as a plain JSON-able dict (keys = field names)."""
    out = _to_jsonable(obj)
    assert isinstance(out, dict)
    return out


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Build a record from a dict made by `to_dict` (unknown keys are ignored)."""
    hints = get_type_hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in data:
            kwargs[f.name] = _from_jsonable(hints[f.name], data[f.name])
    return cls(**kwargs)


class JsonMixin:
    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)

    def to_json(self, **kw: Any) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True, **kw)

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        return from_dict(cls, data)

    @classmethod
    def from_json(cls: type[T], s: str) -> T:
        return from_dict(cls, json.loads(s))


# --------------------------------------------------------------------------- inputs

RawKind = Literal["html", "text", "record"]


@dataclass
class RawDoc:
    """One input as it arrived: bytes plus what we know about where it came from.

    kind: "html" (a web page), "text" (a plain-text dump like the seed), "record" (a JSONL record
    whose fields are already split: `record` holds it).
    """

    source: str  # file path, URL, "archive.warc.gz#record-id", "file.jsonl:LINE", "-"
    content: bytes = b""
    kind: RawKind = "html"
    url: str | None = None
    content_type: str | None = None  # HTTP Content-Type header, when known
    fetched_at: str | None = None  # ISO 8601
    record: dict[str, Any] | None = None


# --------------------------------------------------------------------------- article


@dataclass
class Paragraph(JsonMixin):
    text: str
    kind: Literal["p", "heading"] = "p"


@dataclass
class Caption(JsonMixin):
    text: str
    credit: str | None = None


@dataclass
class Article(JsonMixin):
    """A clean news article. Text fields keep the original spelling (for display)."""

    url: str | None = None
    outlet: str | None = None
    title: str = ""
    sapo: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    agency: str | None = None
    published: str | None = None  # ISO 8601 with offset
    category: str | None = None
    tags: list[str] = field(default_factory=list)
    language: str | None = "vi"
    text: str = ""  # body as plain text: paragraphs joined by blank lines
    dateline: str | None = None
    source: str | None = None  # where the input came from (file, URL, record)
    id: str | None = None  # store id, when stored

    @staticmethod
    def body_text(paragraphs: list[Paragraph]) -> str:
        return "\n\n".join(p.text for p in paragraphs)


# --------------------------------------------------------------------------- enrichment


@dataclass
class Mention(JsonMixin):
    start: int
    end: int
    surface: str


@dataclass
class Entity(JsonMixin):
    """One entity of an article. ``mentions`` is the flat view of the annotation conventions; a mention
    that lies inside a longer organisation or place name of another entity ("Sóc Trăng" in "Tỉnh ủy Sóc
    Trăng") is kept apart in ``nested``, so an entity named only inside others still reaches the
    ``place:``/``org:`` filters without being counted as a stand-alone mention."""

    type: Literal["PER", "ORG", "LOC"]
    name: str
    mentions: list[Mention] = field(default_factory=list)
    nested: list[Mention] = field(default_factory=list)


@dataclass
class Position(JsonMixin):
    person: str
    title: str
    org_or_place: str = ""
    qualifier: str = ""


@dataclass
class DocRef(JsonMixin):
    surface: str
    type: str
    number: str | None
    year: int | None
    issuer: str | None
    kind: Literal["normative", "individual"]
    start: int
    end: int
    article: str | None = None
    status: str | None = None


@dataclass
class DateExpr(JsonMixin):
    surface: str
    start: int
    end: int
    iso: str  # as in ANNOTATION.md: "2024-01-03", "XXXX-01-03", "2023", "2005-Q2", "2020/2025"
    resolved: str | None = None  # full ISO date (or range) given the publish date
    time: str | None = None  # "14:30"


@dataclass
class Enrichment(JsonMixin):
    """What enrichment adds to an article; offsets are into the text enrichment was run on."""

    entities: list[Entity] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    docrefs: list[DocRef] = field(default_factory=list)
    dates: list[DateExpr] = field(default_factory=list)
    topic: str | None = None
    tone: str | None = None
    keyphrases: list[str] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)


@dataclass
class Enriched(JsonMixin):
    article: Article
    enrichment: Enrichment

    def flat(self) -> dict[str, Any]:
        """Article JSON with the enrichment keys added (the `enrich` command's output)."""
        return {**self.article.to_dict(), **self.enrichment.to_dict()}


# --------------------------------------------------------------------------- stories


@dataclass
class StoryMember(JsonMixin):
    article_id: str
    outlet: str | None
    published: str | None
    first_seen: str | None
    credited_source: str | None = None


@dataclass
class Story(JsonMixin):
    id: str
    origin_article_id: str
    origin_outlet: str | None
    title: str
    members: list[StoryMember] = field(default_factory=list)

    @property
    def reach(self) -> int:
        return len({m.outlet for m in self.members if m.outlet})
