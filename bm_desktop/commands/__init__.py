"""Sub-commands of ``bm-desktop``, one module each."""
