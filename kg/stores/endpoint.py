"""A SPARQL 1.1 server over HTTP (urllib.request): where its query and update URLs are, the
credentials from the environment, timeouts, and every failure as an EndpointError of one line.

Credentials come from the environment only (KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD for HTTP basic,
or KG_ENDPOINT_TOKEN for a bearer token), never from the URL, and never appear in a message: URLs are
shown without credentials or query string, and whatever a server echoes back is scrubbed of them.
"""

from __future__ import annotations

import base64
import http.client
import os
import re
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import IO, Any

from kg import checks
from kg.errors import EndpointError

ENV_USER, ENV_PASSWORD, ENV_TOKEN = "KG_ENDPOINT_USER", "KG_ENDPOINT_PASSWORD", "KG_ENDPOINT_TOKEN"
ENV_TIMEOUT, ENV_PUSH_TIMEOUT = "KG_ENDPOINT_TIMEOUT", "KG_PUSH_TIMEOUT"
DEFAULT_TIMEOUT, DEFAULT_PUSH_TIMEOUT = 30.0, 600.0


class EndpointAnswered(EndpointError):
    """The endpoint answered with an HTTP error status: it had the whole request."""

    def __init__(self, message: str, status: int, detail: str = "") -> None:
        self.status = status
        self.detail = detail  # the server's message, whole (a SPARQL syntax error says where)
        super().__init__(message)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect would resend the Authorization header to wherever it points: refuse it."""

    def redirect_request(self, *args: Any) -> None:
        return None


class _Deadline:
    """One bound on a whole request, however slowly a server trickles its answer: when the time is
    up, the request's sockets are shut, and the read waiting on them ends. (A socket's own timeout
    bounds each read only: one byte every two seconds never trips a three-second timeout.)"""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self.sockets: list[socket.socket] = []
        self.timer = threading.Timer(seconds, self._expire)
        self.timer.daemon = True
        self.timer.start()

    def _expire(self) -> None:
        self.expired = True
        for sock in self.sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def opener(self) -> urllib.request.OpenerDirector:
        deadline = self

        class Watched(http.client.HTTPConnection):
            def connect(self) -> None:
                super().connect()
                deadline.sockets.append(self.sock)

        class WatchedTLS(http.client.HTTPSConnection):
            def connect(self) -> None:
                super().connect()
                deadline.sockets.append(self.sock)

        class Plain(urllib.request.HTTPHandler):
            def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
                return self.do_open(Watched, req)

        class Secure(urllib.request.HTTPSHandler):
            def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
                return self.do_open(WatchedTLS, req, context=self._context)

        return urllib.request.build_opener(_NoRedirect, Plain, Secure)

    def end(self) -> None:
        self.timer.cancel()


@dataclass(frozen=True)
class Endpoint:
    """Where and how to reach a SPARQL server. `shown` is the URL as messages show it: no
    credentials, no query string."""

    query_url: str
    update_url: str
    timeout: float = DEFAULT_TIMEOUT
    push_timeout: float = DEFAULT_PUSH_TIMEOUT
    authorization: str | None = field(default=None, repr=False)
    secrets: tuple[str, ...] = field(default=(), repr=False)

    @classmethod
    def from_env(cls, url: str, update_url: str | None = None, environ: Mapping[str, str] | None = None) -> Endpoint:
        env = os.environ if environ is None else environ
        query_url = query_url_for(_checked(url))  # an Oxigraph server's root: its /query
        update = _checked(update_url) if update_url else update_url_for(query_url)
        authorization, secrets = _authorization(env)
        return cls(query_url, update, _seconds(env, ENV_TIMEOUT, DEFAULT_TIMEOUT),
                   _seconds(env, ENV_PUSH_TIMEOUT, DEFAULT_PUSH_TIMEOUT), authorization, secrets)

    @property
    def shown(self) -> str:
        return shown(self.query_url)

    @property
    def store_url(self) -> str | None:
        """Where a whole dataset may be uploaded in one Graph Store Protocol request: Oxigraph's /store
        beside its /update (a server with nothing there says so, and kg.push updates instead)."""
        parts = urllib.parse.urlsplit(self.update_url)
        if not parts.path.endswith("/update"):
            return None
        return urllib.parse.urlunsplit(parts._replace(path=parts.path[: -len("update")] + "store", query=""))

    def post(self, url: str, body: bytes | IO[bytes], content_type: str, accept: str, *,
             size: int | None = None, timeout: float | None = None) -> http.client.HTTPResponse:
        """POST and return the response (2xx only); every failure is an EndpointError of one line."""
        headers = {"Content-Type": content_type, "Accept": accept, "User-Agent": "aie-kg"}
        if size is not None:
            headers["Content-Length"] = str(size)
        if self.authorization:
            headers["Authorization"] = self.authorization
        request = urllib.request.Request(url, data=body, headers=headers, method="POST")
        seconds = timeout or self.timeout
        deadline = _Deadline(seconds)  # ended by read(), or here when no answer comes
        try:
            response = deadline.opener().open(request, timeout=seconds)
            response.deadline = deadline  # type: ignore[attr-defined]
            return response
        except urllib.error.HTTPError as error:
            deadline.end()
            text = ""
            try:
                text = self.hide(error.read(4000).decode("utf-8", "replace"))
            except (OSError, http.client.HTTPException):
                pass
            raise EndpointAnswered(self.http_message(url, error, text), error.code, text) from None
        except (OSError, http.client.HTTPException) as error:
            deadline.end()
            raise EndpointError(self.network_message(url, error, seconds, expired=deadline.expired)) from None

    def read(self, url: str, response: http.client.HTTPResponse) -> bytes:
        deadline: _Deadline | None = getattr(response, "deadline", None)
        try:
            with response:
                data = response.read()
        except (OSError, http.client.HTTPException) as error:
            expired = deadline is not None and deadline.expired
            raise EndpointError(self.network_message(url, error, deadline.seconds if deadline else self.timeout,
                                                     reading=True, expired=expired)) from None
        finally:
            if deadline is not None:
                deadline.end()
        if deadline is not None and deadline.expired:  # shut mid-answer: what came is not all of it
            raise EndpointError(self.network_message(url, TimeoutError(), deadline.seconds, reading=True, expired=True))
        return data

    def http_message(self, url: str, error: urllib.error.HTTPError, text: str) -> str:
        detail = next((line.strip() for line in text.splitlines() if line.strip()), "")[:200]
        hint = {401: " (set KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD, or KG_ENDPOINT_TOKEN)",
                403: " (the credentials are not allowed to do this)",
                404: " (is this the SPARQL endpoint's URL? Oxigraph: http://HOST:7878/query)"}.get(error.code, "")
        if 300 <= error.code < 400:
            hint = " (a redirect: give the URL it points to)"
        reason = f" {error.reason}" if isinstance(error.reason, str) else ""
        return self.scrub(f"SPARQL endpoint {shown(url)} answered HTTP {error.code}{reason}{hint}" + (f": {detail}" if detail else ""))

    def network_message(self, url: str, error: BaseException, timeout: float, *, reading: bool = False,
                        expired: bool = False) -> str:
        reason = error.reason if isinstance(error, urllib.error.URLError) else error
        if expired or isinstance(reason, (TimeoutError, socket.timeout)):
            variable = ENV_PUSH_TIMEOUT if url in (self.update_url, self.store_url) and timeout != self.timeout else ENV_TIMEOUT
            what = f"no answer within {timeout:g} s (set {variable} to wait longer)"
        elif isinstance(reason, ConnectionRefusedError):
            what = "connection refused (is the server running, and is the URL right?)"
        elif isinstance(reason, socket.gaierror):
            what = "unknown host"
        elif isinstance(reason, http.client.RemoteDisconnected):
            what = "the server closed the connection without answering"
        elif isinstance(reason, (ConnectionResetError, BrokenPipeError, http.client.IncompleteRead)):
            what = "the connection was cut off" + (" while reading the answer" if reading else "")
        else:
            what = str(reason) or type(reason).__name__
        return self.scrub(f"SPARQL endpoint {shown(url)}: {what}")

    def hide(self, text: str) -> str:
        """Belt and braces: no secret in a message, whatever a server echoed back."""
        for secret in self.secrets:
            if secret:
                text = text.replace(secret, "***")
        return text

    def scrub(self, text: str) -> str:
        """A message of one line, with no secret in it."""
        return " ".join(self.hide(text).split())


def shown(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    host = f"[{host}]" if ":" in host else host
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}"


def _checked(url: str) -> str:
    """A URL we may send requests (and credentials) to; its text is never echoed, it may hold a secret."""
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError:
        raise EndpointError("the endpoint URL is malformed") from None
    if parts.username is not None or parts.password is not None:
        raise EndpointError(f"the endpoint URL must not hold credentials; set {ENV_USER} and {ENV_PASSWORD} "
                            f"(or {ENV_TOKEN}) instead")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EndpointError("the endpoint URL must start with http:// or https:// and name a host")
    return url


def update_url_for(query_url: str) -> str:
    """Where updates go, from the query URL: Oxigraph and Fuseki answer updates at .../update, RDF4J
    and GraphDB at .../statements, Virtuoso and Neptune at the query URL itself."""
    parts = urllib.parse.urlsplit(query_url)
    path = parts.path.rstrip("/")
    if path == "":  # an Oxigraph server's root
        return urllib.parse.urlunsplit(parts._replace(path="/update"))
    if path.endswith("/query"):
        return urllib.parse.urlunsplit(parts._replace(path=path[: -len("query")] + "update"))
    if re.search(r"/repositories/[^/]+$", path):
        return urllib.parse.urlunsplit(parts._replace(path=path + "/statements"))
    return query_url


def query_url_for(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(parts._replace(path="/query")) if parts.path.rstrip("/") == "" else url


def _authorization(env: Mapping[str, str]) -> tuple[str | None, tuple[str, ...]]:
    token, user, password = env.get(ENV_TOKEN), env.get(ENV_USER), env.get(ENV_PASSWORD)
    if token and (user or password):
        raise EndpointError(f"set either {ENV_TOKEN} or {ENV_USER} and {ENV_PASSWORD}, not both")
    if token:
        return f"Bearer {token}", (token,)
    if user or password:
        if not (user and password):
            raise EndpointError(f"set both {ENV_USER} and {ENV_PASSWORD}")
        encoded = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        return f"Basic {encoded}", (password, encoded)
    return None, ()


def _seconds(env: Mapping[str, str], name: str, default: float) -> float:
    text = env.get(name)
    return checks.seconds(text, name) if text else default