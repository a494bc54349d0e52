"""Gazetteers shipped with diembao: places (provinces before/after 2025), countries, organs, titles.

Every entry is keyed by the search key (`diembao.text.search_key`) of its tokens joined by one
space, so lookups ignore case, diacritics, tone-mark style and punctuation between tokens
("TP. HCM" = "TP HCM"). Built once per process and cached (`gazetteer()`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from diembao.text import canonical, canonical_chars, search_key

# Letters and digits only: the same token unit the extractor uses.
TOKEN_RE = re.compile(r"[^\W_]+")


# A syllable whose whole rhyme is i or y after one of the consonants where both spellings are in use
# ("quỹ"/"quĩ", "sĩ"/"sỹ", "kỹ"/"kĩ", "lý"/"lí", "mỹ"/"mĩ", "tỷ"/"tỉ", "hy"/"hi"); never inside a longer
# rhyme ("tài" is not "tày") nor after "th", "ch", "ph" ("thị" has no "thỵ").
_IY_SYLLABLE = re.compile(r"(?<![^\W\d_])((?i:qu|[hklmstv]))([iíìỉĩịyýỳỷỹỵ])(?![^\W\d_])")
_IY_SWAP = dict(zip("iíìỉĩịyýỳỷỹỵ", "yýỳỷỹỵiíìỉĩị", strict=True))


def other_iy_spelling(s: str) -> str:
    """`s` with each final i/y after a consonant spelt the other way ("nghị sĩ" -> "nghị sỹ")."""
    return _IY_SYLLABLE.sub(lambda m: m.group(1) + _IY_SWAP[m.group(2)], s)


def token_key(s: str) -> str:
    """The lookup key of a phrase: search keys of its tokens joined by single spaces."""
    return " ".join(TOKEN_RE.findall(search_key(s)))


# low_key of short strings seen (the rules ask it of the same tokens and titles over and over: about
# 900 calls an article); emptied when full.
_LOW_KEYS: dict[str, str] = {}


def low_key(s: str) -> str:
    """Lower-case canonical tokens joined by single spaces (diacritics kept: "vụ" is not "Vũ")."""
    k = _LOW_KEYS.get(s)
    if k is None:
        k = " ".join(TOKEN_RE.findall(canonical_chars(s).lower()))
        if len(s) <= 64:
            if len(_LOW_KEYS) >= 200_000:
                _LOW_KEYS.clear()
            _LOW_KEYS[s] = k
    return k


@dataclass(frozen=True)
class Entry:
    """One surface form of a gazetteer entity.

    `exact` forms (acronyms, forms with digits) must match as written; other forms match on the
    search key, and their capitalised tokens after the first must be capitalised in the text.
    """

    type: str  # "PER" | "ORG" | "LOC"
    name: str  # canonical name
    kind: str  # province, city, district, country, region, ministry, media, ...
    form: str  # the surface form as listed
    tokens: tuple[str, ...]
    exact: bool
    caps: tuple[bool, ...]  # which tokens of `form` start with a capital letter


@dataclass(frozen=True)
class Province:
    name: str
    kind: str
    valid_from: str | None
    valid_to: str | None
    merged_into: str
    aliases: tuple[str, ...]


@dataclass
class Gazetteer:
    """All lookup tables; `entries[key]` lists the entries whose form has that token key."""

    entries: dict[str, list[Entry]] = field(default_factory=dict)
    max_len: dict[str, int] = field(default_factory=dict)  # first token key -> longest form
    pairs: set[str] = field(default_factory=set)  # keys of the first two tokens of longer forms
    provinces: dict[str, Province] = field(default_factory=dict)  # canonical name -> record
    domains: dict[str, str] = field(default_factory=dict)  # token key -> domain as written
    domain_abbr: dict[str, str] = field(default_factory=dict)  # exact abbreviation -> domain
    domain_max: int = 1
    titles: dict[str, str] = field(default_factory=dict)  # low key -> kind
    title_forms: dict[str, str] = field(default_factory=dict)  # low key -> title as written
    title_max: int = 1
    surnames: frozenset[str] = frozenset()  # low keys
    words2: frozenset[str] = frozenset()  # common lowercase multi-syllable words, and their keys

    def add(self, type_: str, name: str, kind: str, form: str) -> None:
        form = canonical(form)
        toks = TOKEN_RE.findall(form)
        if not toks:
            return
        exact = any(c.isdigit() for c in form) or (len(toks) == 1 and toks[0].isupper() and len(toks[0]) > 1)
        exact = exact or all(t.isupper() for t in toks if t.isalpha())
        key = " ".join(search_key(t) for t in toks)
        caps = tuple(t[0].isupper() for t in toks)
        entry = Entry(type_, canonical(name), kind, form, tuple(toks), exact, caps)
        bucket = self.entries.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
        parts = key.split(" ")
        self.max_len[parts[0]] = max(self.max_len.get(parts[0], 0), len(toks))
        if len(parts) > 1:
            self.pairs.add(f"{parts[0]} {parts[1]}")


def _rows(name: str) -> list[list[str]]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    rows = []
    for n, line in enumerate(text.splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if n and cells[0] in ("name", "domain", "title"):
            continue  # header row
        rows.append(cells)
    return rows


_CENTRAL = re.compile(r"(?<!\w)(?:Trung ương|TƯ|T\.Ư|TW|T\.W)(?!\w)")
_CENTRAL_FORMS = ("Trung ương", "TƯ", "T.Ư", "TW", "T.W")


def _central_variants(form: str) -> list[str]:
    """A central body's form with "Trung ương" written each way the press abbreviates it ("Ban Kinh tế
    T.Ư", "Ban Tuyên giáo TW"); a form that is the word alone has no variants (no bare "TW")."""
    if _CENTRAL.search(form) is None or _CENTRAL.fullmatch(form.strip()) is not None:
        return [form]
    return list(dict.fromkeys([form, *(_CENTRAL.sub(c, form) for c in _CENTRAL_FORMS)]))


def _aliases(cell: str) -> list[str]:
    return [a for a in cell.split("|") if a.strip()]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once per process."""
    g = Gazetteer()
    for cells in _rows("provinces.tsv"):
        name, kind, vfrom, vto, merged, aliases = (cells + [""] * 6)[:6]
        g.provinces[name] = Province(
            name, kind, vfrom or None, vto or None, merged or name, tuple(_aliases(aliases))
        )
        for form in [name, *_aliases(aliases)]:
            g.add("LOC", name, kind, form)
    for cells in _rows("places.tsv"):
        name, kind, _prov, aliases = (cells + [""] * 4)[:4]
        for form in [name, *_aliases(aliases)]:
            g.add("LOC", name, kind, form)
    for cells in _rows("countries.tsv"):
        name, aliases = (cells + [""] * 2)[:2]
        for form in [name, *_aliases(aliases)]:
            g.add("LOC", name, "country", form)
    for cells in _rows("world.tsv"):
        name, kind, aliases = (cells + [""] * 3)[:3]
        for form in [name, *_aliases(aliases)]:
            g.add("LOC", name, "country" if kind == "country" else "foreign", form)
    for cells in _rows("orgs.tsv"):
        name, kind, aliases = (cells + [""] * 3)[:3]
        for form in [name, *_aliases(aliases)]:
            for variant in _central_variants(form):
                g.add("ORG", name, kind, variant)
    for cells in _rows("domains.tsv"):
        domain, abbrs = (cells + [""] * 2)[:2]
        key = token_key(domain)
        g.domains.setdefault(key, canonical(domain))
        g.domain_max = max(g.domain_max, len(key.split()))
        for a in _aliases(abbrs):
            g.domain_abbr[canonical(a)] = canonical(domain)
            g.add("ORG", "Bộ " + canonical(domain), "ministry", "Bộ " + a)
        g.add("ORG", "Bộ " + canonical(domain), "ministry", "Bộ " + domain)
    for cells in _rows("titles.tsv"):
        title, kind = (cells + [""] * 2)[:2]
        key = low_key(title)
        g.titles[key] = kind
        g.title_forms[key] = canonical(title)
        g.title_max = max(g.title_max, len(key.split()))
    # "thủ quỹ"/"thủ quĩ", "kỹ sư"/"kĩ sư", "nghị sĩ"/"nghị sỹ": both spellings of a final i/y are in use
    for key, form in list(g.title_forms.items()):
        other = other_iy_spelling(form)
        okey = low_key(other)
        if okey != key and okey not in g.titles:
            g.titles[okey] = g.titles[key]
            g.title_forms[okey] = other
    g.surnames = frozenset(low_key(s) for s in _plain_lines("surnames.txt"))
    # Words as written (lowercase, one tone placement), plus their diacritic-free keys for text typed
    # without diacritics; never folded text against folded words: "về tỉnh" is not "vệ tinh".
    exact = _plain_lines("words2.txt")
    g.words2 = frozenset(exact) | frozenset(search_key(w) for w in exact)
    return g


def western_given_names() -> frozenset[str]:
    """Non-Vietnamese given names (lower case) from given_names.txt: a person's name after a place or body."""
    return frozenset(_plain_lines("given_names.txt"))


def _plain_lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def province_at(name: str, date: str | None = None) -> str | None:
    """The province a (pre- or post-2025) province name belongs to on `date` (ISO; None = today).

    "Sóc Trăng" -> "Sóc Trăng" before 2025-07-01 and "Cần Thơ" from then on; unknown -> None.
    """
    g = gazetteer()
    key = token_key(name)
    for entry in g.entries.get(key, []):
        prov = g.provinces.get(entry.name)
        if prov is None:
            continue
        if prov.valid_to and (date is None or date >= prov.valid_to):
            return prov.merged_into
        return prov.name
    return None


def lookup(phrase: str) -> list[Entry]:
    """Gazetteer entries whose form has the same token key as `phrase`."""
    return list(gazetteer().entries.get(token_key(phrase), []))
