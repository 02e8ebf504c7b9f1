"""HTTP to the sync server: explicit timeouts, retries with exponential back-off,
gzip both ways, and errors turned into plain words.

Timeouts and sizes suit a 64 kbit/s link (8 KB/s): a 500-row pull page is
about 40 KB gzipped (5 s on such a link), well inside the 60 s read timeout.
"""

from __future__ import annotations

import ipaddress
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from bm_desktop import __version__
from bm_desktop.sync import wire
from bm_desktop.sync.errors import (
    AuthError,
    InsecureAddressError,
    NetworkError,
    ProtocolError,
    RefusedError,
    ServerError,
    SignInLockedError,
    SyncError,
)
from bm_desktop.sync.reasons import from_wire

DEFAULT_RETRY_AFTER_S = 60


@dataclass(frozen=True)
class SyncConfig:
    connect_timeout: float = 10.0
    read_timeout: float = 60.0
    write_timeout: float = 60.0
    attempts: int = 4  # per request, for network errors, timeouts and 5xx
    backoff_base: float = 1.0  # seconds; doubles each attempt, with jitter
    backoff_max: float = 30.0
    push_batch: int = 200  # changes per push request
    pull_page: int = 500  # rows per pull page once connected
    snapshot_page: int = 5000  # rows per page of the first connection (grows on a fast link)
    adaptive_pages: bool = True  # pages grow on a fast link, shrink on a slow one
    min_batch: int = 25  # a batch that times out is halved down to this

    def timeout(self) -> httpx.Timeout:
        return httpx.Timeout(
            connect=self.connect_timeout,
            read=self.read_timeout,
            write=self.write_timeout,
            pool=self.connect_timeout,
        )


def backoff_delay(attempt: int, base: float, cap: float, rng: random.Random | None = None) -> float:
    """Exponential back-off with jitter: between half and all of min(cap, base * 2**attempt)."""
    ceiling = min(cap, base * (2**attempt))
    return (rng or random).uniform(ceiling / 2, ceiling)


def is_loopback(host: str) -> bool:
    """This computer: ``localhost`` or a loopback address (127.0.0.0/8, ::1)."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def needs_http_consent(server_url: str) -> bool:
    """An unencrypted address of another computer: passwords and data would travel in
    clear, so it is used only when the user has allowed it explicitly."""
    url = httpx.URL(server_url)
    return url.scheme == "http" and not is_loopback(url.host)


def retry_after(response: httpx.Response) -> int:
    """Seconds from a ``Retry-After`` header (a number of seconds; a default otherwise)."""
    value = response.headers.get("retry-after", "")
    return int(value) if value.isdigit() else DEFAULT_RETRY_AFTER_S


class Transport:
    """JSON requests to one server, retried on transient failures."""

    def __init__(
        self,
        server_url: str,
        config: SyncConfig | None = None,
        *,
        http: httpx.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
        allow_http: bool = False,
    ) -> None:
        self.server_url = server_url.rstrip("/")
        self.allow_http = allow_http  # the user chose to use a non-loopback http:// address
        self.config = config or SyncConfig()
        self._own_http = http is None
        self.http = http or httpx.Client(
            timeout=self.config.timeout(), headers={"User-Agent": f"bm-desktop/{__version__}"}
        )
        self.sleep = sleep
        self.bytes_sent = 0
        self.bytes_received = 0
        self.requests = 0
        # Called after each answer with (method, path, seconds, status): for diagnostics
        # and the load benchmark.
        self.on_answer: Callable[[str, str, float, int], None] | None = None

    def close(self) -> None:
        if self._own_http:
            self.http.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        params: dict | None = None,
        token: str | None = None,
        compress: bool = False,
        timeout: httpx.Timeout | None = None,
    ) -> dict:
        """Send, retrying network errors, timeouts and 5xx; return the JSON answer."""
        if not self.allow_http and needs_http_consent(self.server_url):
            raise InsecureAddressError(self.server_url)  # before a password leaves
        headers = {"Accept-Encoding": "gzip", "Accept": "application/json"}
        content = None
        if body is not None:
            content = wire.dumps(body)
            headers["Content-Type"] = "application/json"
            if compress:
                content = wire.compress(content)
                headers["Content-Encoding"] = "gzip"
        if token:
            headers["Authorization"] = f"Bearer {token}"
        url = f"{self.server_url}{path}"
        last: SyncError | None = None
        for attempt in range(self.config.attempts):
            if attempt:
                self.sleep(
                    backoff_delay(attempt - 1, self.config.backoff_base, self.config.backoff_max)
                )
            started = time.perf_counter()
            try:
                response = self.http.request(
                    method,
                    url,
                    content=content,
                    params=params,
                    headers=headers,
                    timeout=timeout or self.config.timeout(),
                )
            except httpx.TimeoutException:
                template = "The server {server} did not answer in time."
                last = NetworkError(
                    template.format(server=self.server_url),
                    template=template,
                    server=self.server_url,
                )
                continue
            except httpx.TransportError as exc:
                template = "Cannot reach the server {server} ({kind}): check the connection."
                last = NetworkError(
                    template.format(server=self.server_url, kind=type(exc).__name__),
                    template=template,
                    server=self.server_url,
                    kind=type(exc).__name__,
                )
                continue
            finally:
                self.requests += 1
                self.bytes_sent += len(content or b"")
            self.bytes_received += response.num_bytes_downloaded
            if self.on_answer is not None:
                self.on_answer(method, path, time.perf_counter() - started, response.status_code)
            if response.status_code == 429:  # sign-ins locked for a while: no use retrying
                raise SignInLockedError(retry_after(response))
            if response.status_code >= 500:
                template = "The server had a problem ({status}); it will be tried again."
                last = ServerError(
                    template.format(status=response.status_code),
                    template=template,
                    status=response.status_code,
                )
                continue
            return self._answer(response)
        assert last is not None
        raise last

    def _answer(self, response: httpx.Response) -> dict:
        try:
            data = wire.loads(response.content)
        except (ValueError, UnicodeDecodeError):
            if response.is_success:
                raise ProtocolError(
                    f"{self.server_url} did not answer like a BM Desktop "
                    "server (is the address right?)."
                ) from None
            data = {}
        detail = data.get("detail") if isinstance(data, dict) else None
        reason = from_wire(data.get("reason")) if isinstance(data, dict) else None
        if not response.is_success:
            error: SyncError = (
                AuthError(detail or "The server refused the sign-in.")
                if response.status_code == 401
                else RefusedError(
                    detail or f"The server refused the request ({response.status_code}).",
                    response.status_code,
                )
            )
            error.reason = reason  # shown in the user's language (sync.errors.localised)
            raise error
        if not isinstance(data, dict):
            raise ProtocolError("The server's answer is not a JSON object.")
        return data
