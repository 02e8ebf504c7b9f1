"""An HTTP transport that loses, duplicates, delays and replays requests (for tests)."""

from __future__ import annotations

import random

import httpx


class FaultyTransport(httpx.BaseTransport):
    """Wraps a real transport. Per request, with the given probabilities: the request
    never arrives (connection error), the answer is lost after the server acted on it
    (read timeout), the request arrives twice, or an old request arrives again now."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        rng: random.Random | None = None,
        *,
        drop_request: float = 0.0,
        drop_response: float = 0.0,
        duplicate: float = 0.0,
        replay: float = 0.0,
    ) -> None:
        self.inner = inner
        self.rng = rng or random.Random(0)
        self.drop_request = drop_request
        self.drop_response = drop_response
        self.duplicate = duplicate
        self.replay = replay
        self.history: list[httpx.Request] = []
        self.counts = {
            "sent": 0,
            "dropped_requests": 0,
            "dropped_responses": 0,
            "duplicates": 0,
            "replays": 0,
        }

    def set_faults(self, **probabilities: float) -> None:
        for key, value in probabilities.items():
            setattr(self, key, value)

    def quiet(self) -> None:
        self.set_faults(drop_request=0.0, drop_response=0.0, duplicate=0.0, replay=0.0)

    @staticmethod
    def _clone(request: httpx.Request) -> httpx.Request:
        return httpx.Request(
            request.method, request.url, headers=request.headers, content=request.content
        )

    def _send(self, request: httpx.Request) -> httpx.Response:
        self.counts["sent"] += 1
        response = self.inner.handle_request(self._clone(request))
        content = b"".join(response.iter_raw())  # still compressed: the client decodes it
        response.close()
        return httpx.Response(
            response.status_code, headers=response.headers, content=content, request=request
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        if self.history and self.rng.random() < self.replay:
            self.counts["replays"] += 1
            self._send(self.rng.choice(self.history))  # a late copy of an old request
        self.history.append(self._clone(request))
        if self.rng.random() < self.drop_request:
            self.counts["dropped_requests"] += 1
            raise httpx.ConnectError("injected: connection refused", request=request)
        response = self._send(request)
        if self.rng.random() < self.duplicate:
            self.counts["duplicates"] += 1
            response = self._send(request)
        if self.rng.random() < self.drop_response:
            self.counts["dropped_responses"] += 1
            raise httpx.ReadTimeout("injected: the answer was lost", request=request)
        return response
