"""Readers: one source file (.txt, .pdf, .docx, .html/.htm) → raw text.

Every reader returns plain text with "\n" line breaks; PDF pages are separated by "\f" so that the
cleaner can recognise page headers/footers by their position. Anything that cannot be read becomes an
`IngestError` whose message names the file and says what to do: users ingest their own files and must
never see a stack trace.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
from pypdf import PdfReader
from pypdf.errors import PdfReadError
from selectolax.lexbor import LexborHTMLParser
from tqdm import tqdm

from corpus.blocks import render
from corpus.docx_blocks import docx_blocks
from corpus.errors import IngestError
from corpus.html_blocks import drop_furniture, html_blocks
from corpus.limits import DEFAULT_LIMITS, IngestLimits, repack, safe_zip_members, too_large
from corpus.pdf_layout import pdf_pages, render_page
from corpus.text_tables import space_column_records, space_table_rows, split_right_fields

SUPPORTED_SUFFIXES = (".txt", ".pdf", ".docx", ".html", ".htm")
# Formats whose line breaks are real (Word paragraphs, HTML blocks/<br>), never soft wraps of a paragraph.
HARD_LINE_SUFFIXES = (".docx", ".html", ".htm")

# Share of characters that may be control/unassigned before a text counts as binary garbage. Real
# extracted text has almost none; a mis-decoded binary has many.
_MAX_BAD_CHAR_RATIO = 0.02
_CP1252_HOLES = {0x81, 0x8D, 0x8F, 0x90, 0x9D}  # bytes undefined in cp1252 → the file is latin-1
_READ_CHUNK = 1 << 20


Reader = Callable[[bytes, str, IngestLimits], str]


def read_source(path: Path, limits: IngestLimits = DEFAULT_LIMITS) -> str:
    """Raw text of `path`, dispatched on its suffix. Raises IngestError for anything unreadable."""
    return parse_source(read_bytes(path, limits), path, limits)


def read_bytes(path: Path, limits: IngestLimits = DEFAULT_LIMITS) -> bytes:
    """The bytes of a supported source file, at most `limits.max_file_bytes` (checked before reading and
    while reading, since a file can grow); large files are read in chunks behind a progress bar."""
    name = path.name
    if not path.exists():
        raise IngestError(f"Filen {name} finns inte.")
    if not path.is_file():
        raise IngestError(f"{name} är ingen fil.")
    suffix = path.suffix.lower()
    if suffix not in _READERS:
        kinds = ", ".join(SUPPORTED_SUFFIXES)
        raise IngestError(f"{name}: filtypen '{suffix or '(ingen)'}' stöds inte. Tillåtna filtyper: {kinds}.")
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            raise too_large(name, size, limits)
        buf = bytearray()
        # disable=None: a bar only on a terminal, never in a service log or a test.
        with path.open("rb") as f, tqdm(total=size, unit="B", unit_scale=True, desc=f"Läser {name}", leave=False,
                                        disable=None if size >= limits.progress_bytes else True) as bar:
            while chunk := f.read(_READ_CHUNK):
                buf += chunk
                if len(buf) > limits.max_file_bytes:
                    raise too_large(name, len(buf), limits)
                bar.update(len(chunk))
    except OSError as e:
        raise IngestError(f"{name} kunde inte läsas: {e.strerror or e}.") from e
    data = bytes(buf)
    if not data.strip():
        raise IngestError(f"{name} är tom.")
    return data


def parse_source(data: bytes, path: Path, limits: IngestLimits = DEFAULT_LIMITS) -> str:
    """Raw text of the bytes `data` read from `path` (see `read_bytes`)."""
    return check_text(_READERS[path.suffix.lower()](data, path.name, limits), path.name)


def check_text(text: str, name: str) -> str:
    """Reject text that is empty or looks like binary data decoded as text."""
    if not text.strip():
        raise IngestError(f"{name} innehåller ingen text.")
    if "\x00" in text:
        raise IngestError(f"{name} innehåller binärdata (NUL-tecken) och är inte en textfil.")
    bad = sum(1 for ch in text if _is_bad_char(ch))
    if bad > _MAX_BAD_CHAR_RATIO * len(text):
        raise IngestError(f"{name} ser ut att vara binärdata eller skadad text ({bad} oläsbara tecken).")
    return text


def _is_bad_char(ch: str) -> bool:
    if ch in "\n\r\t\f":
        return False
    cat = unicodedata.category(ch)
    # Cc: control characters, Cn: unassigned, Cs: lone surrogates. Private-use glyphs (Co) are the
    # Wingdings bullets of Word/PDF exports and are fine.
    return cat in ("Cc", "Cn", "Cs") or ch == "\ufffd"


def decode_text(data: bytes, name: str) -> str:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252/latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise IngestError(f"{name}: trasig UTF-16-text.") from e
    if b"\x00" in data:
        raise IngestError(f"{name} innehåller binärdata (NUL-tecken) och är inte en textfil.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Not UTF-8: Swedish Windows files are cp1252 (which adds ”–• to latin-1); a byte that cp1252
    # leaves undefined means the file is plain latin-1.
    if any(b in _CP1252_HOLES for b in data):
        return data.decode("latin-1")
    return data.decode("cp1252")


def read_txt(data: bytes, name: str, limits: IngestLimits = DEFAULT_LIMITS) -> str:
    # a table aligned with spaces becomes " | " rows, as the other readers render tables (corpus/blocks.py)
    text = decode_text(data, name).replace("\r\n", "\n").replace("\r", "\n")
    return split_right_fields(space_table_rows(space_column_records(text)))


def read_pdf(data: bytes, name: str, limits: IngestLimits = DEFAULT_LIMITS) -> str:
    """Text of every page, pages separated by form feeds."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError(f"{name} är en krypterad (lösenordsskyddad) PDF. Spara en olåst kopia och "
                              "läs in den i stället.")
        n = len(reader.pages)
        # A bar for large PDFs only (text extraction is the slow part), and only on a terminal.
        with tqdm(total=n, unit="sida", desc=f"Läser {name}", leave=False,
                  disable=None if len(data) >= limits.progress_bytes else True) as bar:
            pages = []
            for page in reader.pages:
                pages.append(page.extract_text() or "")
                bar.update(1)
        pages = _layout_pages(data) or pages
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as e:
        # pypdf raises many exception types on damaged files; to the user they all mean the same.
        if "crypt" in str(e).lower() or "password" in str(e).lower():
            raise IngestError(f"{name} är en krypterad PDF som inte kan läsas utan lösenord.") from e
        raise IngestError(f"{name} är ingen läsbar PDF ({type(e).__name__}: {e}).") from e
    if not pages:
        raise IngestError(f"{name}: PDF-filen har inga sidor.")
    if not any(p.strip() for p in pages):
        raise IngestError(f"{name}: PDF-filen innehåller ingen extraherbar text (troligen inskannade "
                          "bilder). Kör OCR på filen först.")
    return "\f".join(p.replace("\r\n", "\n").replace("\r", "\n") for p in pages)


def read_docx(data: bytes, name: str, limits: IngestLimits = DEFAULT_LIMITS) -> str:
    """Paragraphs and tables in document order; list paragraphs get a bullet, table rows one line."""
    # Unpacked by us within the limits (zip bombs, DTDs in XML parts), then handed to python-docx as an
    # uncompressed zip, so python-docx (whose lxml parser resolves no entities) never inflates anything.
    members = safe_zip_members(data, name, limits)
    try:
        document = docx.Document(io.BytesIO(repack(members)))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise IngestError(f"{name} är ingen läsbar Word-fil (.docx).") from e
    except Exception as e:  # python-docx raises its own PackageNotFoundError and lxml errors
        raise IngestError(f"{name} kunde inte läsas som Word-fil: {e}.") from e
    # Styles, Word's list numbering and tables as typed blocks (corpus/docx_blocks.py); a blank line between
    # Word paragraphs: each is a paragraph, not a wrapped line.
    return render(docx_blocks(document))


def _layout_pages(data: bytes) -> list[str] | None:
    """Page texts by position (corpus/pdf_layout.py: columns on one line, headings by font), or None when
    pdfplumber cannot read the file or finds less text than pypdf would (then pypdf's text is used)."""
    try:
        pages = [render_page(p) for p in pdf_pages(data)]
    except Exception:  # pdfminer raises many types on odd files; pypdf's reading stands
        return None
    return pages if any(p.strip() for p in pages) else None


# A DOCTYPE with an internal subset: "<!DOCTYPE name [" or "<!DOCTYPE name PUBLIC/SYSTEM ... [".
_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE\s[^>\[]*\[", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", re.I)


def read_html(data: bytes, name: str, limits: IngestLimits = DEFAULT_LIMITS) -> str:
    """Visible text as blocks (headings, list items, table rows, paragraphs); page chrome dropped."""
    m = _META_CHARSET.search(data[:4096])
    try:
        html = data.decode(m.group(1).decode("ascii")) if m else decode_text(data, name)
    except (LookupError, UnicodeDecodeError):
        html = decode_text(data, name)
    if _DOCTYPE_SUBSET.search(html[:65536]):
        # HTML has no internal DTD subset; the HTML parser would end the DOCTYPE at the first '>' and show
        # the rest ("]>", entity declarations) as text, so such a file is refused rather than misread.
        raise IngestError(f"{name}: HTML-filen har en DOCTYPE med egna deklarationer (<!DOCTYPE … [ … ]>, "
                          "t.ex. entiteter), vilket inte stöds. Spara filen som vanlig HTML.")
    tree = LexborHTMLParser(html)
    # headings, lists with their numbers, table rows and paragraphs as typed blocks; menus, banners and
    # scripts dropped by structure (corpus/html_blocks.py)
    letterhead = drop_furniture(tree)
    root = tree.body or tree.root
    if root is None:
        return ""
    return render(letterhead + html_blocks(root)) + "\n"


_READERS: dict[str, Reader] = {
    ".txt": read_txt, ".pdf": read_pdf, ".docx": read_docx, ".html": read_html, ".htm": read_html,
}
