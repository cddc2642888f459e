"""Saved web pages: the article's text, title, address and date; never scripts or remote resources.

Built on the standard library's ``html.parser`` rather than a package such as
trafilatura (which brings lxml, dateparser and a dozen more, tens of MB): the
parser only tokenises, so nothing is executed and nothing is fetched. Choosing
the article is a readability-style heuristic: chrome (scripts, navigation,
asides, forms, elements whose class or id says "share", "comments", "ad" ...) is
dropped, each paragraph scores its container by length and commas, minus
links, and the best-scoring container is the article — or the page's
``<article>``/``<main>`` when it has one with enough text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser

from . import Cancelled, Extracted, Progress, check_cancelled
from .text import decode_text

CHUNK_CHARS = 64 * 1024

# Never part of an article's text.
SKIPPED_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
    "form", "button", "select", "textarea", "nav", "aside", "footer", "head", "audio", "video", "map",
    "dialog", "menu",
})
VOID_TAGS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
})
# Elements whose text is one paragraph of the article.
BLOCK_TAGS = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dt", "dd", "figcaption",
    "td", "th", "caption", "address",
})
# Elements that may hold the article; paragraphs score them.
CONTAINER_TAGS = frozenset({"div", "section", "article", "main", "body", "td", "blockquote"})
SKIPPED_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "dialog",
                           "menu", "menubar", "alert"})
CHROME_PATTERN = re.compile(
    r"(^|[-_\s])(nav|navbar|menu|footer|header|masthead|sidebar|side-bar|comments?|share|sharing|social|"
    r"related|recommended|promo|advert|advertisement|ads?|ad-slot|sponsor(ed)?|banner|cookies?|consent|"
    r"subscribe|subscription|newsletter|breadcrumbs?|popup|modal|paywall|outbrain|taboola|skip-link|"
    r"toolbar|tags|byline-social|print-only|visually-hidden|sr-only)($|[-_\s])",
    re.IGNORECASE,
)
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
DATE_META = ("article:published_time", "og:published_time", "datepublished", "date", "pubdate",
             "publishdate", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued",
             "citation_publication_date", "sailthru.date", "parsely-pub-date")
SAVED_FROM = re.compile(r"saved from url=\(\d+\)(\S+)", re.IGNORECASE)
ARTICLE_MIN_CHARS = 500  # an <article> shorter than this is a teaser, not the story
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)


@dataclass
class _Node:
    tag: str
    parent: _Node | None
    skipped: bool
    score: float = 0.0
    text_chars: int = 0
    index: int = 0
    attributes: dict[str, str] = field(default_factory=dict)

    def ancestors(self):
        node = self
        while node is not None:
            yield node
            node = node.parent


@dataclass
class _Block:
    tag: str
    text: str
    link_chars: int
    node: _Node  # the block element itself; its ancestors are candidate containers


class _PageParser(HTMLParser):
    """Collects text blocks and metadata; holds no reference to anything remote."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", None, False)
        self.current = self.root
        self.blocks: list[_Block] = []
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.canonical: str | None = None
        self.saved_from: str | None = None
        self.json_ld: list[str] = []
        self.time_datetimes: list[str] = []
        self._buffer: list[str] = []
        self._link_chars = 0
        self._in_title = False
        self._in_link = 0
        self._in_json_ld = False
        self._block_node: _Node | None = None
        self._count = 0

    # ----- structure --------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {key: value or "" for key, value in attrs}
        self._metadata_from(tag, attributes)
        if tag in VOID_TAGS:
            if tag == "br" and self._block_node is not None:
                self._buffer.append("\n")
            return
        if tag in BLOCK_TAGS and not self.current.skipped:
            self._flush_block()
        skipped = self.current.skipped or self._is_chrome(tag, attributes, self.current)
        self._count += 1
        node = _Node(tag, self.current, skipped, index=self._count, attributes=attributes)
        self.current = node
        if tag in BLOCK_TAGS and not skipped and self._block_node is None:
            self._block_node = node
        if tag == "a" and not skipped:
            self._in_link += 1
        if tag == "title":
            self._in_title = True
        if tag == "script" and attributes.get("type", "").lower() == "application/ld+json":
            self._in_json_ld = True
            self.json_ld.append("")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID_TAGS:
            self.handle_starttag(tag, attrs)
        # A self-closed non-void element (<div/>) is empty: nothing to do.

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_TAGS:
            return
        node = self.current
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is self.root:
            return  # a stray end tag: ignore it, as browsers do
        while True:  # close everything left open inside it (<p> and <li> often are)
            closing = self.current
            if closing is self._block_node:
                self._flush_block()
            if closing.tag == "a" and not closing.skipped:
                self._in_link = max(0, self._in_link - 1)
            if closing.tag == "title":
                self._in_title = False
            if closing.tag == "script":
                self._in_json_ld = False
            self.current = closing.parent
            if closing is node:
                break

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        if self._in_json_ld:
            self.json_ld[-1] += data
        if self.current.skipped:
            return
        if self._block_node is None:
            if data.strip():  # loose text directly in a <div>: treat it as a paragraph of its own
                self._block_node = self.current
            else:
                return
        self._buffer.append(data)
        if self._in_link:
            self._link_chars += len(data.strip())

    def handle_comment(self, data: str) -> None:
        found = SAVED_FROM.search(data)
        if found and self.saved_from is None:
            self.saved_from = found.group(1)

    def close(self) -> None:
        super().close()
        self._flush_block()

    def _flush_block(self) -> None:
        node = self._block_node
        self._block_node = None
        if node is None:
            return
        raw = "".join(self._buffer)
        self._buffer.clear()
        link_chars, self._link_chars = self._link_chars, 0
        lines = [" ".join(line.split()) for line in raw.split("\n")] if node.tag == "pre" else [" ".join(raw.split())]
        text = "\n".join(line for line in lines if line)
        if text:
            self.blocks.append(_Block(node.tag, text, link_chars, node))

    # ----- what to drop -------------------------------------------------------------------------

    @staticmethod
    def _is_chrome(tag: str, attributes: dict[str, str], parent: _Node) -> bool:
        if tag in SKIPPED_TAGS:
            return True
        if tag == "header" and not any(n.tag in ("article", "main") for n in parent.ancestors()):
            return True  # the site's header; an article's own <header> holds its headline
        if "hidden" in attributes or attributes.get("aria-hidden", "").lower() == "true":
            return True
        if attributes.get("role", "").lower() in SKIPPED_ROLES:
            return True
        if re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", attributes.get("style", ""), re.IGNORECASE):
            return True
        names = f"{attributes.get('class', '')} {attributes.get('id', '')}"
        return tag not in ("body", "html", "main", "article") and bool(CHROME_PATTERN.search(names))

    # ----- metadata -----------------------------------------------------------------------------

    def _metadata_from(self, tag: str, attributes: dict[str, str]) -> None:
        if tag == "meta":
            key = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
            if key and "content" in attributes:
                self.meta.setdefault(key, attributes["content"].strip())
        elif tag == "link" and "canonical" in attributes.get("rel", "").lower().split():
            self.canonical = self.canonical or attributes.get("href", "").strip() or None
        elif tag == "time" and attributes.get("datetime"):
            self.time_datetimes.append(attributes["datetime"].strip())
        if attributes.get("itemprop", "").lower() == "datepublished":
            value = attributes.get("datetime") or attributes.get("content")
            if value:
                self.meta.setdefault("datepublished", value.strip())


def decode_html(data: bytes, name: str) -> tuple[str, str]:
    """Decode by the page's own ``<meta charset>`` when it declares one, else as any text file."""
    declared = META_CHARSET.search(data[:4096])
    if declared:
        codec = declared.group(1).decode("ascii", "replace").lower()
        try:
            return data.decode(codec, errors="replace"), codec.upper()
        except LookupError:
            pass
    return decode_text(data, name)


def extract_html(data: bytes, name: str, progress: Progress, cancelled: Cancelled) -> Extracted:
    markup, encoding = decode_html(data, name)
    parser = _parse(markup, progress, cancelled)
    blocks = _article_blocks(parser)
    title = _title(parser, blocks)
    paragraphs = [block.text for block in blocks]
    if title and (not paragraphs or _squash(paragraphs[0]) != _squash(title)):
        paragraphs.insert(0, title)
    return Extracted(
        text="\n".join(paragraphs),
        title=title,
        source_url=_source_url(parser),
        published=_published(parser),
        encoding=encoding,
    )


def extract_html_text(markup: str, cancelled: Cancelled) -> tuple[str, str]:
    """All readable text of a page (e-book chapters: no chrome to remove) and its title."""
    parser = _parse(markup, lambda _f: None, cancelled)
    return "\n".join(block.text for block in parser.blocks), " ".join("".join(parser.title_parts).split())


def _parse(markup: str, progress: Progress, cancelled: Cancelled) -> _PageParser:
    parser = _PageParser()
    for begin in range(0, len(markup), CHUNK_CHARS):
        check_cancelled(cancelled)
        parser.feed(markup[begin:begin + CHUNK_CHARS])
        progress(min(1.0, (begin + CHUNK_CHARS) / max(1, len(markup))))
    parser.close()
    return parser


def _article_blocks(parser: _PageParser) -> list[_Block]:
    blocks = parser.blocks
    if not blocks:
        return []
    container = _explicit_article(blocks) or _best_scoring_container(blocks)
    if container is None:
        return [b for b in blocks if not _link_heavy(b)]
    return [b for b in blocks if container in b.node.ancestors() and not _link_heavy(b)]


def _explicit_article(blocks: list[_Block]) -> _Node | None:
    """The ``<article>`` (or ``<main>``, or schema.org articleBody) with the most paragraph text."""
    totals: dict[int, tuple[_Node, int]] = {}
    for block in blocks:
        if block.tag == "li":
            continue
        for node in block.node.ancestors():
            if node.tag in ("article", "main") or node.attributes.get("itemprop", "").lower() == "articlebody":
                _, chars = totals.get(node.index, (node, 0))
                totals[node.index] = (node, chars + len(block.text))
    if not totals:
        return None
    node, chars = max(totals.values(), key=lambda item: item[1])
    return node if chars >= ARTICLE_MIN_CHARS else None


def _best_scoring_container(blocks: list[_Block]) -> _Node | None:
    """Readability's idea: a paragraph scores its parent fully and its grandparent half."""
    scores: dict[int, tuple[_Node, float]] = {}
    for block in blocks:
        if block.tag not in ("p", "pre", "blockquote", "td") and block.node.tag not in CONTAINER_TAGS:
            continue
        if len(block.text) < 25:
            continue
        score = (1 + block.text.count(",") + min(len(block.text) / 100, 3)) * (1 - _link_density(block))
        containers = [n for n in block.node.ancestors() if n is not block.node and n.tag in CONTAINER_TAGS]
        if block.node.tag in CONTAINER_TAGS:  # loose text in a <div>
            containers.insert(0, block.node)
        for weight, node in zip((1.0, 0.5), containers):
            _, total = scores.get(node.index, (node, 0.0))
            scores[node.index] = (node, total + score * weight)
    if not scores:
        return None
    return max(scores.values(), key=lambda item: item[1])[0]


def _link_density(block: _Block) -> float:
    return min(1.0, block.link_chars / max(1, len(block.text)))


def _link_heavy(block: _Block) -> bool:
    """Lists of links ("Read more", tag clouds) rather than prose."""
    return _link_density(block) > 0.5 and block.tag not in HEADING_TAGS


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def _title(parser: _PageParser, blocks: list[_Block]) -> str:
    for key in ("og:title", "twitter:title", "headline", "dc.title"):
        if parser.meta.get(key):
            return " ".join(parser.meta[key].split())
    headings = [b.text for b in parser.blocks if b.tag == "h1"]
    if headings:
        return headings[0]
    title = " ".join("".join(parser.title_parts).split())
    # "Headline | Site name" or "Headline - Site": keep the headline.
    parts = re.split(r"\s+[|–—-]\s+", title)
    return parts[0] if parts and len(parts[0]) >= 10 else title


def _source_url(parser: _PageParser) -> str | None:
    for candidate in (parser.canonical, parser.meta.get("og:url"), parser.saved_from):
        if candidate and re.match(r"https?://", candidate, re.IGNORECASE):
            return candidate
    return None


def _published(parser: _PageParser) -> str | None:
    values = [parser.meta.get(key) for key in DATE_META]
    values += _json_ld_dates(parser.json_ld) + parser.time_datetimes[:1]
    for value in values:
        if value:
            parsed = iso_date(value)
            if parsed:
                return parsed
    return None


def _json_ld_dates(chunks: list[str]) -> list[str]:
    found: list[str] = []

    def walk(item) -> None:
        if isinstance(item, dict):
            if isinstance(item.get("datePublished"), str):
                found.append(item["datePublished"])
            for value in item.values():
                walk(value)
        elif isinstance(item, list):
            for value in item:
                walk(value)

    for chunk in chunks:
        try:
            walk(json.loads(chunk))
        except (ValueError, RecursionError):
            continue  # broken structured data is common; the other sources of a date remain
    return found


def iso_date(value: str) -> str | None:
    """The calendar date (YYYY-MM-DD) at the start of an ISO-8601-like timestamp, if valid."""
    found = re.match(r"\s*(?:D:)?(\d{4})-?(\d{2})-?(\d{2})", value)
    if not found:
        return None
    try:
        return date(*map(int, found.groups())).isoformat()
    except ValueError:
        return None
