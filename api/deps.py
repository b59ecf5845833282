"""Typed FastAPI dependencies: settings, the resources of the app and the snapshot of this request."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool

from api.resources import Resources, Snapshot
from api.settings import Settings
from corpus.errors import NotBuilt


async def get_app_settings(request: Request) -> Settings:
    """The settings the app was created with (`create_app(settings)`; default `get_settings()`)."""
    settings: Settings = request.app.state.settings
    return settings


# The dependencies of every request are `async` where they are cheap: a sync dependency costs a hop to the
# thread pool and back (≈ 0.3-1 ms each under load, measured with bench/latency.py), more than its work.

def get_resources(request: Request) -> Resources:
    resources: Resources | None = getattr(request.app.state, "resources", None)
    if resources is None:
        raise NotBuilt("tjänsten startar fortfarande")
    return resources


async def resources_dep(request: Request) -> Resources:
    """`get_resources` as a dependency (async: no thread-pool hop)."""
    return get_resources(request)


async def get_snapshot(resources: Annotated[Resources, Depends(resources_dep)]) -> Snapshot:
    """The generation this request is served from (a new generation is noticed here, and loaded in the
    thread pool, off the event loop)."""
    snap = resources.fresh()
    if snap is None:
        snap = await run_in_threadpool(resources.current)
    return snap


def get_snapshot_if_built(request: Request) -> Snapshot | None:
    """The generation to serve, or None while there is none (pages that also work without a graph)."""
    try:
        return get_resources(request).current()
    except NotBuilt:
        return None


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
ResourcesDep = Annotated[Resources, Depends(resources_dep)]
SnapshotDep = Annotated[Snapshot, Depends(get_snapshot)]
OptionalSnapshotDep = Annotated[Snapshot | None, Depends(get_snapshot_if_built)]
