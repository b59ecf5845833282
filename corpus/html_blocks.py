"""HTML → blocks (corpus/blocks.py), using what the markup knows: <h1>–<h6> are headings with their level,
<ol>/<ul> items are list items with the number the list gives them ("3." from <ol start>, "•" for <ul>;
nested lists one level deeper), data tables are rows of cells, <dt>/<dd> a field and its value, and every
other run of text a paragraph (a <br> stays a line break inside it).

Page furniture is dropped by structure, not by a site's class names: script/style/template, navigation
(<nav>, role="navigation"), the page's own banner and footer (<header>/<footer> outside an <article> or
<main>, role="banner"/"contentinfo"), hidden elements, and on a page with one <main> the link menus beside it
(a sidebar of links, a skip link); only a banner line that is an organisation's name
("Bergsjö kommun") is kept, as the document's letterhead. A table whose cells hold headings or other tables
lays the page out; its cells are read as containers, not as one row of text.
"""

from __future__ import annotations

import re
from typing import Any

from corpus.blocks import LABEL_MAX_WORDS, Block, join_cell_paragraphs, list_labels
from corpus.vocabulary import load_vocabulary

_HEADING = re.compile(r"^h([1-6])$")
#: elements that are never content
_DROP_ALWAYS = ("script", "style", "noscript", "template", "svg", "head", "nav", "iframe", "object",
                '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', "[hidden]")
#: hidden from screen readers: an icon, a decoration; but a lone symbol glyph is a legend's key ("● Genomfört"),
#: which the sighted reader reads against the table's symbols
_ARIA_HIDDEN = '[aria-hidden="true"]'
_SYMBOL_GLYPH = re.compile(r"^[^\w\s]$")
#: … standing as a list item's or a cell's key (an arrow beside a value in a paragraph is decoration)
_KEY_PARENTS = frozenset({"li", "td", "th", "dt"})
#: a page's banner and footer; inside an <article> or <main> they are the article's own header (its title)
_PAGE_CHROME = ("header", "footer")
_CONTENT_ROOTS = frozenset({"article", "main"})
#: elements that end the paragraph before them and start a new one after them
_CONTAINERS = frozenset({
    "address", "article", "aside", "blockquote", "body", "details", "div", "fieldset", "figcaption", "figure",
    "form", "main", "p", "pre", "section", "summary", "caption", "header", "footer", "center", "html", "hr"})
_LISTS = frozenset({"ol", "ul", "menu"})
_CELLS = frozenset({"td", "th"})


def drop_furniture(tree: Any) -> list[Block]:
    """Remove what a browser shows around the document (menus, banners, scripts) from a parsed tree. Returns
    the letterhead a page banner holds: a line of it that is an organisation's name ("Bergsjö kommun",
    `metadata.toml` [organisations]), kept as a paragraph so the document still says who publishes it."""
    for selector in _DROP_ALWAYS:
        for node in tree.css(selector):
            node.decompose()
    for node in tree.css(_ARIA_HIDDEN):
        parent = node.parent.tag if node.parent is not None else ""
        if parent not in _KEY_PARENTS or not _SYMBOL_GLYPH.match((node.text() or "").strip()):
            node.decompose()
    drop_link_menus(tree)
    names = load_vocabulary().organisation
    letterhead: list[Block] = []
    for tag in _PAGE_CHROME:
        for node in tree.css(tag):
            if _inside(node, _CONTENT_ROOTS):
                continue
            if tag == "header" and not letterhead:
                lines = _clean(inline_text(node)).split("\n")
                letterhead = [Block("paragraph", ln) for ln in lines if names.fullmatch(ln)][:1]
            node.decompose()
    return letterhead


#: an element outside the page's <main> whose text is at least this share link text is a menu of links
LINK_SHARE = 0.6


def drop_link_menus(tree: Any) -> None:
    """On a page with one <main> (role="main"), what stands beside it and is mostly links (a sidebar listing
    the site's other pages) and the skip link ("Till innehållet", href="#main") are no part of the document;
    a sidebar with text of its own ("Nästa sammanträde: tisdag 16 juni") stays."""
    if len(tree.css('main, [role="main"]')) != 1:
        return
    for node in tree.css('a[href^="#"], aside, [role="complementary"]'):
        if _inside(node, frozenset({"main"})) or node.css_first("main") is not None:
            continue
        text = len("".join(node.text(deep=True).split()))
        links = sum(len("".join(a.text(deep=True).split())) for a in node.css("a"))
        if node.tag == "a" or (text and links >= LINK_SHARE * text):
            node.decompose()


def _inside(node: Any, tags: frozenset[str]) -> bool:
    p = node.parent
    while p is not None:
        if p.tag in tags:
            return True
        p = p.parent
    return False


def _clean(text: str) -> str:
    """Whitespace of a block's text: runs of spaces collapsed, <br> line breaks kept, no blank lines."""
    lines = (" ".join(ln.split()) for ln in text.split("\n"))
    return "\n".join(ln for ln in lines if ln)


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.inline: list[str] = []

    def flush(self) -> None:
        text = _clean("".join(self.inline))
        self.inline = []
        if text:
            self.blocks.append(Block("paragraph", text))

    def walk(self, node: Any) -> None:
        for child in node.iter(include_text=True):
            self.visit(child)

    def visit(self, node: Any) -> None:
        tag = node.tag
        if tag == "-text":
            self.inline.append(re.sub(r"\s+", " ", node.text(deep=False) or ""))
        elif tag == "br":
            self.inline.append("\n")
        elif m := _HEADING.match(tag):
            self.flush()
            if text := " ".join(inline_text(node).split()):
                self.blocks.append(Block("heading", text, level=int(m[1])))
        elif tag in _LISTS:
            self.flush()
            self.list_items(node, 0)
        elif tag == "table":
            self.flush()
            self.table(node)
        elif tag == "dl":
            self.flush()
            self.definitions(node)
        elif tag == "summary" and len(parts := [t for c in node.iter() if (t := " ".join(inline_text(c).split()))]) > 1:
            # an accordion's summary line set from parts ("Mål 1", the goal's title, its assessment badge): each
            # part a line of its own, as a page shows them apart, not one run-on title
            self.flush()
            self.blocks.extend(Block("paragraph", t) for t in parts)
        elif tag in _CONTAINERS:
            self.flush()
            self.walk(node)
            self.flush()
        else:   # inline markup (span, a, strong, em, time …) and unknown tags
            self.walk(node)

    def list_items(self, lst: Any, depth: int) -> None:
        n = _number(lst, "start")
        for li in lst.iter():
            if li.tag != "li":
                continue
            n = _number(li, "value", n)   # <li value="5"> renumbers the list from there
            number = _label(lst, n)
            n += 1
            text = _clean(inline_text(li, skip=_LISTS))
            subs = list(_descendants(li, _LISTS))
            # a bullet that only names the list nested in it ("Indikatorer", "Aktiviteter") is its label; a
            # numbered item is an item of its own list ("7. Utbilda personal" over its sub-points)
            if text and subs and number == "•" and len(text.split()) <= LABEL_MAX_WORDS \
                    and not text.rstrip().endswith((".", "!", "?")):
                self.blocks.append(Block("field", text))
            elif text:
                self.blocks.append(Block("list_item", text, level=depth, number=number))
            for sub in subs:
                self.list_items(sub, depth + 1)

    def table(self, table: Any) -> None:
        rows = [tr for tr in _descendants(table, frozenset({"tr"}))]
        if _is_layout(table):
            for tr in rows:
                for cell in tr.iter():
                    if cell.tag in _CELLS:
                        self.walk(cell)
                        self.flush()
            return
        below: dict[int, int] = {}   # column → rows still covered by a cell merged down from above (rowspan)

        def merged_down(cells: list[str]) -> None:
            """The places of cells merged down from above: empty cells, as the DOCX reader keeps them."""
            while below.get(len(cells)):
                below[len(cells)] -= 1
                cells.append("")

        for tr in rows:
            cells: list[str] = []
            for c in (c for c in tr.iter() if c.tag in _CELLS):
                merged_down(cells)
                if (span := _number(c, "rowspan")) > 1:
                    below[len(cells)] = span - 1
                cells.append(_cell_text(c))
            merged_down(cells)
            if any(cells):
                self.blocks.append(Block("table_row", cells=tuple(cells)))

    def definitions(self, dl: Any) -> None:
        for item in dl.iter():
            text = _clean(inline_text(item))
            if item.tag == "dt" and text:
                self.blocks.append(Block("field", text))
            elif item.tag == "dd" and text:
                self.blocks.append(Block("list_item", text))


def _number(node: Any, attribute: str, default: int = 1) -> int:
    """An <ol start="…"> or <li value="…">, else `default`."""
    try:
        return int((node.attributes.get(attribute) or str(default)).strip())
    except ValueError:
        return default


def _label(lst: Any, n: int) -> str:
    """The number a browser draws: "3." in an <ol>, "c)" in an <ol type="a">, "•" in a <ul>."""
    if lst.tag != "ol":
        return "•"
    kind = (lst.attributes.get("type") or "1").strip()
    if kind in ("a", "A") and 1 <= n <= 26:
        letter = chr(ord("a") + n - 1)
        return f"{letter.upper() if kind == 'A' else letter})"
    return f"{n}."


def _descendants(node: Any, tags: frozenset[str]) -> list[Any]:
    """The outermost descendants of `node` with one of `tags` (a nested table's rows are its own)."""
    out: list[Any] = []
    for child in node.iter():
        if child.tag in tags:
            out.append(child)
        elif child.tag != "table":
            out.extend(_descendants(child, tags))
    return out


def _is_layout(table: Any) -> bool:
    """A table that lays out the page: a cell holds a heading or another table."""
    inner = list(table.traverse())[1:]   # traverse() starts with the table itself
    return any(node.tag == "table" or _HEADING.match(node.tag) for node in inner)


def _cell_text(cell: Any) -> str:
    """A table cell as one line, its paragraphs (and <br> lines) kept apart as sentences: `join_cell_paragraphs`."""
    return join_cell_paragraphs(inline_text(cell).split("\n"))


def inline_text(node: Any, skip: frozenset[str] = frozenset()) -> str:
    """The text of `node` with <br> (and the edges of paragraphs inside it) as line breaks; elements with a
    tag in `skip` left out (an item's nested list)."""
    out: list[str] = []

    def rec(n: Any) -> None:
        for child in n.iter(include_text=True):
            if child.tag == "-text":
                out.append(re.sub(r"\s+", " ", child.text(deep=False) or ""))
            elif child.tag == "br":
                out.append("\n")
            elif child.tag not in skip:
                block = child.tag in _CONTAINERS or bool(_HEADING.match(child.tag))
                out.append("\n" if block else "")
                rec(child)
                out.append("\n" if block else "")

    rec(node)
    return "".join(out)


def html_blocks(root: Any) -> list[Block]:
    """The blocks of a parsed HTML tree (selectolax node: the <body>, or the root), furniture removed first
    with `drop_furniture`; a short paragraph right above a list is that list's label."""
    w = _Walker()
    w.walk(root)
    w.flush()
    return list_labels(w.blocks)


__all__ = ["drop_furniture", "drop_link_menus", "html_blocks", "inline_text"]
