"""Plain-text dumps of articles (copied pages, like the seed): category, title, dateline, sapo,
captions, body, byline and page leftovers, told apart by the line's shape and position."""

from __future__ import annotations

import re

from diembao.errors import NoArticleError
from diembao.extract import rules
from diembao.extract.metadata import names_outlet
from diembao.extract.rules import clean
from diembao.model import Article, Caption, Paragraph

_END_MARK = re.compile(r"\s*\./\.\s*$")
_TERMINAL = (".", "!", "?", "…", ":", ";", '"', "”", "»", ")")
_LOCATION = re.compile(r"^[A-ZĐÀ-Ỹ][^\W\d_]*(?:[ .][A-ZĐÀ-Ỹ][^\W\d_]*){0,4}$")


def _words(s: str) -> int:
    return len(s.split())


def _title_like(s: str) -> bool:
    return 2 <= _words(s) <= 40 and len(s) <= 300 and not s.endswith((".", ":", ";"))


def _category_like(s: str) -> bool:
    return 1 <= _words(s) <= 5 and len(s) <= 40 and not s.endswith(_TERMINAL) and s[:1].isupper()


def _dateline_like(s: str) -> bool:
    return _words(s) <= 4 and len(s) <= 40 and bool(_LOCATION.match(s))


def _heading_like(s: str) -> bool:
    return 2 <= _words(s) <= 20 and not s.endswith(_TERMINAL) and not s.endswith(",")


def credited_agency(authors: list[str], captions: list[Caption]) -> str | None:
    """The agency of a byline author as the photo credits name it ("Trung Hiếu/TTXVN")."""
    names = {rules.key(a) for a in authors}
    for cap in captions:
        who, _, ag = (cap.credit or "").rpartition("/")
        if who and rules.key(who) in names and rules.agency_name(ag):
            return rules.agency_name(ag)
    return None


def split_lines(text: str) -> list[str]:
    """Non-empty, cleaned lines of a dump (a blank line and a line break both end a paragraph)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [c for c in (clean(x) for x in text.split("\n")) if c]


def parse_text(
    text: str,
    source: str | None = None,
    *,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
) -> Article:
    """Split a plain-text dump into an Article; `title` etc. override what the text says."""
    lines = split_lines(text)
    if title:
        tk = rules.key(title)
        lines = (
            [x for x in lines if rules.key(x) != tk]
            if lines and any(rules.key(x) == tk for x in lines[:3])
            else lines
        )
    if not lines or (not title and len(lines) < 2):
        raise NoArticleError("the text has no title and body", source)

    art = Article(url=url, outlet=outlet, published=published, source=source)
    i = 0
    if title:
        art.title = clean(title)
    else:
        # "Category \n Title \n ..." or "Title \n ..."
        if (
            len(lines) > 2
            and _category_like(lines[0])
            and _title_like(lines[1])
            and _words(lines[1]) > _words(lines[0])
        ):
            art.category = lines[0]
            i = 1
        art.title = lines[i]
        i += 1
    if i < len(lines) - 1 and _dateline_like(lines[i]) and not rules.is_boilerplate_label(lines[i]):
        art.dateline = lines[i]
        i += 1
    rest = lines[i:]

    # Page leftovers after the body: a box label ("Tin liên quan") and whatever short lines follow it.
    cut = len(rest)
    # Keep only leftovers that begin at a label: drop from the first label that has no long line after it.
    for j, line in enumerate(rest):
        if (rules.is_boilerplate_label(line) or rules.is_footer_line(line)) and all(
            len(x) < 200 for x in rest[j + 1 :]
        ):
            cut = min(cut, j)
            break
    rest = rest[:cut]

    # Byline / "Theo ..." lines at the end.
    authors: list[str] = []
    agency: str | None = None
    while rest:
        parsed = rules.parse_byline(rest[-1])
        if parsed is None or len(rest) == 1:
            break
        who, ag = parsed
        authors = who + authors
        agency = agency or ag
        rest.pop()
    art.authors = authors

    body: list[Paragraph] = []
    for line in rest:
        if rules.caption_line(line):
            cap, credit = rules.split_credit(line)
            art.captions.append(Caption(cap, credit))
            continue
        body.append(Paragraph(line))
    if not body:
        raise NoArticleError("the text has a title but no body", source)

    # Lead tag of the first paragraph: "(TTXVN) - ", "Hà Nội, 3/1 (TTXVN) - ".
    first, tag, place = rules.strip_lead_tag(body[0].text, lambda t: names_outlet(t, outlet, None))
    if tag:
        body[0] = Paragraph(first)
        agency = agency or rules.lead_agency(tag) or (tag if rules.agency_name(tag.split("/")[-1]) else None)
        art.dateline = art.dateline or place
    if agency is None:
        agency = credited_agency(authors, art.captions)
    art.agency = agency

    # The sapo is the first paragraph when more body follows it.
    if len(body) >= 2 and _words(body[0].text) <= 90 and body[0].text.endswith(_TERMINAL):
        art.sapo = body.pop(0).text

    last = body[-1].text
    body[-1] = Paragraph(_END_MARK.sub(".", last) if not last.endswith("../.") else last[:-3])
    for n, p in enumerate(body):
        if 0 < n < len(body) - 1 and _heading_like(p.text) and body[n + 1].text.endswith(_TERMINAL):
            body[n] = Paragraph(p.text, "heading")
    art.paragraphs = body
    art.text = Article.body_text(body)
    return art
