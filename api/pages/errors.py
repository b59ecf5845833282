"""HTML error pages for browsers, consistent with the site.

`render_error(request, status, title, detail)` is the hook the API's single error handler
(`api.errors.error_response`) calls when the client prefers text/html; the page handlers call
it themselves for their own errors, so a page never shows a stack trace.
"""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import HTMLResponse

from api.pages._common import render
from corpus.errors import StyrgrafError

#: Friendly Swedish wording per status; the API's title/detail are shown beneath.
MESSAGES: dict[int, tuple[str, str]] = {
    400: ("Frågan kunde inte förstås", "Något i adressen eller formuläret ser inte rätt ut."),
    404: ("Sidan hittades inte", "Det vi letade efter finns inte, eller har fått en ny adress."),
    405: ("Det går inte att göra så här", "Sidan kan inte användas på det sättet."),
    422: ("Ogiltiga uppgifter", "Någon av uppgifterna i adressen har fel format."),
    500: ("Något gick fel hos oss", "Ett oväntat fel inträffade. Försök igen om en stund; kvarstår felet, "
          "kontakta förvaltningen av Styrgraf."),
    503: ("Tjänsten är inte redo", "Kunskapsgrafen eller sökindexet är inte tillgängligt just nu. "
          "Försök igen om en liten stund."),
}


def render_error(request: Request, status: int, title: str, detail: str) -> HTMLResponse:
    heading, explanation = MESSAGES.get(status, (title or "Något gick fel", ""))
    technical = status >= 500  # details of internal errors are for the technician, behind a fold
    return render(request, "error.html", {
        "status": status,
        "heading": heading,
        "explanation": explanation,
        "title": title,
        "detail": detail,
        "technical": technical,
        "path": request.url.path,
    }, status_code=status)


def error_page(request: Request, exc: StyrgrafError) -> HTMLResponse:
    return render_error(request, exc.status, exc.title, exc.detail)
