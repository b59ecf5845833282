"""Ingest bounds with real hostile files: a zip-bomb .docx (also one whose zip directory lies), an oversized
.txt, HTML with an internal DTD subset (billion laughs), a .docx whose XML part declares entities. Each is
refused with the limit named, through the reader, the pipeline and the CLI (exit 3), and nothing is written."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import docx
import pytest

from api.settings import Settings
from api.workspace import Workspace
from corpus.errors import IngestError
from corpus.ingest import read_document
from corpus.limits import IngestLimits, LimitExceeded
from corpus.readers import read_source

BOMB_BYTES = 10_000_000  # zeros: ~10 kB on disk


def small_docx(text: str = "Minnesanteckningar\n\nMötet behandlade uppdrag 2025 om vårdens tillgänglighet.") -> bytes:
    d = docx.Document()
    for para in text.split("\n\n"):
        d.add_paragraph(para)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def with_members(base: bytes, extra: dict[str, bytes], replace: dict[str, bytes] | None = None) -> bytes:
    """`base` (a zip) with members added or replaced, deflated."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, (replace or {}).get(info.filename, zin.read(info)))
        for name, data in extra.items():
            zout.writestr(name, data)
    return out.getvalue()


def lie_about_size(zip_bytes: bytes, member: str, claimed: int) -> bytes:
    """Rewrite the uncompressed size of `member` in its local header and the central directory."""
    data = bytearray(zip_bytes)
    name = member.encode()
    for sig, size_at, name_len_at, header in ((b"PK\x03\x04", 22, 26, 30), (b"PK\x01\x02", 24, 28, 46)):
        pos = data.find(sig)
        while pos >= 0:
            n = struct.unpack_from("<H", data, pos + name_len_at)[0]
            if bytes(data[pos + header: pos + header + n]) == name:
                struct.pack_into("<I", data, pos + size_at, claimed)
            pos = data.find(sig, pos + 4)
    return bytes(data)


@pytest.fixture
def bomb(tmp_path: Path) -> Path:
    p = tmp_path / "bomb.docx"
    p.write_bytes(with_members(small_docx(), {"word/media/image1.bin": b"\0" * BOMB_BYTES}))
    assert p.stat().st_size < 100_000  # small on disk, 10 MB unpacked
    return p


def test_zip_bomb_is_refused_by_ratio_before_unpacking(bomb: Path) -> None:
    # the ratio refusal comes from the zip directory, before any member is inflated (no wall-clock check:
    # a timed unit test fails on a loaded machine; the message names the directory-level limit)
    with pytest.raises(LimitExceeded, match="STYRGRAF_INGEST_MAX_ZIP_RATIO") as e:
        read_source(bomb)
    assert e.value.status == 413 and e.value.exit_code == 3 and "bomb.docx" in e.value.detail


def test_zip_bomb_is_refused_by_unpacked_size(bomb: Path) -> None:
    limits = IngestLimits(max_unpacked_bytes=2_000_000, max_zip_ratio=10**6)
    with pytest.raises(LimitExceeded, match=r"STYRGRAF_INGEST_MAX_UNPACKED_BYTES") as e:
        read_source(bomb, limits)
    assert "2.0 MB" in e.value.detail


def test_lying_zip_directory_is_caught_while_reading(tmp_path: Path) -> None:
    bomb = with_members(small_docx(), {"word/media/image1.bin": b"\0" * BOMB_BYTES})
    p = tmp_path / "liar.docx"
    p.write_bytes(lie_about_size(bomb, "word/media/image1.bin", 1000))
    with zipfile.ZipFile(p) as zf:  # the directory now claims a harmless 1000-byte member
        assert zf.getinfo("word/media/image1.bin").file_size == 1000
    limits = IngestLimits(max_unpacked_bytes=2_000_000, max_zip_ratio=10**6)
    with pytest.raises(IngestError, match=r"liar\.docx"):
        read_source(p, limits)
    # and an honest directory with a huge member is stopped by the running count
    honest = tmp_path / "honest.docx"
    honest.write_bytes(bomb)
    with pytest.raises(LimitExceeded):
        read_source(honest, IngestLimits(max_unpacked_bytes=2_000_000, max_zip_ratio=10**6))


def test_too_many_members(tmp_path: Path) -> None:
    p = tmp_path / "many.docx"
    p.write_bytes(with_members(small_docx(), {f"x/{i}.txt": b"x" for i in range(60)}))
    with pytest.raises(LimitExceeded, match="delar"):
        read_source(p, IngestLimits(max_zip_members=50))
    assert "Minnesanteckningar" in read_source(p)  # the default allows it


def test_entity_in_docx_xml_part_is_refused(tmp_path: Path) -> None:
    base = small_docx()
    with zipfile.ZipFile(io.BytesIO(base)) as zf:
        xml = zf.read("word/document.xml").decode("utf-8")
    decl, rest = xml.split("?>", 1)
    evil = (decl + '?>\n<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            + rest.replace("Minnesanteckningar", "&b;"))
    p = tmp_path / "entity.docx"
    p.write_bytes(with_members(base, {}, replace={"word/document.xml": evil.encode("utf-8")}))
    with pytest.raises(IngestError, match="DTD") as e:
        read_source(p)
    assert "word/document.xml" in e.value.detail and e.value.status == 400


def test_billion_laughs_html_is_refused_but_plain_doctype_reads(tmp_path: Path) -> None:
    laughs = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10)]
    html = ("<!DOCTYPE html [\n" + "\n".join(laughs) + "\n]>\n<html><head><title>&lol9;</title></head>"
            "<body><h1>&lol9;</h1><p>Minnesanteckningar från mötet.</p></body></html>")
    p = tmp_path / "laughs.html"
    p.write_text(html, "utf-8")
    with pytest.raises(IngestError, match="DOCTYPE") as e:
        read_document(p)
    assert "laughs.html" in e.value.detail
    ok = tmp_path / "xhtml.html"
    ok.write_text('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                  '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html><body><h1>Kallelse</h1>'
                  "<p>Sammanträde med beredningen.</p></body></html>", "utf-8")
    doc = read_document(ok)
    assert "]>" not in doc.text and doc.title != "]>" and "Kallelse" in doc.text


def test_oversized_txt_is_refused_before_reading(tmp_path: Path) -> None:
    p = tmp_path / "stor.txt"
    p.write_bytes(b"Minnesanteckningar\n" + "Mötet diskuterade uppdraget.\n".encode() * 4_000)  # ~120 kB
    with pytest.raises(LimitExceeded, match="STYRGRAF_INGEST_MAX_FILE_BYTES") as e:
        read_document(p, limits=IngestLimits(max_file_bytes=100_000))
    assert "stor.txt" in e.value.detail and "0.1 MB" in e.value.detail
    # just under the limit, the same file is read (in chunks, with the progress bar path taken)
    doc = read_document(p, limits=IngestLimits(max_file_bytes=200_000, progress_bytes=10_000))
    assert doc.text.count("uppdraget") == 4_000


def test_cli_refusal_names_the_limit_and_writes_nothing(tmp_path: Path, bomb: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    from styrgraf.cli import main

    data = tmp_path / "data"
    big = tmp_path / "stor.txt"
    big.write_bytes(b"Minnesanteckningar\n" + b"x y z\n" * 200_000)
    monkeypatch.setenv("STYRGRAF_INGEST_MAX_FILE_BYTES", "500000")
    for path, limit in ((big, "STYRGRAF_INGEST_MAX_FILE_BYTES"), (bomb, "STYRGRAF_INGEST_MAX_ZIP_RATIO")):
        code = main(["--data-dir", str(data), "ingest", str(path)])
        err = capsys.readouterr().err
        assert code == 3, err
        assert limit in err and path.name in err and "Traceback" not in err
    assert not (data / "generations").exists() or not any((data / "generations").iterdir())
    assert Workspace(data).registry() == []
    assert not (data / "documents").exists()


def test_pipeline_uses_the_settings_limits(tmp_path: Path) -> None:
    from styrgraf import pipeline

    settings = Settings(data_dir=tmp_path / "data", embedder="hash", ingest_max_file_bytes=1_000)
    p = tmp_path / "a.txt"
    p.write_bytes(b"Minnesanteckningar\n" + b"Text om uppdraget.\n" * 100)
    with pytest.raises(LimitExceeded, match="1000 byte"):
        pipeline.ingest(settings, [p], progress=None)
    assert Workspace(settings.data_path).current() is None
