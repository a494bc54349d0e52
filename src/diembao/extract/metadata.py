"""Page metadata: meta tags, OpenGraph, JSON-LD, outlet names, breadcrumbs."""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from diembao.extract.rules import clean, key
from diembao.text import canonical

_ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "blogposting",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "webpage",
    "liveblogposting",
}

# Domains of outlets whose display name differs from what og:site_name usually says.
_DOMAINS = {
    "vnexpress.net": "VnExpress",
    "tuoitre.vn": "Tuổi Trẻ",
    "thanhnien.vn": "Thanh Niên",
    "dantri.com.vn": "Dân trí",
    "vietnamplus.vn": "VietnamPlus",
    "baotintuc.vn": "Báo Tin tức",
    "nhandan.vn": "Nhân Dân",
    "baochinhphu.vn": "Báo Chính phủ",
    "chinhphu.vn": "Báo Chính phủ",
    "vov.vn": "VOV",
    "vtv.vn": "VTV",
    "vietnamnet.vn": "VietNamNet",
    "zingnews.vn": "ZNews",
    "znews.vn": "ZNews",
    "laodong.vn": "Lao Động",
    "nld.com.vn": "Người Lao Động",
    "tienphong.vn": "Tiền Phong",
    "qdnd.vn": "Quân đội nhân dân",
    "cand.com.vn": "Công an nhân dân",
    "sggp.org.vn": "Sài Gòn Giải Phóng",
    "hanoimoi.vn": "Hà Nội Mới",
    "plo.vn": "Pháp Luật TP.HCM",
    "baomoi.com": "Báo Mới",
    "kenh14.vn": "Kênh 14",
    "24h.com.vn": "24h",
    "vneconomy.vn": "VnEconomy",
    "cafef.vn": "CafeF",
    "baodautu.vn": "Báo Đầu tư",
    "soha.vn": "Soha",
    "congly.vn": "Công lý",
    "nongnghiep.vn": "Nông nghiệp Việt Nam",
    "giaoducthoidai.vn": "Giáo dục và Thời đại",
    "suckhoedoisong.vn": "Sức khỏe và Đời sống",
    "baophapluat.vn": "Báo Pháp luật Việt Nam",
    "vtc.vn": "VTC News",
    "baosoctrang.org.vn": "Báo Sóc Trăng",
    "baocantho.com.vn": "Báo Cần Thơ",
    "baodanang.vn": "Báo Đà Nẵng",
}


@lru_cache(maxsize=1)
def domain_map() -> dict[str, str]:
    """Registered domain -> outlet display name (built-in table plus the crawler's outlet registry)."""
    out = dict(_DOMAINS)
    try:
        data = tomllib.loads(resources.files("diembao.ingest").joinpath("outlets.toml").read_text("utf-8"))
    except (OSError, ModuleNotFoundError, tomllib.TOMLDecodeError):
        return out
    for o in data.get("outlet", []):
        host = urlsplit(str(o.get("homepage", ""))).hostname or ""
        if host and o.get("name"):
            out.setdefault(_registered(host), str(o["name"]))
    return out


def _registered(host: str) -> str:
    host = host.lower().removeprefix("www.").removeprefix("m.").removeprefix("amp.")
    parts = host.split(".")
    # Vietnamese second-level domains: .com.vn, .org.vn, .gov.vn ...
    if (
        len(parts) >= 3
        and parts[-1] == "vn"
        and parts[-2] in {"com", "org", "gov", "net", "edu", "info", "ac"}
    ):
        return ".".join(parts[-3:])
    return ".".join(parts[-2:]) if len(parts) >= 2 else host


def outlet_for(site_name: str | None, url: str | None, publisher: str | None) -> str | None:
    """The outlet's display name from og:site_name, the JSON-LD publisher or the URL's domain."""
    dm = domain_map()
    for cand in (site_name, publisher):
        if not cand:
            continue
        c = clean(cand)
        if re.fullmatch(r"[\w.-]+\.[a-z]{2,}", c.lower()):
            return dm.get(_registered(c), c)
        if c:
            return c
    if url:
        host = urlsplit(url).hostname
        if host:
            reg = _registered(host)
            return dm.get(reg, reg)
    return None


@dataclass
class PageMeta:
    """What the page says about itself in machine-readable form."""

    meta: dict[str, list[str]] = field(default_factory=dict)  # lower-cased name/property/itemprop -> contents
    ld: list[dict[str, Any]] = field(default_factory=list)  # JSON-LD article objects
    crumbs: list[str] = field(default_factory=list)  # JSON-LD BreadcrumbList names
    lang: str | None = None
    canonical: str | None = None
    title_tag: str = ""

    def first(self, *names: str) -> str | None:
        for n in names:
            for v in self.meta.get(n, []):
                v = clean(v)
                if v:
                    return v
        return None

    def all(self, *names: str) -> list[str]:
        return [clean(v) for n in names for v in self.meta.get(n, []) if clean(v)]

    def ld_value(self, name: str) -> Any:
        for obj in self.ld:
            if obj.get(name):
                return obj[name]
        return None


def _walk_ld(obj: Any, out: list[dict[str, Any]], crumbs: list[str]) -> None:
    if isinstance(obj, list):
        for o in obj:
            _walk_ld(o, out, crumbs)
        return
    if not isinstance(obj, dict):
        return
    if "@graph" in obj:
        _walk_ld(obj["@graph"], out, crumbs)
    types = obj.get("@type")
    tl = {str(t).lower() for t in (types if isinstance(types, list) else [types])}
    if "breadcrumblist" in tl:
        items = obj.get("itemListElement") or []
        if isinstance(items, list):
            for it in sorted(
                (i for i in items if isinstance(i, dict)), key=lambda i: int(i.get("position") or 0)
            ):
                name = (
                    it.get("name") or (it.get("item") or {}).get("name")
                    if isinstance(it.get("item"), dict)
                    else it.get("name")
                )
                ref = it.get("item")
                ref = ref.get("@id") if isinstance(ref, dict) else ref
                if isinstance(ref, str) and re.fullmatch(r"(?:https?://[^/]+)?/?", ref.strip()):
                    continue  # the home page, named after the site
                if isinstance(name, str) and name.strip():
                    crumbs.append(clean(name))
    elif tl & _ARTICLE_TYPES:
        out.append(obj)
        main = obj.get("mainEntity")
        if isinstance(main, dict):
            _walk_ld(main, out, crumbs)


def read_meta(tree: LexborHTMLParser) -> PageMeta:
    """Collect meta tags, JSON-LD article objects and breadcrumbs of a parsed page."""
    pm = PageMeta()
    for m in tree.css("meta"):
        a = m.attributes
        content = a.get("content")
        if content is None:
            continue
        for attr in ("property", "name", "itemprop"):
            n = a.get(attr)
            if n:
                pm.meta.setdefault(n.strip().lower(), []).append(content)
    for s in tree.css('script[type="application/ld+json"]'):
        raw = s.text(deep=True).strip()
        if not raw or len(raw) > 2_000_000:
            continue
        try:
            data = json.loads(raw, strict=False)
        except (ValueError, RecursionError):
            # Some CMSs leave trailing commas or raw newlines; one retry without them.
            try:
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw), strict=False)
            except (ValueError, RecursionError):
                continue
        _walk_ld(data, pm.ld, pm.crumbs)
    html = tree.css_first("html")
    if html is not None:
        pm.lang = (html.attributes.get("lang") or "").strip().lower() or None
    link = tree.css_first('link[rel="canonical"]')
    if link is not None:
        pm.canonical = link.attributes.get("href")
    t = tree.css_first("title")
    if t is not None:
        pm.title_tag = clean(t.text())
    return pm


def ld_names(value: Any, persons_only: bool = True) -> list[str]:
    """Names in a JSON-LD author/publisher value (str, object or list of them)."""
    out: list[str] = []
    for v in value if isinstance(value, list) else [value]:
        if isinstance(v, str):
            out.append(clean(v))
        elif isinstance(v, dict):
            t = str(v.get("@type", "Person")).lower()
            if persons_only and t not in ("person", ""):
                continue
            n = v.get("name")
            if isinstance(n, str):
                out.append(clean(n))
    return [n for n in out if n]


@lru_cache(maxsize=1)
def _outlet_keys() -> frozenset[str]:
    return frozenset(key(v) for v in domain_map().values())


def is_outlet_name(name: str, outlet: str | None, site: str | None) -> bool:
    """Whether an 'author' is really the site itself ("VnExpress", "Báo Tuổi Trẻ", "tuoitre.vn")."""
    k = key(name)
    if not k or re.search(r"\.(vn|net|com|org)\b", name.lower()) or k.startswith("http"):
        return True
    names = {key(x) for x in (outlet, site) if x} | _outlet_keys()
    names |= {key("Báo " + x) for x in (outlet, site) if x}
    return k in names or k in {"admin", "ban bien tap", "bbt", "toa soan", "quan tri vien", "administrator"}


@lru_cache(maxsize=1)
def _outlet_spellings() -> dict[str, frozenset[str]]:
    """Key of a known outlet name or domain label ("vietnamnet", "thanhnien") -> its spellings."""
    out: dict[str, set[str]] = {}
    for dom, name in domain_map().items():
        out.setdefault(key(name), set()).add(canonical(name))
        label = dom.split(".")[0]
        if not label[:1].isdigit():
            out.setdefault(key(label), set()).add(label)
    return {k: frozenset(v) for k, v in out.items()}


_ONLINE = re.compile(r"\s+(?:Online|Onl|điện tử|Điện tử)$")


def names_outlet(tag: str, outlet: str | None, site: str | None) -> bool:
    """Whether a lead-in tag ("Vietnamnet", "Dân trí", "Tiền Phong Online") names a news outlet, a
    known one or the page's own, spelled as a name: every word capitalised ("Tiền Phong") or as the
    outlet spells it ("Dân trí"). "Hà Nội", a place dateline, and "Lao động", a word, are not."""
    tag = canonical(tag)
    base = _ONLINE.sub("", tag)
    spellings = _outlet_spellings()
    own = {canonical(x) for x in (outlet, site) if x}
    for cand in {tag, base}:
        k = key(cand)
        if not k:
            continue
        known = spellings.get(k, frozenset()) | {x for x in own if key(x) == k}
        if not known:
            continue
        words = cand.split()
        if cand in known or all(w[:1].isupper() for w in words):
            return True
    return False
