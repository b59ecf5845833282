"""Typed FastAPI dependencies: settings, the resources of the app and the snapshot of this request."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from api.resources import Resources, Snapshot
from api.settings import Settings
from corpus.errors import NotBuilt


def get_app_settings(request: Request) -> Settings:
    """The settings the app was created with (`create_app(settings)`; default `get_settings()`)."""
    settings: Settings = request.app.state.settings
    return settings


def get_resources(request: Request) -> Resources:
    resources: Resources | None = getattr(request.app.state, "resources", None)
    if resources is None:
        raise NotBuilt("tjänsten startar fortfarande")
    return resources


def get_snapshot(resources: Annotated[Resources, Depends(get_resources)]) -> Snapshot:
    """The generation this request is served from (a new generation is noticed here)."""
    return resources.current()


def get_snapshot_if_built(request: Request) -> Snapshot | None:
    """The generation to serve, or None while there is none (pages that also work without a graph)."""
    try:
        return get_resources(request).current()
    except NotBuilt:
        return None


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
ResourcesDep = Annotated[Resources, Depends(get_resources)]
SnapshotDep = Annotated[Snapshot, Depends(get_snapshot)]
OptionalSnapshotDep = Annotated[Snapshot | None, Depends(get_snapshot_if_built)]
