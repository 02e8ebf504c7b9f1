"""BM Desktop: desktop GIS for an artisanal-mining assurance programme (DRC and Rwanda)."""

__version__ = "0.1.0"
APP_NAME = "BM Desktop"
APP_ID = "bm-desktop"
ORG_NAME = "BM Programme"
