"""Help > User guide: the offline guide, in English and French, one chapter per kind of
user (planning visits, CAP meetings, the quarterly report and maps).

The guide is Markdown shipped in the package (``bm_desktop/resources/guide/<lang>/*.md``,
screenshots in ``guide/screenshots``), rendered at run time by Qt's own Markdown reader in a
``QTextBrowser``: no web engine, no network, links between chapters just work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QImageReader, QResizeEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.resources import resource_dir

GUIDE_DIR = resource_dir("guide")
INDEX = "index.md"
CHAPTERS = ("planning-visits.md", "cap-meetings.md", "quarterly-report-and-maps.md")
LANGUAGES = {"en": "English", "fr": "Français"}
IMAGE_MARGIN = 40
IMAGE_MAX_WIDTH = 760  # a screenshot illustrates the text; it never takes the whole page


def guide_dir(lang: str) -> Path:
    """The guide in ``lang``, or in English when there is none in that language."""
    folder = GUIDE_DIR / lang
    return folder if (folder / INDEX).exists() else GUIDE_DIR / "en"


def page_title(path: Path) -> str:
    """A page's title: its first level-one heading."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem


class UserGuideWindow(QWidget):
    """The guide in its own window: contents on the left, the page on the right, back and
    forward like a browser, and the language to read it in."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("BM Desktop user guide"))
        self.resize(1100, 760)
        self.lang = lang if lang in LANGUAGES else "en"
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.sourceChanged.connect(self._on_page)
        self.contents = QListWidget()
        self.contents.setObjectName("guideContents")
        self.contents.itemActivated.connect(self._on_item)
        self.contents.itemClicked.connect(self._on_item)
        self.contents.setWordWrap(True)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contents.setSpacing(3)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(self.lang))
        self.language.currentIndexChanged.connect(
            lambda _i: self.show_language(self.language.currentData())
        )
        self.back_button = self._tool("←", self.tr("Back"), self.browser.backward)
        self.forward_button = self._tool("→", self.tr("Forward"), self.browser.forward)
        self.home_button = self._tool("⌂", self.tr("Contents"), self.browser.home)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        bar = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.home_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Language")))
        bar.addWidget(self.language)
        split = QSplitter()
        split.addWidget(self.contents)
        split.addWidget(self.browser)
        split.setSizes([260, 840])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self._fit_timer = QTimer(self, singleShot=True, interval=60)
        self._fit_timer.timeout.connect(self._fit_images)
        self.show_language(self.lang)

    def _tool(self, text: str, tip: str, slot) -> QToolButton:  # noqa: ANN001
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    # -- pages -------------------------------------------------------------------------------
    def show_language(self, lang: str) -> None:
        """Show the guide's contents in ``lang``."""
        self.lang = lang
        folder = guide_dir(lang)
        self.pages = [folder / INDEX] + [folder / name for name in CHAPTERS]
        self.contents.clear()
        for path in self.pages:
            item = QListWidgetItem(page_title(path))
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.contents.addItem(item)
        self.browser.clearHistory()
        self.open_page(self.pages[0])

    def open_page(self, path: Path) -> None:
        self.browser.setSource(
            QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
        )

    def chapter_titles(self) -> list[str]:
        return [self.contents.item(i).text() for i in range(1, self.contents.count())]

    def _on_item(self, item: QListWidgetItem) -> None:
        self.open_page(item.data(Qt.ItemDataRole.UserRole))

    def _on_page(self, url: QUrl) -> None:
        path = Path(url.toLocalFile())
        for i in range(self.contents.count()):
            item = self.contents.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == path:
                self.contents.blockSignals(True)
                self.contents.setCurrentItem(item)
                self.contents.blockSignals(False)
        self._fit_images()

    # -- screenshots fit the page --------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  (Qt override)
        super().resizeEvent(event)
        self._fit_timer.start()

    def images(self) -> list[tuple[str, QSize]]:
        """Every image of the page: its file and the size it is shown at."""
        out = []
        block = self.browser.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fmt = it.fragment().charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    out.append(
                        (
                            self._image_path(image.name()),
                            QSize(int(image.width()), int(image.height())),
                        )
                    )
                it += 1
            block = block.next()
        return out

    def _image_path(self, name: str) -> str:
        return self.browser.source().resolved(QUrl(name)).toLocalFile()

    def _fit_images(self) -> None:
        """Shrink the screenshots to the page's width (half of it in a two-column table),
        keeping their proportions; never enlarge them."""
        doc = self.browser.document()
        room = min(max(self.browser.viewport().width() - IMAGE_MARGIN, 200), IMAGE_MAX_WIDTH)
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            width = room // 2 if QTextCursor(block).currentTable() is not None else room
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    path = self._image_path(image.name())
                    natural = QImageReader(path).size() if path else QSize()
                    if natural.isValid() and natural.width() > 0:
                        w = min(natural.width(), width)
                        image.setWidth(w)
                        image.setHeight(natural.height() * w / natural.width())
                        cursor = QTextCursor(doc)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(
                            fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                        )
                        cursor.setCharFormat(image)
                it += 1
            block = block.next()
