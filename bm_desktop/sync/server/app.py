"""The sync server's HTTP API (FastAPI): health, login/logout, push, pull.

Every refusal is a 4xx with ``{"detail": "<plain words>"}``. Request bodies
are read with a size limit before anything is parsed, gzip bodies are
inflated with a limit too, and nothing is written for a malformed request.
"""

# No "from __future__ import annotations": FastAPI reads the route annotations at runtime.

import datetime as dt
import json
import logging
import os
import re
import threading
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import select, text
from starlette.middleware.gzip import GZipMiddleware

from bm_desktop import __version__
from bm_desktop.db.models import User
from bm_desktop.sync import wire
from bm_desktop.sync.reasons import Reason
from bm_desktop.sync.server import pull, push, throttle, tokens
from bm_desktop.sync.server.passwords import is_demo_password, verify_password
from bm_desktop.sync.server.scope import Scope, load_scope
from bm_desktop.sync.server.store import ServerStore
from bm_desktop.sync.server.throttle import ThrottlePolicy

log = logging.getLogger("bm_desktop.sync.server")

MAX_LOGIN_BYTES = 4096
# JSON options ``bm-desktop server --workers N`` hands to each worker process.
WORKER_OPTIONS_ENV = "BM_SERVER_WORKER_OPTIONS"
# The process id tells which of several server processes logged a line.
LOG_FORMAT = "%(asctime)s %(levelname)s [%(process)d] %(name)s: %(message)s"


@dataclass(frozen=True)
class ServerConfig:
    token_lifetime: dt.timedelta = dt.timedelta(hours=12)
    max_body_bytes: int = wire.MAX_BODY_BYTES
    max_inflated_bytes: int = wire.MAX_INFLATED_BYTES
    max_changes: int = wire.MAX_CHANGES_PER_PUSH
    demo: bool = False  # started with --demo: the published demo password is accepted
    sign_in: ThrottlePolicy = field(default_factory=ThrottlePolicy)  # rate limits
    now: Callable[[], dt.datetime] = tokens.utcnow  # UTC, naive (tests move it on)


def _storable(value: str) -> str:
    """Refuse text no database can store (control characters, lone surrogates)."""
    if _UNSTORABLE.search(value):
        raise ValueError("holds a control character")
    return value


_UNSTORABLE = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")
Text = Annotated[str, AfterValidator(_storable)]
DEVICE = r"^[0-9A-Za-z_.:-]*$"


class LoginIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: Text = Field(min_length=1, max_length=80)
    password: Text = Field(min_length=1, max_length=1024)
    device: str = Field(default="", max_length=64, pattern=DEVICE)


class ChangeModel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: uuid.UUID
    t: str = Field(max_length=40, pattern=r"^[a-z_]+$")
    op: Literal["insert", "update", "delete"]
    base: str | None = Field(default=None, max_length=64)
    row: dict[str, Any]


class PushIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    v: int
    device: str = Field(max_length=64, pattern=DEVICE)
    changes: list[ChangeModel]


class RefusedRequest(HTTPException):
    """A refused request whose reason the laptop shows in its user's language
    (``{"detail": <English>, "reason": {"key", "params"}}``, :mod:`bm_desktop.sync.reasons`)."""

    def __init__(self, status: int, key: str, **params: object) -> None:
        self.reason = Reason(key, **params)
        super().__init__(status, str(self.reason))


def _plain(exc: ValidationError | RequestValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
    return f"{where}: {first.get('msg', 'invalid')}" if where else first.get("msg", "invalid")


async def read_body(request: Request, limit: int, inflated_limit: int) -> bytes:
    """The request body, refused with 413 past ``limit`` (and past ``inflated_limit``
    once gunzipped), 400 if it is not valid gzip."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPException(
            413,
            f"The request is larger than the {limit // 1024} KB the server "
            "accepts: send fewer changes at a time.",
        )
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(
                413,
                f"The request is larger than the {limit // 1024} KB the "
                "server accepts: send fewer changes at a time.",
            )
        chunks.append(chunk)
    body = b"".join(chunks)
    if request.headers.get("content-encoding", "").lower() == "gzip":
        try:
            body = wire.inflate(body, inflated_limit)
        except wire.PayloadTooLarge as exc:
            raise HTTPException(413, f"The request is too large: {exc}.") from None
        except (ValueError, OSError, EOFError) as exc:
            raise HTTPException(400, f"The request body is not valid gzip ({exc}).") from None
    return body


def _json(body: bytes) -> Any:
    try:
        return json.loads(body)
    except RecursionError:
        raise HTTPException(
            400, "The request body is nested too deeply to be a sync request."
        ) from None
    except ValueError as exc:  # also a number with thousands of digits
        raise HTTPException(
            400, f"The request body is not valid JSON ({str(exc)[:120]})."
        ) from None


def create_app(store: ServerStore, config: ServerConfig | None = None) -> FastAPI:
    """The API over an open server database."""
    config = config or ServerConfig()
    secret = store.secret()
    app = FastAPI(
        title="BM Desktop sync server",
        version=__version__,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    app.add_middleware(GZipMiddleware, minimum_size=512)
    app.state.store = store

    @app.exception_handler(RefusedRequest)
    async def _refused(_request: Request, exc: RefusedRequest) -> JSONResponse:
        return JSONResponse(
            {"detail": exc.detail, "reason": exc.reason.wire()},
            status_code=exc.status_code,
            headers=exc.headers,
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": f"Invalid request: {_plain(exc)}."}, status_code=422)

    @app.exception_handler(RecursionError)
    async def _too_deep(request: Request, _exc: RecursionError) -> JSONResponse:
        # Values nested thousands deep inside an otherwise valid request: a malformed
        # request, not a server failure.
        log.warning("%s %s: a request nested too deeply", request.method, request.url.path)
        return JSONResponse(
            {"detail": "The request holds values nested too deeply."}, status_code=400
        )

    def current_scope(request: Request) -> Scope:
        header = request.headers.get("authorization", "")
        if not header.lower().startswith("bearer "):
            raise HTTPException(
                401,
                "Sign in first: this request carries no access token.",
                headers={"WWW-Authenticate": "Bearer"},
            )
        token = header[7:].strip()
        with store.engine.connect() as conn:
            try:
                owner = tokens.verify(conn, secret, token)
            except tokens.TokenRefused as exc:
                raise HTTPException(401, str(exc), headers={"WWW-Authenticate": "Bearer"}) from None
            scope = load_scope(conn, owner.user_id, owner.username, owner.role)
        request.state.jti = owner.jti
        return scope

    @app.get("/health")
    def health() -> dict:
        with store.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return {
            "status": "ok",
            "protocol": wire.PROTOCOL,
            "version": __version__,
            "database": store.engine.dialect.name,
        }

    @app.post("/auth/login")
    async def login(request: Request) -> dict:
        body = _json(await read_body(request, MAX_LOGIN_BYTES, MAX_LOGIN_BYTES))
        try:
            creds = LoginIn.model_validate(body)
        except ValidationError as exc:
            raise HTTPException(422, f"Invalid sign-in request: {_plain(exc)}.") from None
        address = request.client.host if request.client else "unknown"
        return await run_in_threadpool(_login, creds, address)

    guards = [threading.Lock() for _ in range(64)]  # one account's attempts, one at a time

    def _login(creds: LoginIn, address: str) -> dict:
        """Check the limits, the password, record the verdict: for one account, one attempt
        at a time (this process's lock; on PostgreSQL the account's counter row stays
        locked from the check to the verdict, so other processes wait too)."""
        policy, now = config.sign_in, config.now()
        hold = store.is_postgres  # SQLite would hold the whole database: commit between
        key = throttle.account_key(creds.username)
        with guards[zlib.crc32(key.encode("utf-8")) % len(guards)], store.engine.connect() as conn:
            conn = conn.execution_options(bm_write=True)
            try:
                throttle.check(conn, creds.username, address, now)
            except throttle.SignInLocked as exc:
                conn.rollback()
                raise HTTPException(
                    429,
                    f"Too many failed sign-ins for this {exc.what}: try again in "
                    f"{exc.retry_after} seconds.",
                    headers={"Retry-After": str(exc.retry_after)},
                ) from None
            if not hold:
                conn.commit()
            refusal = user = None
            if not config.demo and is_demo_password(creds.password):
                refusal = (
                    "the demo password, on a server not started with --demo",
                    "demo_password",
                )
            else:
                users = User.__table__
                user = conn.execute(
                    select(users).where(
                        users.c.username == creds.username, users.c.deleted.is_(False)
                    )
                ).first()
                if not hold:
                    conn.commit()
                hashed = user.password_hash if user is not None else None
                if not verify_password(hashed, creds.password) or not user.active:
                    refusal = (
                        "wrong user name or password, or a disabled account",
                        "wrong_password",
                    )
            if refusal is not None:
                throttle.failed(conn, policy, creds.username, address, now)
                conn.commit()
                log.warning(
                    "sign-in refused for user %r from %s: %s", creds.username, address, refusal[0]
                )
                raise RefusedRequest(401, refusal[1])
            assert user is not None  # the password was right, so the account exists
            throttle.succeeded(conn, creds.username)
            token, expires = tokens.issue(
                conn, secret, user.id, creds.device, config.token_lifetime
            )
            scope = load_scope(conn, user.id, user.username, user.role)
            conn.commit()
        log.info(
            "sign-in: %s (%s) from device %s at %s",
            creds.username,
            scope.role,
            creds.device,
            address,
        )
        return {
            "token": token,
            "expires_at": expires.isoformat() + "Z",
            "role": scope.role,
            "username": scope.username,
            "full_name": user.full_name,
            "sites": sorted(s.hex for s in scope.site_ids),
            "regions": sorted(r.hex for r in scope.region_ids),
            "scope": scope.fingerprint(),
            "clock": store.clock.now(),
        }

    @app.post("/auth/logout")
    def logout(request: Request, scope: Annotated[Scope, Depends(current_scope)]) -> dict:
        with store.engine.begin() as conn:
            tokens.revoke(conn, request.state.jti)
        log.info("sign-out: %s", scope.username)
        return {"status": "signed out"}

    @app.post("/sync/push")
    async def push_changes(
        request: Request, scope: Annotated[Scope, Depends(current_scope)]
    ) -> Response:
        if scope.read_only:
            raise RefusedRequest(403, "read_only_push")
        body = _json(await read_body(request, config.max_body_bytes, config.max_inflated_bytes))
        if (
            isinstance(body, dict)
            and isinstance(body.get("changes"), list)
            and len(body["changes"]) > config.max_changes
        ):
            raise HTTPException(
                413,
                f"A batch may hold at most {config.max_changes} changes; "
                f"this one holds {len(body['changes'])}.",
            )
        try:
            req = PushIn.model_validate(body)
        except ValidationError as exc:
            raise HTTPException(422, f"Invalid push: {_plain(exc)}.") from None
        if req.v != wire.PROTOCOL:
            raise HTTPException(
                422,
                f"Protocol {req.v} is not supported (the server speaks "
                f"{wire.PROTOCOL}): update BM Desktop.",
            )
        changes = [push.ChangeIn(c.id, c.t, c.op, c.base, c.row) for c in req.changes]
        results = await run_in_threadpool(push.apply_push, store, scope, req.device, changes)
        return Response(
            wire.dumps({"v": wire.PROTOCOL, "results": results, "clock": store.clock.now()}),
            media_type="application/json",
        )

    @app.get("/sync/pull")
    def pull_changes(
        request: Request,
        scope: Annotated[Scope, Depends(current_scope)],
        cursor: Annotated[str | None, Query(max_length=200)] = None,
        limit: Annotated[int, Query(ge=1, le=wire.MAX_PULL_LIMIT)] = 1000,
        shape: Annotated[Literal["rows", "columns"], Query()] = "rows",
    ) -> Response:
        try:
            page = pull.pull_page(store, scope, cursor, limit, columnar=shape == "columns")
        except ValueError as exc:
            raise HTTPException(422, f"{exc}: start again from the beginning.") from None
        # Encoded and compressed here, once, in this worker thread: FastAPI's generic
        # encoder is slow on large pages, and the middleware compresses at level 9.
        body = wire.dumps_page(page)
        if "gzip" in request.headers.get("accept-encoding", "") and len(body) > 512:
            snapshot = not (cursor or "").startswith("f")  # the request was in the snapshot
            level = wire.SNAPSHOT_GZIP_LEVEL if snapshot else wire.FEED_GZIP_LEVEL
            return Response(
                wire.compress(body, level),
                media_type="application/json",
                headers={"Content-Encoding": "gzip", "Vary": "Accept-Encoding"},
            )
        return Response(body, media_type="application/json")

    return app


def app_from_environment() -> FastAPI:
    """The app of one worker process of ``bm-desktop server --workers N`` (a uvicorn
    factory). The parent has already upgraded and seeded the database and made the
    signing secret; each worker opens its own connection pool to the same database."""
    from bm_desktop.sync.server.store import open_store

    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)  # a fresh (spawned) process
    options = json.loads(os.environ[WORKER_OPTIONS_ENV])
    store = open_store(options["db"])
    log.info("server worker %d started", os.getpid())
    return create_app(
        store,
        ServerConfig(
            token_lifetime=dt.timedelta(hours=float(options["token_hours"])),
            demo=bool(options["demo"]),
        ),
    )
