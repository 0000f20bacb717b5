"""The navigator beside the work area: the overview, the plant's data, 6 steps and 18 tasks.

Each task shows its state (not started, started, done) as an icon and in words, and what it still
lacks in its tooltip. The user moves freely between tasks; nothing forces an order.
"""

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
)

from cpaudit.audit.tasks import STEPS, TASKS, TaskState
from cpaudit.ui import labels
from cpaudit.ui.qtcompat import emit

OVERVIEW, DATA = "overview", "data"
KEY_ROLE = Qt.ItemDataRole.UserRole
STATE_ROLE = Qt.ItemDataRole.UserRole + 1

STATE_COLOURS = {
    TaskState.EMPTY: "#9e9e9e",
    TaskState.STARTED: "#f9a825",
    TaskState.DONE: "#2e7d32",
}


def state_icon(state, size=16, ratio=2.0):
    """A circle: hollow grey (not started), half amber (started), green with a tick (done)."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(STATE_COLOURS[state])
    circle = QRectF(2, 2, size - 4, size - 4)
    painter.setPen(QPen(colour, 1.6))
    if state == TaskState.DONE:
        painter.setBrush(colour)
        painter.drawEllipse(circle)
        painter.setPen(QPen(QColor("white"), 2.0))
        tick = QPainterPath(QPointF(size * 0.3, size * 0.52))
        tick.lineTo(QPointF(size * 0.45, size * 0.67))
        tick.lineTo(QPointF(size * 0.72, size * 0.36))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
    elif state == TaskState.STARTED:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(circle)
        half = QPainterPath()
        half.moveTo(circle.center())
        half.arcTo(circle, 90, 180)
        half.closeSubpath()
        painter.fillPath(half, colour)
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(circle)
    painter.end()
    return QIcon(pixmap)


class _WrappingDelegate(QStyledItemDelegate):
    """Long names (the steps' official names) wrap onto a second line instead of being cut."""

    def initStyleOption(self, option, index):
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText

    def sizeHint(self, option, index):
        view = self.parent()
        size = super().sizeHint(option, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        icon = 22 if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
        width = view.viewport().width() - depth * view.indentation() - icon - 12
        if width <= 40:
            return size
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        bounds = QFontMetrics(font).boundingRect(
            QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(size.width(), max(size.height(), bounds.height() + 6))


class Navigator(QTreeWidget):
    """Emits ``page_chosen(key)``: ``"overview"``, ``"data"`` or a task number."""

    page_chosen = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setRootIsDecorated(False)
        self.setIndentation(14)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().setStretchLastSection(True)
        self.setItemDelegate(_WrappingDelegate(self))
        self._icons = {state: state_icon(state) for state in TaskState}
        self._statuses = {}
        self.items = {}
        self.step_items = {}
        self.overview_item = self._page_item(None, OVERVIEW)
        self.data_item = self._page_item(None, DATA)
        for step in STEPS:
            step_item = QTreeWidgetItem(self)
            step_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(step_item.font(0))
            font.setBold(True)
            step_item.setFont(0, font)
            self.step_items[step] = step_item
            for task in TASKS:
                if task.step == step:
                    self._page_item(step_item, task.number)
        self.expandAll()
        self.currentItemChanged.connect(self._current_changed)
        self.retranslate_ui()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # long step names wrap to the new width

    def _page_item(self, parent, key):
        item = QTreeWidgetItem(parent if parent is not None else self)
        item.setData(0, KEY_ROLE, key)
        self.items[key] = item
        return item

    def _current_changed(self, current, _previous):
        if current is None:
            return
        key = current.data(0, KEY_ROLE)
        if key is not None:
            emit(self.page_chosen, key)

    def select(self, key):
        """Make ``key``'s entry current (which emits ``page_chosen`` if it changes)."""
        self.setCurrentItem(self.items[key])

    def current_key(self):
        item = self.currentItem()
        return item.data(0, KEY_ROLE) if item is not None else None

    def set_statuses(self, statuses):
        """Show the states of :func:`cpaudit.audit.tasks.task_statuses` (empty: no project)."""
        self._statuses = dict(statuses)
        for task in TASKS:
            self._show_status(task.number)

    def _show_status(self, number):
        item = self.items[number]
        status = self._statuses.get(number)
        if status is None:
            item.setIcon(0, QIcon())
            item.setToolTip(0, labels.task_title(number))
            item.setData(0, STATE_ROLE, None)
            return
        item.setIcon(0, self._icons[status.state])
        item.setData(0, STATE_ROLE, status.state)
        tip = f"{labels.task_title(number)}\n{labels.task_state_label(status.state)}"
        if status.state != TaskState.EMPTY and status.missing:
            tip += "\n" + labels.missing_text(status.missing)
        item.setToolTip(0, tip)

    def retranslate_ui(self):
        self.overview_item.setText(0, QCoreApplication.translate("navigator", "Overview"))
        self.overview_item.setToolTip(
            0,
            QCoreApplication.translate(
                "navigator", "Specific consumption, savings against the target, and the options"
            ),
        )
        self.data_item.setText(0, QCoreApplication.translate("navigator", "Plant and data"))
        self.data_item.setToolTip(
            0,
            QCoreApplication.translate(
                "navigator",
                "The establishment, its products and resources, periods, production and "
                "consumption",
            ),
        )
        for step, item in self.step_items.items():
            item.setText(0, labels.step_label(step))
        for task in TASKS:
            self.items[task.number].setText(
                0, f"{task.number}. {labels.task_short_label(task.number)}"
            )
            self._show_status(task.number)
