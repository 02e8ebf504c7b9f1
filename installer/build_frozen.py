"""Build the one-folder application with PyInstaller (``make installer`` on Linux, the
Windows build script, the frozen-app test and benchmark all come through here).

    python installer/build_frozen.py [--dist dist] [--work build/pyinstaller]

Prints the application folder; the executable is ``<dist>/bm-desktop/bm-desktop[.exe]``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "installer" / "bm-desktop.spec"


def executable(dist: Path) -> Path:
    return dist / "bm-desktop" / ("bm-desktop.exe" if os.name == "nt" else "bm-desktop")


def build(dist: Path, work: Path, *, quiet: bool = True) -> Path:
    """Run PyInstaller on the spec; returns the frozen executable."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    if quiet:
        command[3:3] = ["--log-level", "WARN"]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    subprocess.run(
        command,
        check=True,
        cwd=work.parent if work.parent.exists() else None,
        env=env,
        capture_output=quiet,
        timeout=1200,
    )
    return executable(dist)


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    exe = build(args.dist.resolve(), args.work.resolve(), quiet=False)
    print(exe.parent)
    return 0


if __name__ == "__main__":
    sys.exit(main())
