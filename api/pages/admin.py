"""`/admin`: the staff page for uploading documents and rebuilding, over the admin API.

The page holds no data and no secret: the token is typed into the form and sent by
`static/js/admin.js` as a bearer token with each call to `/api/admin/…`, which also polls the job's
progress. With the admin API off (no `STYRGRAF_ADMIN_TOKEN`) the page says so and answers 403.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from api.deps import SettingsDep
from api.pages._common import render
from corpus.limits import mb
from corpus.readers import SUPPORTED_SUFFIXES

router = APIRouter(include_in_schema=False)


@router.get("/admin", response_class=HTMLResponse)
def admin_page(request: Request, settings: SettingsDep) -> HTMLResponse:
    enabled = bool(settings.admin_token and settings.admin_token.get_secret_value())
    return render(request, "admin.html", {
        "enabled": enabled,
        "accept": ",".join(SUPPORTED_SUFFIXES),
        "kinds": ", ".join(SUPPORTED_SUFFIXES),
        "max_size": mb(min(settings.upload_max_bytes, settings.ingest_max_file_bytes)),
    }, status_code=200 if enabled else 403)
