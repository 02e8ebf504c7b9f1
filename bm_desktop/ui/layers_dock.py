"""The Layers dock: which map layers show, how opaque, in which order, and their options
(site colours, density bandwidth and weights, official boundary files, reference
layers with their own filters)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bm_desktop.ui.map.layer import MapLayer
from bm_desktop.ui.map.reference_sites import ReferenceSitesLayer
from bm_desktop.ui.map.sites import COLOUR_BY_RATE, COLOUR_BY_STATUS
from bm_desktop.ui.map.workspace import MapWorkspace

KEY_ROLE = Qt.ItemDataRole.UserRole


class LayersDock(QDockWidget):
    load_boundaries_requested = Signal()
    remove_boundaries_requested = Signal(str)  # layer key
    add_reference_requested = Signal()
    remove_reference_requested = Signal(str)  # layer key

    def __init__(self, workspace: MapWorkspace) -> None:
        super().__init__()
        self.ws = workspace
        self.setWindowTitle(self.tr("Layers"))
        body = QWidget()
        v = QVBoxLayout(body)
        v.setContentsMargins(6, 6, 6, 6)
        hint = QLabel(self.tr("Tick to show; drag to change the order (top is drawn on top)."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        v.addWidget(hint)
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.currentItemChanged.connect(self._on_current)
        self.list.model().rowsMoved.connect(self._on_rows_moved)
        v.addWidget(self.list, 1)
        form = QFormLayout()
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(0, 100)
        self.opacity.valueChanged.connect(self._on_opacity)
        form.addRow(self.tr("Opacity"), self.opacity)
        v.addLayout(form)
        self.options = QStackedWidget()
        self._pages: dict[str, int] = {}
        self.options.addWidget(QWidget())  # no options
        self._add_page("sites", self._sites_page())
        self._add_page("density", self._density_page())
        self._add_page("admin1", self._admin1_page())
        self._boundary_page = self._official_page()
        self._add_page("official", self._boundary_page)
        self._add_page("reference", self._reference_page())
        v.addWidget(self.options)
        load = QPushButton(self.tr("Load official boundaries…"))
        load.clicked.connect(self.load_boundaries_requested)
        v.addWidget(load)
        self.add_reference = QPushButton(self.tr("Add a reference layer…"))
        self.add_reference.setToolTip(
            self.tr(
                "A national register of mine sites, drawn under the programme's sites and never "
                "counted in its figures"
            )
        )
        self.add_reference.clicked.connect(self.add_reference_requested)
        v.addWidget(self.add_reference)
        self.setWidget(body)
        self.refresh()

    # -- list ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Rebuild the list from the canvas (after a layer was added or removed)."""
        current = self.current_key()
        self.list.blockSignals(True)
        self.list.clear()
        for layer in self.ws.canvas.layers:
            item = QListWidgetItem(layer.title())
            item.setData(KEY_ROLE, layer.key)
            item.setFlags(
                item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled
            )
            item.setCheckState(Qt.CheckState.Checked if layer.visible else Qt.CheckState.Unchecked)
            if layer.pinned_on_top:
                item.setToolTip(self.tr("Labels are always drawn above the other layers."))
            self.list.addItem(item)
            if layer.key == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._on_current(self.list.currentItem(), None)

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        return item.data(KEY_ROLE) if item is not None else None

    def _layer(self, key: str | None) -> MapLayer | None:
        return self.ws.canvas.layer(key) if key else None

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        layer = self._layer(item.data(KEY_ROLE))
        if layer is not None:
            layer.set_visible(item.checkState() == Qt.CheckState.Checked)
            self.ws.save_layer_settings()

    def _on_rows_moved(self, *_args: object) -> None:
        keys = [self.list.item(i).data(KEY_ROLE) for i in range(self.list.count())]
        self.ws.canvas.apply_order(keys)
        self.ws.save_layer_settings()

    def _on_current(self, item: QListWidgetItem | None, _prev: object) -> None:
        layer = self._layer(item.data(KEY_ROLE) if item else None)
        self.opacity.setEnabled(layer is not None)
        if layer is None:
            return
        self.opacity.blockSignals(True)
        self.opacity.setValue(round(layer.opacity * 100))
        self.opacity.blockSignals(False)
        page = "official" if layer.key.startswith("boundaries:") else layer.key
        if isinstance(layer, ReferenceSitesLayer):
            page = "reference"
            self._show_reference_filters(layer)
        self.options.setCurrentIndex(self._pages.get(page, 0))

    def _on_opacity(self, value: int) -> None:
        layer = self._layer(self.current_key())
        if layer is not None:
            layer.set_opacity(value / 100.0)
            self.ws.labels.invalidate()
            self.ws.save_layer_settings()

    # -- options pages -------------------------------------------------------------------
    def _add_page(self, key: str, page: QWidget) -> None:
        self._pages[key] = self.options.addWidget(page)

    def _sites_page(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(QLabel(self.tr("Colour sites by")))
        self.by_status = QRadioButton(self.tr("Status"))
        self.by_rate = QRadioButton(self.tr("Implementation rate"))
        group = QButtonGroup(page)
        for b in (self.by_status, self.by_rate):
            group.addButton(b)
            v.addWidget(b)
        (self.by_rate if self.ws.sites.colour_by == COLOUR_BY_RATE else self.by_status).setChecked(
            True
        )
        self.by_rate.toggled.connect(
            lambda on: self.set_colour_by(COLOUR_BY_RATE if on else COLOUR_BY_STATUS)
        )
        return page

    def set_colour_by(self, mode: str) -> None:
        self.ws.sites.set_colour_by(mode)
        self.ws.save_layer_settings()
        button = self.by_rate if mode == COLOUR_BY_RATE else self.by_status
        if not button.isChecked():
            button.setChecked(True)

    def _density_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.bandwidth = QDoubleSpinBox()
        self.bandwidth.setRange(1.0, 200.0)
        self.bandwidth.setDecimals(0)
        self.bandwidth.setSuffix(self.tr(" km"))
        self.bandwidth.setValue(self.ws.density.bandwidth_km)
        self.bandwidth.setToolTip(
            self.tr("How far each incident spreads (the kernel's standard deviation on the ground)")
        )
        form.addRow(self.tr("Bandwidth"), self.bandwidth)
        self.weighted = QCheckBox(self.tr("Weight by severity (1 to 4)"))
        self.weighted.setChecked(self.ws.density.weighted)
        form.addRow(self.weighted)
        self.bandwidth.valueChanged.connect(self._density_options)
        self.weighted.toggled.connect(self._density_options)
        return page

    def _density_options(self, *_args: object) -> None:
        self.ws.set_density_options(self.bandwidth.value(), self.weighted.isChecked())

    def _admin1_page(self) -> QWidget:
        label = QLabel(
            self.tr(
                "Natural Earth admin-1 boundaries. For the DRC these are the 11 provinces "
                "before 2015 (Katanga, not Lualaba and Haut-Katanga). Load official "
                "boundaries to replace them."
            )
        )
        label.setWordWrap(True)
        label.setStyleSheet("color: #555;")
        return label

    def _official_page(self) -> QWidget:
        page = QWidget()
        h = QHBoxLayout(page)
        h.setContentsMargins(0, 0, 0, 0)
        remove = QPushButton(self.tr("Remove this boundary layer"))
        remove.clicked.connect(
            lambda: self.remove_boundaries_requested.emit(self.current_key() or "")
        )
        h.addWidget(remove)
        h.addStretch(1)
        return page

    # -- reference layers ----------------------------------------------------------------
    def _reference_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.ref_mineral = QComboBox()
        self.ref_since = QComboBox()
        self.ref_armed = QComboBox()
        self.ref_child = QComboBox()
        form.addRow(self.tr("Mineral"), self.ref_mineral)
        form.addRow(self.tr("Last visit in or after"), self.ref_since)
        form.addRow(self.tr("Armed presence"), self.ref_armed)
        form.addRow(self.tr("Child labour observed"), self.ref_child)
        for combo in (self.ref_armed, self.ref_child):
            combo.addItem(self.tr("Any"), None)
            combo.addItem(self.tr("Yes"), True)
            combo.addItem(self.tr("No"), False)
        for combo in (self.ref_mineral, self.ref_since, self.ref_armed, self.ref_child):
            combo.currentIndexChanged.connect(self._reference_filters)
        remove = QPushButton(self.tr("Remove this reference layer"))
        remove.clicked.connect(
            lambda: self.remove_reference_requested.emit(self.current_key() or "")
        )
        form.addRow(remove)
        return page

    def _show_reference_filters(self, layer: ReferenceSitesLayer) -> None:
        """Fill the filter choices from the layer's own values and show its filters."""
        combos = (self.ref_mineral, self.ref_since, self.ref_armed, self.ref_child)
        for combo in combos:
            combo.blockSignals(True)
        self.ref_mineral.clear()
        self.ref_mineral.addItem(self.tr("Any"), None)
        for code in layer.sites.mineral_values():
            self.ref_mineral.addItem(layer.mineral_text(code), code)
        self.ref_since.clear()
        self.ref_since.addItem(self.tr("Any year"), None)
        for year in layer.sites.years():
            self.ref_since.addItem(str(year), year)
        f = layer.filters
        for combo, key in (
            (self.ref_mineral, "mineral"),
            (self.ref_since, "visited_since"),
            (self.ref_armed, "armed"),
            (self.ref_child, "child"),
        ):
            combo.setCurrentIndex(max(0, combo.findData(f[key])))
        for combo in combos:
            combo.blockSignals(False)

    def _reference_filters(self, *_args: object) -> None:
        layer = self._layer(self.current_key())
        if isinstance(layer, ReferenceSitesLayer):
            layer.set_filters(
                self.ref_mineral.currentData(),
                self.ref_since.currentData(),
                self.ref_armed.currentData(),
                self.ref_child.currentData(),
            )
