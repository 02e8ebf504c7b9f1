"""The frozen application's entry point (PyInstaller runs this file as ``__main__``).

Everything happens in :func:`bm_desktop.cli.main`, as for the ``bm-desktop`` script of
an installed wheel, so the frozen app takes the same sub-commands (``self-test``, ...)."""

import sys

from bm_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
