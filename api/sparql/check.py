"""The read-only check of a SPARQL query: a small tokenizer, no parser.

The query is parsed by pyoxigraph inside the killable worker (api/sparql/worker.py); this module only has to
find what must be refused or prepared *before* evaluation, in time linear in the text and without shared state
(rdflib's parser is not thread-safe and its run time escapes the timeout):

- the query form (SELECT, CONSTRUCT, DESCRIBE, ASK: the first such keyword; subqueries come later);
- update keywords (INSERT, DELETE, LOAD, ...) and SERVICE anywhere;
- FROM / FROM NAMED graphs, with the query's own PREFIX and BASE;
- calls of the `sgf:` search functions and their text arguments;
- calls of the functions whose value changes between evaluations (RAND, NOW, UUID, STRUUID, BNODE): such a
  query's answer is never served from the result cache (api/sparql/cache.py).

Strings, IRIs and comments are matched as in the SPARQL grammar, so a keyword inside them is not seen. A
keyword must never hide from the check: every region the tokenizer skips (comment, string, IRI) is one that
pyoxigraph also reads as non-code. Where the two could differ, the tokenizer errs towards reading code: strings
accept any backslash escape, prefixed names any `\\x` escape (`ex:a\\#b` is not a comment), and an IRI may
contain `\\u` escapes. A `<` read as an IRI where the engine reads less-than hides no whitespace, no brace and no
`<`, so it cannot hide a SERVICE clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from corpus.errors import QueryError

_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_TOKEN = re.compile(
    r"(?P<ws>\s+)"
    r"|(?P<comment>#[^\n\r]*)"
    r"|(?P<string>'''(?:'{0,2}(?:[^'\\]|\\.))*+'''|\"\"\"(?:\"{0,2}(?:[^\"\\]|\\.))*+\"\"\""
    r"|'(?:[^'\\\n\r]|\\.)*+'|\"(?:[^\"\\\n\r]|\\.)*+\")"
    rf"|(?P<iri><(?:[^<>\"{{}}|^`\\\x00-\x20]|{_UCHAR})*+>)"
    r"|(?P<pname>(?:[^\W\d][\w\-.]*)?:(?:[\w\-.:%]|\\.)*+)"
    r"|(?P<var>[?$]\w+)"
    r"|(?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)"
    r"|(?P<word>[^\W\d][\w\-.]*)"
    r"|(?P<other>.)",
    re.DOTALL,
)
FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
UPDATE_WORDS = {"ADD", "WITH", "USING", "DATA"}
#: the engine reads keywords without a word boundary (`SERVICESILENT<x>{…}`, `trueSERVICE <x> {…}` parse), so
#: these are looked for at the start of a word, and SERVICE anywhere in one
UPDATE_STARTS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "MOVE", "COPY")
#: built-ins whose value differs from one evaluation to the next (looked for anywhere in a word, like SERVICE)
VOLATILE = ("RAND", "NOW", "UUID", "BNODE")
_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_STRING_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.DOTALL)


class UpdateFound(QueryError):
    """The text contains an update keyword (the caller turns it into a 403)."""


class ServiceFound(QueryError):
    """The text contains SERVICE (the caller turns it into a 403)."""


@dataclass
class CheckedQuery:
    """What the service must know of a query before it is evaluated (the same for every request: cacheable)."""
    form: str
    from_default: list[str] = field(default_factory=list)
    from_named: list[str] = field(default_factory=list)
    search_calls: dict[str, set[str]] = field(default_factory=dict)  # function IRI → texts
    volatile: bool = False  # calls RAND, NOW, UUID, STRUUID or BNODE: the answer differs each time


def tokens(text: str) -> list[tuple[str, str]]:
    """(kind, text) of every token but whitespace and comments."""
    return [(m.lastgroup or "other", m.group()) for m in _TOKEN.finditer(text)
            if m.lastgroup not in ("ws", "comment")]


def string_value(token: str) -> str:
    """The value of a string token (quotes off, escapes resolved as pyoxigraph does)."""
    q = 3 if token[:3] in ("'''", '"""') else 1

    def unescape(m: re.Match[str]) -> str:
        if m.group(1) or m.group(2):
            return chr(int(m.group(1) or m.group(2), 16))
        return _ESCAPES.get(m.group(3), m.group(0))

    return _STRING_ESCAPE.sub(unescape, token[q:-q])


def check(text: str, standard_prefixes: dict[str, str], functions_ns: str,
          functions: set[str]) -> CheckedQuery:
    """Check `text`; raise `UpdateFound`, `ServiceFound` or `QueryError` for what must not be evaluated."""
    toks = tokens(text)
    prefixes: dict[str, str] = {}
    base = ""
    form = ""
    services: list[str] = []

    def resolve(kind: str, tok: str) -> str | None:
        if kind == "iri":
            iri = tok[1:-1]
            return urljoin(base, iri) if base and ":" not in iri.split("/", 1)[0] else iri
        if kind == "pname":
            p, _, local = tok.partition(":")
            ns = prefixes.get(p, standard_prefixes.get(p))
            return None if ns is None else ns + re.sub(r"\\(.)", r"\1", local.rstrip("."))
        return None

    checked = CheckedQuery(form="")
    for i, (kind, tok) in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else ("", "")
        if kind == "lang" and "SERVICE" in tok.upper():
            services.append("SERVICE")
        elif kind == "word":
            w = tok.upper()
            if w in UPDATE_WORDS or w.startswith(UPDATE_STARTS):
                raise UpdateFound(f"{tok} är en SPARQL Update-operation")
            if any(v in w for v in VOLATILE):
                checked.volatile = True
            if "SERVICE" in w:
                target = toks[i + 2] if nxt[1].upper() == "SILENT" and i + 2 < len(toks) else nxt
                services.append(f"SERVICE {target[1]}" if target[0] in ("iri", "pname", "var") else "SERVICE")
            elif not form and w.startswith(FORMS):
                form = next(f for f in FORMS if w.startswith(f))
            elif w == "PREFIX" and nxt[0] == "pname" and nxt[1].endswith(":") and i + 2 < len(toks) \
                    and toks[i + 2][0] == "iri":
                prefixes[nxt[1][:-1]] = resolve(*toks[i + 2]) or ""
            elif w == "BASE" and nxt[0] == "iri":
                base = resolve(*nxt) or ""
            elif w in ("FROM", "FROMNAMED"):
                named = w == "FROMNAMED" or nxt[1].upper() == "NAMED"
                target = toks[i + 2] if w == "FROM" and named and i + 2 < len(toks) else nxt
                iri = resolve(*target)
                if iri is not None:
                    (checked.from_named if named else checked.from_default).append(iri)
        elif kind in ("iri", "pname") and nxt[1] == "(":
            iri = resolve(kind, tok)
            if iri is not None and iri.startswith(functions_ns):
                _search_call(toks, i, iri, functions, checked.search_calls)
    if services:
        raise ServiceFound(", ".join(sorted(set(services))))
    if not form:
        raise QueryError("syntaxfel: frågan har ingen SELECT, CONSTRUCT, DESCRIBE eller ASK")
    checked.form = form
    return checked


def _search_call(toks: list[tuple[str, str]], i: int, iri: str, functions: set[str],
                 calls: dict[str, set[str]]) -> None:
    """Record `fn(arg, "text")` starting at token i; the second argument must be a string literal."""
    name = iri.rsplit("#", 1)[-1]
    if iri not in functions:
        raise QueryError(f"okänd Styrgraf-funktion <{iri}>: använd sgf:relevance, sgf:semantic eller sgf:bm25")
    usage = QueryError(f"sgf:{name}(?passage, \"text\"): det andra argumentet måste vara en textliteral")
    depth, j = 0, i + 2
    while j < len(toks):  # the first argument, up to the comma at depth 0
        t = toks[j][1]
        if t in "([" and toks[j][0] == "other":
            depth += 1
        elif t in ")]" and toks[j][0] == "other":
            if depth == 0:
                raise usage
            depth -= 1
        elif t == "," and depth == 0:
            break
        j += 1
    rest = toks[j + 1:j + 6]
    if not rest or rest[0][0] != "string":
        raise usage
    k = 1
    if len(rest) > k and rest[k][0] == "lang":
        k += 1
    elif len(rest) > k + 2 and rest[k][1] == "^" and rest[k + 1][1] == "^":
        k += 3
    if len(rest) <= k or rest[k][1] != ")":
        raise usage
    calls.setdefault(iri, set()).add(string_value(rest[0][1]))
