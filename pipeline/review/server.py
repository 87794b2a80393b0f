"""Serve the review application on this machine and print its address.

Werkzeug's threaded WSGI server (Flask's own) on 127.0.0.1 unless `host` says otherwise; the
port is the first free one from `port` up. Nothing is opened: the reviewer clicks the printed
address, which carries the session's token. After each change the exports are rebuilt a
moment later in the background (and once more when the server stops), so events.jsonl,
the timeline and run.json hold the reviewed events.
"""

from __future__ import annotations

import ipaddress
import logging
import secrets
import signal
import sys
import threading
from pathlib import Path
from typing import TextIO

from werkzeug.serving import BaseWSGIServer, make_server

from pipeline.review.app import create_app

PORT_TRIES = 20


class Exporter:
    """Rebuild the exports `delay` seconds after the last change, one rebuild at a time."""

    def __init__(self, out_dir: str | Path, delay: float = 2.0, stream: TextIO = sys.stderr) -> None:
        self.out_dir, self.delay, self.stream = Path(out_dir), delay, stream
        self.lock, self.running = threading.Lock(), threading.Lock()
        self.timer: threading.Timer | None = None
        self.pending = False

    def schedule(self) -> None:
        with self.lock:
            self.pending = True
            if self.timer:
                self.timer.cancel()
            self.timer = threading.Timer(self.delay, self.run)
            self.timer.daemon = True
            self.timer.start()

    def run(self) -> None:
        with self.running:
            with self.lock:
                if not self.pending:
                    return
                self.pending = False
            try:
                self._export()
            except Exception as exc:  # the review goes on; the next change tries again
                print(f"cutoff review: exports not rebuilt: {exc}", file=self.stream)

    def now(self) -> dict:
        """Rebuild at once (the page's "Write exports now"), never beside a scheduled rebuild."""
        with self.running:
            with self.lock:
                self.pending = False
            return self._export()

    def _export(self) -> dict:
        from pipeline.review.gold import refresh_exports

        return refresh_exports(self.out_dir)

    def flush(self) -> None:
        with self.lock:
            if self.timer:
                self.timer.cancel()
        self.run()


def loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return host == "localhost"


def bind(app, host: str, port: int) -> BaseWSGIServer:
    """A threaded server on the first free port from `port` (port 0: any free port)."""
    for candidate in range(port, port + PORT_TRIES) if port else [0]:
        try:
            return make_server(host, candidate, app, threaded=True)
        except OSError as exc:
            error = exc
            if port == 0:
                break
    raise OSError(f"no free port from {port} to {port + PORT_TRIES - 1} on {host} ({error}): pass --port") from None


def start(out_dir: str | Path, host: str = "127.0.0.1", port: int = 8765, *, token: str | None = None,
          exporter: Exporter | None = None) -> tuple[BaseWSGIServer, str]:
    """A bound server for `out_dir` (not yet serving) and the address to open, token included."""
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no request log: the first URL holds the token
    token = token or secrets.token_urlsafe(24)
    app = create_app(out_dir, token, on_change=exporter.schedule if exporter else None,
                     export_now=exporter.now if exporter else None)
    server = bind(app, host, port)
    shown = f"[{host}]" if ":" in host else host
    if loopback(host):
        app.config["ALLOWED_HOSTS"] = {f"{name}:{server.server_port}" for name in (shown, "127.0.0.1", "localhost", "[::1]")}
    return server, f"http://{shown}:{server.server_port}/?token={token}"


def _stop(signum, frame) -> None:
    raise KeyboardInterrupt


def serve(out_dir: str | Path, host: str = "127.0.0.1", port: int = 8765, stream: TextIO = sys.stdout) -> None:
    """Serve until Ctrl-C; print the address first, rebuild the exports last."""
    exporter = Exporter(out_dir)
    server, url = start(out_dir, host, port, exporter=exporter)
    print(f"Cutoff review of {out_dir}: open {url}", file=stream)
    if not loopback(host):
        print(f"cutoff review: listening on {host}: anyone who can reach this machine and has the address can edit the store",
              file=sys.stderr)
    print("Ctrl-C to stop (the exports are rebuilt with the reviewed events as you go, and on stopping).", file=stream, flush=True)
    signal.signal(signal.SIGTERM, _stop)  # `kill` stops it as Ctrl-C does: exports rebuilt
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        exporter.flush()
        print("cutoff review: stopped.", file=stream, flush=True)
