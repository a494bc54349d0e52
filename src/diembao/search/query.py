"""The search language: words, "phrases", OR, -exclusion, (groups), field filters.

    văn hóa "Sóc Trăng" -thời tiết outlet:vnexpress since:2024-01 (bão OR lũ) person:"Lâm Văn Mẫn"

The parser builds a small AST; `diembao.search.index` turns it into engine query objects, so no
query string ever reaches the engine (or the database) as code. Every error names the position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from diembao.errors import QueryError
from diembao.text import canonical, search_key

MAX_QUERY_CHARS = 2000
MAX_CLAUSES = 64
MAX_DEPTH = 8

TEXT_FIELDS = {"title"}
KEY_FIELDS = {"outlet", "category", "author", "person", "org", "place", "doc", "topic", "story", "tone"}
DATE_FIELDS = {"since", "until"}
FIELDS = TEXT_FIELDS | KEY_FIELDS | DATE_FIELDS


@dataclass(frozen=True)
class Term:
    """One or more syllables typed together; `phrase` when quoted (adjacent, in order)."""

    words: tuple[str, ...]  # canonical lowercase, diacritics kept (as typed)
    keys: tuple[str, ...]  # folded search keys
    phrase: bool = False
    field: str | None = None  # "title" restricts to the title


@dataclass(frozen=True)
class Filter:
    field: str
    value: str  # search key of the value


@dataclass(frozen=True)
class DateBound:
    field: str  # since | until
    day: date  # inclusive bound


@dataclass
class Group:
    """AND of must-clauses, with alternatives (OR) and exclusions."""

    must: list[Node] = field(default_factory=list)
    must_not: list[Node] = field(default_factory=list)


@dataclass
class Or:
    options: list[Node] = field(default_factory=list)


Node = Term | Filter | DateBound | Group | Or


_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<lparen>\()
  | (?P<rparen>\))
  | (?P<quote>")
  | (?P<word>[^\s()"]+)
    """,
    re.X,
)
_FIELD = re.compile(r"^(-?)([A-Za-z]+):(.*)$", re.S)
_WORDS = re.compile(r"\w+")


def _syllables(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    canon = canonical(text).lower()
    words = tuple(_WORDS.findall(canon))
    keys = tuple(search_key(w) for w in words)
    return words, keys


def parse_date_bound(value: str, which: str, pos: int) -> date:
    """ "2024", "2024-01", "2024-01-03", "3/1/2024": since = first day, until = last day."""
    v = value.strip()
    try:
        if re.fullmatch(r"\d{4}", v):
            y = int(v)
            return date(y, 1, 1) if which == "since" else date(y, 12, 31)
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", v):
            y, mo = int(m[1]), int(m[2])
            first = date(y, mo, 1)
            if which == "since":
                return first
            nxt = date(y + (mo == 12), mo % 12 + 1, 1)
            return nxt - timedelta(days=1)
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", v):
            return datetime.strptime(v, "%Y-%m-%d").date()
        if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", v):
            return date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError as e:
        raise QueryError(f"{which}: {value!r} is not a valid date ({e})", pos) from None
    raise QueryError(
        f"{which}: expects a date like 2024, 2024-01, 2024-01-03 or 3/1/2024, got {value!r}", pos
    )


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[tuple[str, str, int]] = []
        self.i = 0
        self.clauses = 0
        self._lex()

    def _lex(self) -> None:
        s, pos = self.text, 0
        while pos < len(s):
            m = _TOKEN.match(s, pos)
            assert m is not None  # the word alternative matches anything else
            kind = m.lastgroup or ""
            if kind == "quote":
                end = s.find('"', pos + 1)
                if end < 0:
                    raise QueryError('unclosed quote: add the closing "', pos)
                self.tokens.append(("phrase", s[pos + 1 : end], pos))
                pos = end + 1
                continue
            if kind == "word":
                word = m.group()
                fm = _FIELD.match(word)
                # field:"quoted value"
                if fm and fm.group(3) == "" and pos + len(word) < len(s) and s[pos + len(word)] == '"':
                    start = pos + len(word)
                    end = s.find('"', start + 1)
                    if end < 0:
                        raise QueryError('unclosed quote: add the closing "', start)
                    self.tokens.append(("word", word + s[start : end + 1], pos))
                    pos = end + 1
                    continue
            if kind != "space":
                self.tokens.append((kind, m.group(), pos))
            pos = m.end()

    def peek(self) -> tuple[str, str, int] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def parse(self) -> Group:
        g = self.group(depth=0)
        if (t := self.peek()) is not None:
            raise QueryError("unexpected ')' without a matching '('", t[2])
        return g

    def group(self, depth: int) -> Group:
        if depth > MAX_DEPTH:
            pos = self.tokens[self.i - 1][2] if self.i else 0
            raise QueryError(f"parentheses nested deeper than {MAX_DEPTH}", pos)
        g = Group()
        pending_or: list[Node] | None = None
        last_positive: Node | None = None
        while (t := self.peek()) is not None:
            kind, val, pos = t
            if kind == "rparen":
                break
            if kind == "word" and val == "OR":
                if last_positive is None or not g.must or g.must[-1] is not last_positive:
                    raise QueryError("OR needs a term on its left", pos)
                self.i += 1
                nxt = self.peek()
                if nxt is None or nxt[0] == "rparen" or (nxt[0] == "word" and nxt[1] in ("OR",)):
                    raise QueryError("OR needs a term on its right", pos)
                negated, node = self.clause(depth)
                if negated:
                    raise QueryError("an OR alternative cannot be an exclusion", nxt[2])
                prev = g.must.pop()
                if isinstance(prev, Or) and pending_or is not None:
                    prev.options.append(node)
                    merged: Node = prev
                else:
                    merged = Or([prev, node])
                pending_or = merged.options if isinstance(merged, Or) else None
                g.must.append(merged)
                last_positive = merged
                continue
            negated, node = self.clause(depth)
            pending_or = None
            if negated:
                g.must_not.append(node)
                last_positive = None
            else:
                g.must.append(node)
                last_positive = node
        return g

    def clause(self, depth: int) -> tuple[bool, Node]:
        t = self.peek()
        assert t is not None
        kind, val, pos = t
        self.clauses += 1
        if self.clauses > MAX_CLAUSES:
            raise QueryError(f"too many terms (more than {MAX_CLAUSES})", pos)
        self.i += 1
        if kind == "lparen":
            inner = self.group(depth + 1)
            close = self.peek()
            if close is None or close[0] != "rparen":
                raise QueryError("unclosed '(': add the closing ')'", pos)
            self.i += 1
            if not inner.must and not inner.must_not:
                raise QueryError("empty parentheses", pos)
            return False, inner
        if kind == "phrase":
            words, keys = _syllables(val)
            if not keys:
                raise QueryError("empty phrase", pos)
            return False, Term(words, keys, phrase=len(keys) > 1)
        negated = False
        if kind == "word" and val.startswith("-") and len(val) > 1:
            negated, val, pos = True, val[1:], pos + 1
        elif kind == "word" and val == "-":
            nxt = self.peek()
            if nxt is None or nxt[2] != pos + 1 or nxt[0] not in ("phrase", "lparen"):
                raise QueryError("'-' must be followed by the term to exclude", pos)
            _, node = self.clause(depth)
            return True, node
        if kind == "word" and (fm := _FIELD.match(val)):
            name, value = fm.group(2).lower(), fm.group(3)
            if name in FIELDS:
                return negated, self.field_clause(name, value, pos)
            if not value.startswith("//"):  # not a URL
                known = ", ".join(sorted(FIELDS))
                raise QueryError(f"unknown field {name!r}; known fields: {known}", pos)
        words, keys = _syllables(val)
        if not keys:
            # Punctuation only ("...", "&"): nothing to search for; ignore it rather than fail.
            return negated, Group()
        return negated, Term(words, keys, phrase=len(keys) > 1)

    def field_clause(self, name: str, value: str, pos: int) -> Node:
        if value.startswith('"') and value.endswith('"') and len(value) >= 2:
            value = value[1:-1]
        if not value.strip():
            raise QueryError(f'{name}: needs a value (e.g. {name}:vnexpress or {name}:"Tuổi Trẻ")', pos)
        if name in DATE_FIELDS:
            return DateBound(name, parse_date_bound(value, name, pos))
        if name in TEXT_FIELDS:
            words, keys = _syllables(value)
            if not keys:
                raise QueryError(f"{name}: needs words", pos)
            return Term(words, keys, phrase=len(keys) > 1, field=name)
        key = search_key(value).strip()
        if not key:
            raise QueryError(f"{name}: needs a value", pos)
        return Filter(name, key)


def parse(query: str) -> Group:
    """Parse a query; raises QueryError saying what is wrong and where."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"query longer than {MAX_QUERY_CHARS} characters", MAX_QUERY_CHARS)
    if "\x00" in query:
        raise QueryError("query contains a NUL character", query.index("\x00"))
    return _Parser(query).parse()


def positive_terms(node: Node) -> list[Term]:
    """Terms whose matches should be highlighted (not those under an exclusion)."""
    if isinstance(node, Term):
        return [node]
    if isinstance(node, Group):
        return [t for n in node.must for t in positive_terms(n)]
    if isinstance(node, Or):
        return [t for n in node.options for t in positive_terms(n)]
    return []
