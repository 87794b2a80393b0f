"""Who may use the review server, and what its pages may do.

- A random token (`secrets.token_urlsafe`) in the printed address is required on every
  request, static files included. The first visit with `?token=` sets a cookie (HttpOnly,
  SameSite=Strict, named after the port) and is redirected to the same address without it,
  so the token stays out of the history and of Referer headers. No token: 403.
- Every state-changing request is a POST of JSON carrying the CSRF token (derived from the
  token, given to the page in a meta tag) in `X-CSRF-Token`, and must come from this origin
  (Origin, else Referer). A cross-site form can send neither the header nor JSON.
- When the server listens on a loopback address, the Host header must name it (no DNS
  rebinding).
- Every response has a strict Content-Security-Policy: scripts and styles only from the
  server's own static files (no inline script, so text that slipped through escaping could
  still not run), nothing from elsewhere, no framing.
"""

from __future__ import annotations

import hashlib
import hmac
from urllib.parse import urlencode

from flask import Flask, Response, jsonify, redirect, request

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
SAFE_METHODS = ("GET", "HEAD")


def csrf_token(token: str) -> str:
    return hmac.new(token.encode(), b"cutoff-review-csrf", hashlib.sha256).hexdigest()


def cookie_name() -> str:
    """One cookie per port: two review servers on one machine do not sign each other out."""
    port = request.host.rpartition(":")[2]
    return f"cutoff_review_{port}" if port.isdigit() else "cutoff_review"


def _same(given: str | None, expected: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


def _refuse(status: int, message: str) -> Response:
    if request.path.startswith("/api/"):
        response = jsonify(error=message)
        response.status_code = status
        return response
    return Response(message + "\n", status, mimetype="text/plain")


def _same_origin() -> bool:
    expected = request.host_url.rstrip("/")
    origin = request.headers.get("Origin")
    if origin is not None:
        return origin == expected
    referer = request.headers.get("Referer")
    return referer is not None and (referer == expected or referer.startswith(expected + "/"))


def install(app: Flask, token: str) -> None:
    """Guard every request of `app` with `token`; add the security headers to every response.
    `app.config["ALLOWED_HOSTS"]`, when set, lists the Host headers accepted."""
    app.config["CSRF_TOKEN"] = csrf_token(token)

    @app.before_request
    def guard() -> Response | None:
        hosts = app.config.get("ALLOWED_HOSTS")
        if hosts and request.host not in hosts:
            return _refuse(403, f"unexpected Host {request.host!r}: open the address `cutoff review` printed")
        given = request.args.get("token")
        if given is not None and _same(given, token) and request.method in SAFE_METHODS:
            args = request.args.copy()
            args.pop("token")
            target = request.path + ("?" + urlencode(list(args.items(multi=True))) if args else "")
            response = redirect(target, 303)
            response.set_cookie(cookie_name(), token, httponly=True, samesite="Strict", path="/")
            return response
        if not _same(request.cookies.get(cookie_name()), token):
            return _refuse(403, "missing or wrong token: open the address `cutoff review` printed (with ?token=...)")
        if request.method in SAFE_METHODS:
            return None
        if not _same_origin():
            return _refuse(403, "cross-site request refused (Origin or Referer is not this server)")
        if not _same(request.headers.get("X-CSRF-Token"), app.config["CSRF_TOKEN"]):
            return _refuse(403, "missing or wrong CSRF token: reload the page")
        if not request.is_json:
            return _refuse(415, "send JSON")
        return None

    @app.after_request
    def headers(response: Response) -> Response:
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        if request.endpoint != "static":
            response.headers.setdefault("Cache-Control", "no-store")
        return response
