"""The docs stay true to the tree (issue 18 §4): docs/start-here.md names files and
functions that exist, and no link of the README or docs/ leads outside the repository
or to a file that is not there."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
START_HERE = ROOT / "docs" / "start-here.md"
SPAN = re.compile(r"`([^`]+)`")
PATH = re.compile(r"(bm_desktop|tests)/[\w/]+(\.py)?")
NAME = re.compile(r"([A-Za-z_]\w*)(?:\.([A-Za-z_]\w*))?\(\)")
STEP = re.compile(r"^(\d+\.|##) ")
REPO_PATH = re.compile(r"(bm_desktop|tests|tools|benchmarks|installer|docs)/[\w./-]+")
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def _steps(text: str) -> list[str]:
    """The numbered steps (and headings), each with its continuation lines."""
    steps: list[str] = []
    for line in text.splitlines():
        if STEP.match(line) or not steps:
            steps.append(line)
        else:
            steps[-1] += " " + line.strip()
    return steps


@cache
def _definitions(path: Path) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """Every function and class defined in a file (at any depth), and each class's
    methods."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    kinds = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    names = frozenset(n.name for n in ast.walk(tree) if isinstance(n, kinds))
    methods = {
        n.name: frozenset(m.name for m in n.body if isinstance(m, kinds))
        for n in ast.walk(tree)
        if isinstance(n, ast.ClassDef)
    }
    return names, methods


def _defined(name: str, member: str | None, files: list[Path]) -> bool:
    for path in files:
        names, methods = _definitions(path)
        if member is None and name in names:
            return True
        if member is not None and member in methods.get(name, ()):
            return True
    return False


def test_every_file_and_function_named_in_start_here_exists() -> None:
    text = START_HERE.read_text(encoding="utf-8")
    missing, checked = [], 0
    for step in _steps(text):
        spans = SPAN.findall(step)
        paths = [s for s in spans if PATH.fullmatch(s)]
        for p in paths:
            if not (ROOT / p).exists():
                missing.append(f"no file {p}")
        files = [ROOT / p for p in paths if p.endswith(".py") and (ROOT / p).is_file()]
        for span in spans:
            m = NAME.fullmatch(span)
            if m is None:
                continue
            checked += 1
            if not _defined(m.group(1), m.group(2), files):
                missing.append(
                    f"{span} is not defined in {', '.join(paths) or 'no file'} "
                    f"(step: {step[:60]}...)"
                )
    assert missing == []
    assert checked >= 60  # the three paths really are walked function by function


def test_start_here_is_linked_from_the_readme() -> None:
    assert "](docs/start-here.md)" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_doc_links_and_paths_stay_inside_the_repository_and_exist() -> None:
    docs = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    bad = []
    for doc in docs:
        text = doc.read_text(encoding="utf-8")
        for target in LINK.findall(text):
            if re.match(r"[a-z]+:", target):  # http:, https:, mailto:
                continue
            where = (doc.parent / target).resolve()
            if not where.is_relative_to(ROOT) or not where.exists():
                bad.append(f"{doc.relative_to(ROOT)}: {target}")
        for span in SPAN.findall(text):  # `bm_desktop/ui/settings.py`, `tests/pg.py`...
            if REPO_PATH.fullmatch(span) and not (ROOT / span).exists():
                bad.append(f"{doc.relative_to(ROOT)}: no {span}")
        for line in text.splitlines():
            if "../shared" in line or re.search(r"(^|[\s(`])/(work|home|Users)/", line):
                bad.append(f"{doc.relative_to(ROOT)}: {line.strip()}")
    assert bad == []
