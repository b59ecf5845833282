"""The admin API: `POST /api/admin/documents` (upload), `POST /api/admin/rebuild`, `GET /api/admin/jobs/{id}`.

Off unless the operator sets `STYRGRAF_ADMIN_TOKEN` (every admin endpoint then answers 403); with it, a
request needs `Authorization: Bearer <token>` (401 with `WWW-Authenticate` otherwise; compared in constant
time). Authentication runs before the body is read. An upload is validated here exactly as `styrgraf ingest`
validates a file (type, size, .docx unpacking, DTDs, readable text), so a bad file is refused at once (4xx)
and nothing is written to the workspace; good files become a background job (`api/jobs.py`) that builds
the next generation, answered 202 with the job to poll.
"""

from __future__ import annotations

import asyncio
import hmac
import shutil
import tempfile
from pathlib import Path, PureWindowsPath
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request, Security
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.datastructures import UploadFile

from api.deps import SettingsDep
from api.jobs import Job, JobRunner
from api.settings import Settings
from corpus.errors import IngestError, NotFound, StyrgrafError
from corpus.ingest import read_document
from corpus.limits import LimitExceeded, mb
from corpus.readers import SUPPORTED_SUFFIXES
from graph.organisations import MAX_ORGANISATION_CHARS, check_organisation

_bearer = HTTPBearer(auto_error=False, description="STYRGRAF_ADMIN_TOKEN", scheme_name="adminToken")
_CHUNK = 1 << 20
MAX_FILES = 20

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "ogiltig fil (fel filtyp, oläsbar, DTD i XML …)"},
    401: {"description": "fel eller saknad token (`WWW-Authenticate: Bearer`)"},
    403: {"description": "administrations-API:t är avstängt (ingen STYRGRAF_ADMIN_TOKEN)"},
    413: {"description": "filen är större än en gräns (namnges i svaret)"},
    415: {"description": "inte multipart/form-data"},
    503: {"description": "tjänsten startades utan byggfunktion"},
}
JOB_EXAMPLE = {"id": "3f2a9c1d0b4e", "kind": "ingest", "state": "running", "progress": 0.42,
               "stage": "Graf: 5120 tripler", "created": 1767225600.0, "finished": None, "result": None, "error": None}


class AdminOff(StyrgrafError):
    status = 403
    title = "Förbjudet"


def require_admin(settings: SettingsDep,
                  creds: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)]) -> None:
    token = settings.admin_token.get_secret_value() if settings.admin_token else ""
    if not token:
        raise AdminOff("administrations-API:t är avstängt; operatören slår på det med STYRGRAF_ADMIN_TOKEN")
    given = creds.credentials if creds is not None and creds.scheme.lower() == "bearer" else ""
    if not hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8")):
        raise HTTPException(401, detail="fel eller saknad token: skicka 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": 'Bearer realm="styrgraf-admin"'})


def get_jobs(request: Request) -> JobRunner:
    jobs: JobRunner | None = getattr(request.app.state, "jobs", None)
    if jobs is None:
        raise StyrgrafError("tjänsten startades utan byggfunktion (create_app(builder=…)); använd "
                            "`styrgraf serve`", status=503)
    return jobs


router = APIRouter(prefix="/api/admin", tags=["administration"], dependencies=[Depends(require_admin)],
                   responses=ERRORS)
JobsDep = Annotated[JobRunner, Depends(get_jobs)]


def _accepted(job: Job) -> JSONResponse:
    return JSONResponse(job.to_json(), status_code=202, headers={"Location": f"/api/admin/jobs/{job.id}"})


def upload_limit(settings: Settings) -> int:
    return min(settings.upload_max_bytes, settings.ingest_max_file_bytes)


def safe_name(filename: str | None) -> str:
    """The bare file name of an upload (no folders, no control characters)."""
    name = PureWindowsPath(filename or "").name.strip()
    if not name or name.startswith(".") or any(ord(c) < 32 for c in name):
        raise IngestError(f"ogiltigt filnamn {filename!r}; ge filen ett vanligt namn, t.ex. protokoll.docx")
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(f"{name}: filtypen '{suffix or '(ingen)'}' stöds inte. Tillåtna filtyper: "
                          f"{', '.join(SUPPORTED_SUFFIXES)}.", status=415)
    return name


async def _save(upload: UploadFile, target: Path, limit: int) -> None:
    size = 0
    with target.open("wb") as out:
        while chunk := await upload.read(_CHUNK):
            size += len(chunk)
            if size > limit:
                raise LimitExceeded(f"{target.name} är större än {mb(limit)}, den största fil som tas emot "
                                    "(inställningarna STYRGRAF_UPLOAD_MAX_BYTES och STYRGRAF_INGEST_MAX_FILE_BYTES).")
            out.write(chunk)


def _organisation_override(values: list[Any]) -> dict[str, Any] | None:
    """The form field `organisation` as an ingest override; absent → None (the letterhead decides)."""
    if not values:
        return None
    if len(values) > 1 or not isinstance(values[0], str):
        raise IngestError("fältet 'organisation' ska vara ett namn (text), en gång, t.ex. 'Region Fjällmark'")
    return {"organisation": check_organisation(values[0])}


def _validate(paths: list[Path], settings: Settings) -> None:
    # The same reading `styrgraf ingest` does, so the refusal comes now and not from a job later.
    for path in paths:
        read_document(path, None, settings.ingest_limits)


@router.post("/documents", status_code=202, summary="Ladda upp dokument och bygg om",
             responses={202: {"description": "jobbet som läser in filerna",
                              "content": {"application/json": {"example": JOB_EXAMPLE}}}},
             openapi_extra={"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
                 "type": "object", "required": ["files"], "properties": {
                     "files": {"type": "array", "items": {"type": "string", "format": "binary"},
                               "description": f"en eller flera filer ({', '.join(SUPPORTED_SUFFIXES)})"},
                     "organisation": {"type": "string", "maxLength": MAX_ORGANISATION_CHARS,
                                      "description": "region eller kommun som ger ut dokumenten, t.ex. 'Region "
                                      "Fjällmark' (valfritt; ersätter brevhuvudets, som `styrgraf ingest "
                                      "--organisation`)"}}}}}}})
async def upload_documents(request: Request, settings: SettingsDep, jobs: JobsDep) -> JSONResponse:
    """Multipart upload of one or more files (field `files`), validated like `styrgraf ingest`; answers 202
    with the job that registers them and builds the next generation. The optional field `organisation`
    names the publishing region or municipality (checked like `styrgraf ingest --organisation`)."""
    if not request.headers.get("content-type", "").lower().startswith("multipart/form-data"):
        raise StyrgrafError("skicka filerna som multipart/form-data i fältet 'files'", status=415)
    form = await request.form(max_files=MAX_FILES, max_fields=MAX_FILES + 10)
    uploads = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
    if not uploads:
        raise IngestError("ingen fil i fältet 'files'")
    overrides = _organisation_override(form.getlist("organisation"))
    folder = Path(tempfile.mkdtemp(prefix="styrgraf-upload-"))
    try:
        paths = []
        for i, upload in enumerate(uploads):
            name = safe_name(upload.filename)
            (folder / str(i)).mkdir()
            paths.append(folder / str(i) / name)
            await _save(upload, paths[-1], upload_limit(settings))
        await asyncio.to_thread(_validate, paths, settings)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    finally:
        await form.close()
    return _accepted(jobs.submit_ingest(paths, cleanup=folder, overrides=overrides))


@router.post("/rebuild", status_code=202, summary="Bygg om grafen och sökindexet",
             responses={202: {"description": "byggjobbet", "content": {"application/json": {"example": JOB_EXAMPLE}}}})
def rebuild(jobs: JobsDep) -> JSONResponse:
    """Rebuild the current generation's corpus (e.g. after new thesaurus terms) as a background job."""
    return _accepted(jobs.submit_rebuild())


@router.get("/jobs/{job_id}", summary="Ett jobbs tillstånd",
            responses={200: {"content": {"application/json": {"example": JOB_EXAMPLE}}},
                       404: {"description": "inget sådant jobb"}})
def job_status(job_id: str, jobs: JobsDep) -> dict[str, Any]:
    """State (`queued`, `running`, `done`, `failed`), progress 0..1, the stage, and the result or error."""
    job = jobs.get(job_id)
    if job is None:
        raise NotFound(f"inget jobb med id '{job_id}' (jobb glöms när tjänsten startas om)")
    return job.to_json()
