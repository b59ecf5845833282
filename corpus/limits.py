"""Bounds on what ingest reads: file size, and for .docx (zip) containers the unpacked size, the
compression ratio of each member and the number of members; XML parts without DTDs or entities.

`IngestLimits` is a small frozen value with safe defaults; the application builds it from its settings
(`STYRGRAF_INGEST_MAX_*`) and passes it down, because this layer must not read the service's settings.
Every refusal is a `LimitExceeded` (HTTP 413, exit 3) whose message names the limit and its value, so
staff know which setting to raise. Zip containers are checked twice: first from the central directory
(cheap, before anything is unpacked) and again while each member is decompressed, because the sizes in
the directory are written by whoever made the file and can lie.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from corpus.errors import IngestError

_CHUNK = 1 << 20
# Markers of a DTD in an XML part, in the encodings an OOXML part may use. Word never writes a DOCTYPE;
# one in a .docx is an attack (entity expansion, external entities), so any occurrence is refused.
_DTD_MARKERS = tuple(m.encode(enc) for m in ("<!DOCTYPE", "<!ENTITY")
                     for enc in ("utf-8", "utf-16-le", "utf-16-be"))


class LimitExceeded(IngestError):
    status = 413
    title = "Dokumentet är för stort"


@dataclass(frozen=True)
class IngestLimits:
    max_file_bytes: int = 200_000_000       # largest source file
    max_unpacked_bytes: int = 200_000_000   # total decompressed size of a zip container
    max_zip_ratio: int = 200                # decompressed / compressed size of one zip member
    max_zip_members: int = 2_000            # members in a zip container (a real .docx has 10-40)
    progress_bytes: int = 20_000_000        # files at least this large show a progress bar while read


DEFAULT_LIMITS = IngestLimits()


def mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n} byte"


def too_large(name: str, size: int, limits: IngestLimits) -> LimitExceeded:
    return LimitExceeded(f"{name} är {mb(size)}; största tillåtna filstorlek är {mb(limits.max_file_bytes)} "
                         "(inställningen STYRGRAF_INGEST_MAX_FILE_BYTES).")


def safe_zip_members(data: bytes, name: str, limits: IngestLimits) -> dict[str, bytes]:
    """Every member of the zip container `data`, decompressed within the limits (else LimitExceeded),
    with XML parts checked for DTDs (else IngestError)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as e:
        raise IngestError(f"{name} är ingen läsbar Word-fil (.docx): {e}.") from e
    if len(infos) > limits.max_zip_members:
        raise LimitExceeded(f"{name} innehåller {len(infos)} delar; högst {limits.max_zip_members} tillåts.")
    declared = sum(i.file_size for i in infos)
    if declared > limits.max_unpacked_bytes:
        raise _unpacked(name, declared, limits)
    for info in infos:
        _check_ratio(name, info.filename, info.file_size, info.compress_size, limits)
    members: dict[str, bytes] = {}
    total = 0
    for info in infos:
        if info.is_dir():
            continue
        out = bytearray()
        try:
            with zf.open(info) as f:
                while chunk := f.read(_CHUNK):
                    out += chunk
                    total += len(chunk)
                    if total > limits.max_unpacked_bytes:
                        raise _unpacked(name, total, limits)
                    _check_ratio(name, info.filename, len(out), info.compress_size, limits)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, NotImplementedError) as e:
            raise IngestError(f"{name}: delen {info.filename} i Word-filen är skadad ({e}).") from e
        if info.filename.lower().endswith((".xml", ".rels")) and has_dtd(bytes(out)):
            raise IngestError(f"{name}: delen {info.filename} innehåller en DTD eller entitetsdeklaration "
                              "(<!DOCTYPE/<!ENTITY>), vilket inte tillåts i Word-filer.")
        members[info.filename] = bytes(out)
    return members


def has_dtd(xml: bytes) -> bool:
    return any(m in xml for m in _DTD_MARKERS)


def _unpacked(name: str, size: int, limits: IngestLimits) -> LimitExceeded:
    return LimitExceeded(f"{name} packas upp till mer än {mb(size)}; största tillåtna uppackade storlek är "
                         f"{mb(limits.max_unpacked_bytes)} (inställningen STYRGRAF_INGEST_MAX_UNPACKED_BYTES).")


def _check_ratio(name: str, member: str, size: int, compressed: int, limits: IngestLimits) -> None:
    # Tiny members (a few kB) compress well legitimately and cannot do harm; judge the ratio above 1 MB.
    if size > _CHUNK and size > limits.max_zip_ratio * max(compressed, 1):
        raise LimitExceeded(f"{name}: delen {member} packas upp mer än {limits.max_zip_ratio} gånger "
                            f"({mb(size)} ur {mb(compressed)}); största tillåtna packningsgrad är "
                            f"{limits.max_zip_ratio} (inställningen STYRGRAF_INGEST_MAX_ZIP_RATIO).")


def repack(members: dict[str, bytes]) -> bytes:
    """The checked members as a new, uncompressed zip: what the .docx reader opens, so that it never
    decompresses anything we have not measured."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        for member, content in members.items():
            zf.writestr(member, content)
    return buf.getvalue()
