"""Every refusal the Qt-free code raises reads in French too.

Errors carry an English template that is looked up in the translation files
(bm_desktop/domain/messages.py). An f-string message cannot be looked up, and a
template nobody translated shows in English in a French window: this test reads
every ``raise SomeError("...")`` of the package and fails on either."""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import bm_desktop
from bm_desktop.domain.messages import TemplatedMessage
from bm_desktop.i18n import translate
from bm_desktop.sync import reasons

PACKAGE = Path(bm_desktop.__file__).parent
QT_FREE = [
    p
    for p in PACKAGE.rglob("*.py")
    if "ui" not in p.relative_to(PACKAGE).parts and "migrations" not in p.parts
]


def _error_classes() -> dict[str, str]:
    """Class name -> translation context, for every templated error of the package."""
    found: dict[str, str] = {}
    for path in QT_FREE:
        module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        module = module.removesuffix(".__init__")
        for name, cls in inspect.getmembers(importlib.import_module(module), inspect.isclass):
            if issubclass(cls, TemplatedMessage) and isinstance(cls, type):
                found[name] = cls.CONTEXT
    return found


def _raised_messages():  # noqa: ANN202
    classes = _error_classes()
    for path in QT_FREE:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name in classes:
                where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
                yield where, classes[name], node.args[0]


def test_no_error_message_is_an_f_string() -> None:
    bad = [where for where, _ctx, arg in _raised_messages() if isinstance(arg, ast.JoinedStr)]
    assert bad == [], f"f-string messages cannot be translated; use a template: {bad}"


def test_every_error_template_has_french() -> None:
    templates = [
        (
            where,
            ctx,
            reasons.TEMPLATES.get(arg.value, arg.value) if ctx == reasons.CONTEXT else arg.value,
        )  # a reason's key: its template
        for where, ctx, arg in _raised_messages()
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
    ]
    assert len(templates) > 50  # the scan sees the package's refusals
    missing = [
        (where, text) for where, ctx, text in templates if translate(ctx, text, "fr") == text
    ]
    assert missing == [], f"templates without French: {missing}"


def test_every_reason_the_server_or_a_laptop_gives_has_french() -> None:
    """The server's refusals and the laptop's skipped rows travel as keys
    (bm_desktop/sync/reasons.py) and are shown in the interface's language."""
    missing = [
        key
        for key, text in reasons.TEMPLATES.items()
        if translate(reasons.CONTEXT, text, "fr") == text
    ]
    assert missing == [], f"reasons without French: {missing}"
