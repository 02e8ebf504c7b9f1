"""Open a local HTML file in headless Chromium with the network cut, through the DevTools
protocol over a pipe (no port, no extra package), and report what a reader would get:
a screenshot, every request the page made, console errors, and values read from the DOM.

Network cut: ``Network.emulateNetworkConditions(offline=True)`` plus a proxy that goes
nowhere and a host resolver that resolves nothing, so a request that slipped through
would fail *and* be recorded.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def chromium_binary() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


@dataclass
class PageReport:
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)
    screenshot_png: bytes = b""


class _Pipe:
    def __init__(self, proc: subprocess.Popen, write_fd: int, read_fd: int) -> None:
        self.proc, self.w, self.r = proc, write_fd, read_fd
        self.buffer = b""
        self.next_id = 0
        self.events: list[dict] = []

    def send(self, method: str, session: str | None = None, **params: Any) -> dict:
        self.next_id += 1
        msg: dict[str, Any] = {"id": self.next_id, "method": method, "params": params}
        if session:
            msg["sessionId"] = session
        os.write(self.w, json.dumps(msg).encode() + b"\0")
        while True:
            reply = self._read()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def _read(self) -> dict:
        while b"\0" not in self.buffer:
            chunk = os.read(self.r, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(raw)

    def pump(self, seconds: float) -> None:
        """Collect events for a while (the page keeps drawing after load)."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.send("Browser.getVersion")
            time.sleep(0.1)


def open_offline(
    path: Path,
    expressions: dict[str, str],
    width: int = 1280,
    height: int = 800,
    settle: float = 1.5,
) -> PageReport:
    """Load ``path`` offline, wait for it to settle, evaluate ``expressions`` (name -> JS)
    and take a screenshot."""
    binary = chromium_binary()
    assert binary, "chromium is not installed"
    to_child_r, to_child_w = os.pipe()
    from_child_r, from_child_w = os.pipe()
    profile = tempfile.mkdtemp(prefix="bm-chromium-")
    args = [
        binary,
        "--headless=new",
        "--remote-debugging-pipe",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--metrics-recording-only",
        "--proxy-server=127.0.0.1:9",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        f"--user-data-dir={profile}",
        f"--window-size={width},{height}",
        "about:blank",
    ]

    def child_fds() -> None:
        os.dup2(to_child_r, 3)
        os.dup2(from_child_w, 4)

    proc = subprocess.Popen(
        args,
        preexec_fn=child_fds,
        pass_fds=(3, 4),  # noqa: PLW1509
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        close_fds=True,
    )
    os.close(to_child_r)
    os.close(from_child_w)
    pipe = _Pipe(proc, to_child_w, from_child_r)
    report = PageReport()
    try:
        target = pipe.send("Target.createTarget", url="about:blank")["targetId"]
        session = pipe.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            pipe.send(f"{domain}.enable", session)
        pipe.send(
            "Network.emulateNetworkConditions",
            session,
            offline=True,
            latency=0,
            downloadThroughput=-1,
            uploadThroughput=-1,
        )
        pipe.send(
            "Emulation.setDeviceMetricsOverride",
            session,
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=False,
        )
        pipe.send("Page.navigate", session, url=path.resolve().as_uri())
        deadline = time.monotonic() + 30
        while not any(e.get("method") == "Page.loadEventFired" for e in pipe.events):
            if time.monotonic() > deadline:
                raise TimeoutError("the page did not load in 30 s")
            pipe.pump(0.2)
        pipe.pump(settle)
        for name, expr in expressions.items():
            result = pipe.send("Runtime.evaluate", session, expression=expr, returnByValue=True)
            report.values[name] = result.get("result", {}).get("value")
        shot = pipe.send("Page.captureScreenshot", session, format="png")
        report.screenshot_png = base64.b64decode(shot["data"])
        for e in pipe.events:
            method, params = e.get("method"), e.get("params", {})
            if method == "Network.requestWillBeSent":
                report.requests.append(params["request"]["url"])
            elif method == "Runtime.exceptionThrown":
                report.console_errors.append(json.dumps(params["exceptionDetails"])[:500])
            elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
                report.console_errors.append(json.dumps(params.get("args"))[:500])
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                report.console_errors.append(
                    params["entry"].get("text", "") + " " + params["entry"].get("url", "")
                )
    finally:
        try:
            pipe.send("Browser.close")
        except Exception:  # noqa: BLE001  (the browser may already be gone)
            pass
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        os.close(to_child_w)
        os.close(from_child_r)
        shutil.rmtree(profile, ignore_errors=True)
    return report
