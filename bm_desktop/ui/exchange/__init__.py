"""File > Export and File > Import: the exchange feature's menus and dialogs."""

from bm_desktop.ui.exchange.feature import install

__all__ = ["install"]
