"""Reading a SPARQL 1.1 Protocol query request: GET, POST form-encoded and POST direct.

Everything here is bad input before it is a query, and answers 4xx (never a 500):
- the query text is bounded before it is read whole: `Content-Length`, then the streamed body, then the
  decoded text against `sparql_max_query_bytes` (413, the limit named);
- query strings and bodies are strict UTF-8 (broken percent-encoding, invalid bytes or escapes → 400); a
  `charset` other than UTF-8 (or its subset US-ASCII) → 400, as the W3C protocol tests ask. The query string
  of `/sparql` is decoded here only, once (`api/limits.py` leaves it to this module: a long GET query decoded
  twice cost ~0.2 ms per request);
- `query` given twice (twice in the URL, twice in the form, or in the URL and the body) → 400;
- an update (`update=` or `application/sparql-update`) → 403; another media type → 415; none → 400.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qsl

from starlette.requests import Request

from api.limits import bad_percent
from api.sparql.query import QueryTooLarge, UpdateRefused, check_size
from corpus.errors import QueryError, StyrgrafError

FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
UTF8_NAMES = {"utf-8", "utf8", "us-ascii", "ascii"}
FORM_OVERHEAD = 64_000  # dataset parameters beside the query in a form body


class UnsupportedMedia(StyrgrafError):
    status = 415
    title = "Medietypen stöds inte"


@dataclass
class QueryRequest:
    query: str | None
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    params: dict[str, list[str]] = field(default_factory=dict)  # the URL's parameters (format=, timeout=)


def _utf8(raw: bytes, what: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise QueryError(f"{what} är inte giltig UTF-8 (byte {e.start}): skicka frågan som UTF-8") from None


def parse_params(raw: bytes, what: str) -> dict[str, list[str]]:
    """Form or query-string parameters, strictly decoded (percent-escapes must be well formed and UTF-8)."""
    problem = bad_percent(raw)
    if problem is not None:
        raise QueryError(f"{what}: {problem}")
    try:
        pairs = parse_qsl(_utf8(raw, what), keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        raise QueryError(f"{what} innehåller procentkodade byte som inte är giltig UTF-8") from None
    params: dict[str, list[str]] = {}
    for k, v in pairs:
        params.setdefault(k, []).append(v)
    return params


def _one_query(*sources: list[str]) -> str | None:
    found = [q for src in sources for q in src]
    if len(found) > 1:
        raise QueryError(f"parametern 'query' får bara anges en gång (angavs {len(found)} gånger)")
    return found[0] if found else None


async def _read_body(request: Request, limit: int, max_query_bytes: int) -> bytes:
    """The body, refused (413) as soon as it is known to be over `limit` bytes."""
    declared = request.headers.get("content-length")
    too_large = f"frågan får vara högst {max_query_bytes} byte (sparql_max_query_bytes)"
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise QueryTooLarge(f"begäran är {declared} byte; {too_large}")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise QueryTooLarge(f"begäran är över {limit} byte; {too_large}")
        chunks.append(chunk)
    return b"".join(chunks)


def _media_type(header: str) -> tuple[str, str | None]:
    media, _, rest = header.partition(";")
    charset = None
    for param in rest.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return media.strip().lower(), charset


async def read_query_request(request: Request, max_query_bytes: int) -> QueryRequest:
    url = parse_params(request.scope.get("query_string", b""), "frågesträngen")
    if "update" in url:
        raise UpdateRefused("SPARQL Update är inte tillåtet: endpointen är skrivskyddad")
    req = QueryRequest(None, url.get("default-graph-uri", []), url.get("named-graph-uri", []), url)
    if request.method == "GET":
        req.query = _one_query(url.get("query", []))
    else:
        header = request.headers.get("content-type")
        if not header:
            raise QueryError(f"Content-Type saknas: skicka frågan som {FORM} (query=…) eller som {DIRECT}")
        media, charset = _media_type(header)
        if media == "application/sparql-update":
            raise UpdateRefused("SPARQL Update är inte tillåtet: endpointen är skrivskyddad")
        if media not in (FORM, DIRECT):
            raise UnsupportedMedia(f"Content-Type '{media}' stöds inte: använd {FORM} eller {DIRECT}")
        if charset is not None and charset not in UTF8_NAMES:
            raise QueryError(f"teckenkodningen '{charset}' stöds inte: skicka frågan som UTF-8")
        if media == FORM:
            form = parse_params(await _read_body(request, 3 * max_query_bytes + FORM_OVERHEAD, max_query_bytes),
                                "formuläret")
            if "update" in form:
                raise UpdateRefused("SPARQL Update är inte tillåtet: endpointen är skrivskyddad")
            req.query = _one_query(url.get("query", []), form.get("query", []))
            req.default_graphs += form.get("default-graph-uri", [])
            req.named_graphs += form.get("named-graph-uri", [])
        else:
            body = await _read_body(request, max_query_bytes, max_query_bytes)
            if "query" in url:
                raise QueryError("frågan skickades både i URL:en (query=) och som innehåll: ange den en gång")
            req.query = _utf8(body, "frågan")
    if req.query is not None:
        check_size(len(req.query.encode("utf-8")), max_query_bytes)
    return req
