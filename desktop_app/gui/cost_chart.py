"""The cost chart under the grid: each plan's monthly total as employees (or numbers, or channels) grow.

Drawn with QPainter (QtCharts is not in PySide6-Essentials). The figures are the core's exact ones
(`CostCurves`); floats are only plot coordinates. Each curve is straight between its bends, so it is
drawn through its bends alone, and the points of `series` are computed only when asked for.
Readable without colour: every plan has its own marker and its name at the end of its line;
unavailable plans are dashed; crossovers are labelled «с 19 — Стандартный»; the current value is marked.
"""

from __future__ import annotations

import itertools
import math
from decimal import Decimal

from PySide6.QtCore import Property, QCoreApplication, QLineF, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.core import Comparison, CostCurves
from desktop_app.core.chart_layout import (
    CURRENT_COLOUR,
    ChartLabels,
    ChartLayout,
    place_labels,
    plan_colour,
    plan_marker,
)
from desktop_app.core.fields import axis
from desktop_app.core.headroom import HEADROOM_FIELDS
from desktop_app.core.series import MIN_EDGE, CostSeries
from desktop_app.gui.formatting import money
from desktop_app.gui.painting import fill
from desktop_app.gui.palette import readable

CURRENT_RED = QColor("#" + CURRENT_COLOUR)  # moved towards the text colour until 4.5:1 (palette.readable)
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT = 34, 34, 64


def field_title(field: str) -> str:
    """Under the x axis: «Сотрудники» (the core's table of fields)."""
    return axis(field).title


def field_choice(field: str) -> str:
    """The switch's items, ending the title «… в зависимости от числа [сотрудников]»."""
    return axis(field).of


def chart_title() -> str:
    return QCoreApplication.translate(
        "CostChart", "Each plan's monthly cost by the price list (VAT incl.) by the number of"
    )


class CostChart(QWidget):
    """`set_comparison` after each repricing; the field on the x axis is chosen in its combo box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cost_chart")
        self.setMinimumHeight(130)
        self.comparison: Comparison | None = None
        self.current_cost: Decimal | None = None
        self.curves: CostCurves | None = None
        self.edge = MIN_EDGE
        self._crossovers: list[tuple[int, str]] = []
        # Everything but the current-value mark is drawn into a pixmap, redrawn only when it changes: typing
        # in the field on the x axis moves just the mark (the curves do not depend on that field's value).
        self._look: tuple[object, ...] = ()
        self._cache: QPixmap | None = None
        self._cache_key: tuple[object, ...] = ()
        self._plot: _Plot | None = None  # the geometry and the labels placed, but the current value's
        self.field_box = QComboBox(self)
        self.field_box.setObjectName("cost_chart_field")
        for field in HEADROOM_FIELDS:
            self.field_box.addItem(field_choice(field), field)
        self.field_box.setAccessibleName(chart_title())
        self.field_box.move(12 + self.fontMetrics().horizontalAdvance(chart_title()), 4)
        self.field_box.currentIndexChanged.connect(self._refresh)

    # -- data ------------------------------------------------------------------------------------
    def field(self) -> str:
        return str(self.field_box.currentData())

    def set_comparison(self, comparison: Comparison, current_cost: Decimal | None = None) -> None:
        """The result to draw, and what the customer pays today (a line across, when given)."""
        self.comparison = comparison
        self.current_cost = current_cost
        self._refresh()

    def sizeHint(self) -> QSize:
        return QSize(640, 240)

    def _refresh(self) -> None:
        if self.comparison is None:
            return
        chart = CostSeries(self.comparison, self.field())  # the same figures as the documents' chart
        self.curves = curves = chart.curves
        self._crossovers, self.edge = chart.crossovers, chart.edge
        available = (q.plan.id for q in self.comparison.quotes if q.available)
        self.plot_layout = ChartLayout(chart, available, self.current_cost)  # the same as the documents' chart
        recommended = self.comparison.recommended
        self._look = (
            curves.field,
            self.edge,
            curves.curves,
            tuple(q.available for q in self.comparison.quotes),
            tuple(q.plan.name for q in self.comparison.quotes),
            recommended.plan.id if recommended else None,
            tuple(self._crossovers),
            self.current_cost,
        )
        self.update()

    def _series(self) -> dict[str, list[tuple[int, str]]]:
        """plan id → [(x, monthly_total with two decimals)] for every integer x from 0 to the right edge."""
        curves = self.curves
        if curves is None:
            return {}
        return {plan: [(x, str(curves.total(plan, x))) for x in range(self.edge + 1)] for plan in curves.plan_ids}

    def _crossover_list(self) -> list[tuple[int, str]]:
        """[(x, plan id)]: from x on, that plan is recommended (it is not at x − 1)."""
        return list(self._crossovers)

    def _right_edge(self) -> int:
        return self.edge

    series = Property(object, _series)
    crossovers = Property(object, _crossover_list)
    right_edge = Property(int, _right_edge)

    # -- drawing ---------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.curves is None or self.comparison is None:
            fill(painter, self.rect(), self.palette().color(QPalette.ColorRole.Base))
            return
        key = (self.size(), self.devicePixelRatioF(), self.palette().cacheKey(), self._look)
        if self._plot is None or key != self._plot_key:  # the geometry and the labels but the current value's
            self._plot = _Plot(self, self.plot_layout, self.curves, self.comparison, self.current_cost)
            self._plot_key = key
        plot = self._plot
        placed = plot.place_now(self.curves.value)  # on each paint: typing moves only the current value
        layer = (key, tuple(p and p.box for p in (*placed.crossovers, placed.cost)))
        if self._cache is None or layer != self._cache_key:
            ratio = self.devicePixelRatioF()
            if self._cache is None or self._cache.deviceIndependentSize().toSize() != self.size():
                self._cache = QPixmap(self.size() * ratio)
                self._cache.setDevicePixelRatio(ratio)
            self._cache.fill(self.palette().color(QPalette.ColorRole.Base))
            cached = QPainter(self._cache)
            plot.draw(cached, placed)
            cached.end()
            self._cache_key = layer
        painter.drawPixmap(0, 0, self._cache)
        # The plans' markers on each paint (a blit each), since the current value's label may leave some out.
        plot.draw_markers(painter, placed.dropped)
        plot.draw_current(painter, placed)
        painter.end()

    _plot_key: tuple[object, ...] = ()


class _Plot:
    """The chart's geometry for one state, and its drawing: `draw` the cached layer, `draw_current` the mark."""

    painter: QPainter

    def __init__(
        self,
        chart: CostChart,
        layout: ChartLayout,
        curves: CostCurves,
        comparison: Comparison,
        current_cost: Decimal | None,
    ) -> None:
        self.chart, self.layout, self.curves, self.comparison = chart, layout, curves, comparison
        self.crossovers = layout.crossovers  # those inside the window (all of them, unless zoomed)
        self.current_cost = current_cost
        self.palette = chart.palette()
        self.current_colour = readable(
            CURRENT_RED, self.palette.color(QPalette.ColorRole.Base), self.palette.color(QPalette.ColorRole.Text)
        )
        self.locale = QLocale()
        self.font = QFont(chart.font())
        self.small = QFont(chart.font())
        self.small.setPointSizeF(max(7.0, self.font.pointSizeF() - 1))
        self.metrics = QFontMetrics(self.font)
        self.names = {q.plan.id: q.plan.name for q in comparison.quotes}
        self.available = {q.plan.id for q in comparison.quotes if q.available}
        self.recommended = comparison.recommended.plan.id if comparison.recommended else None
        self.edge, self.x_min, self.y_min = layout.x_max, layout.x_min, layout.y_min
        # Exact totals at the bends and the ends (the layout's); floats from here on are coordinates only.
        self.points = {plan: [(x, float(total)) for x, total in bends] for plan, bends in layout.bends.items()}
        self.cost_above = layout.cost_above  # today's bill far above (or below a zoomed window): marked at the edge
        self.cost_below = layout.cost_below
        self.y_max = layout.y_max
        bold = QFont(self.font)
        bold.setBold(True)
        label_width = max(QFontMetrics(bold).horizontalAdvance(name + " ↑") for name in self.names.values()) + 22
        self.area = QRectF(
            MARGIN_LEFT,
            MARGIN_TOP,
            max(50.0, chart.width() - MARGIN_LEFT - label_width - 8),
            max(50.0, chart.height() - MARGIN_TOP - MARGIN_BOTTOM),
        )

        a = self.area
        self._scale = (
            a.left(),
            a.width() / (self.edge - self.x_min),
            a.bottom(),
            a.height() / (self.y_max - self.y_min),
        )
        self.small_metrics = QFontMetrics(self.small)
        # The plans' markers where the layout puts them (shifted per plan so that overlapping curves stay distinct),
        # and the labels placed clear of them, as in the documents (core/chart_layout.py).
        self.plan_markers = [
            ((tier, i), x, curves.total(plan, x))
            for tier, plan in enumerate(curves.plan_ids)
            for i, x in enumerate(layout.markers[plan])
            if curves.total(plan, x) <= self.y_max
        ]
        self.cost_label = ""
        if current_cost is not None:
            arrow = " ↑" if self.cost_above else " ↓" if self.cost_below else ""
            self.cost_label = QCoreApplication.translate("CostChart", "pays now: %1").replace("%1", money(current_cost))
            self.cost_label += arrow
        self.crossover_labels = [
            QCoreApplication.translate("CostChart", "from %1 — %2")
            .replace("%1", str(x))
            .replace("%2", self.names[plan])
            for x, plan in self.crossovers
        ]
        self.placed = self._place(None)

    # -- the labels: the core's placement, in pixels with y negated (the core's y grows upwards) ---------------
    def size(self, text: str) -> tuple[float, float]:
        return self.small_metrics.horizontalAdvance(text) + 8.0, self.small_metrics.height() + 2.0

    def _place(self, dot: tuple[int, Decimal] | None) -> ChartLabels:
        a, layout = self.area, self.layout
        return place_labels(
            _Upwards(self),
            (a.left(), -a.bottom(), a.right(), -a.top()),
            (LABEL_GAP, MARKER_BOX / 2, MARK_HALF),
            (layout.x_min, layout.x_max, layout.y_min, layout.y_max),
            self.plan_markers,
            [
                (text, x, self.curves.total(plan, x))
                for text, (x, plan) in zip(self.crossover_labels, self.crossovers, strict=True)
            ],
            None if self.current_cost is None else (self.cost_label, self.current_cost),
            dot,
        )

    def dot(self, value: int) -> tuple[int, Decimal]:
        """Where the current value's dot stands: on the recommended plan's line (at the bottom when none fits)."""
        if self.recommended is None:
            return value, Decimal(self.y_min)
        return value, self.curves.total(self.recommended, value)

    def now_label(self, value: int) -> str:
        return QCoreApplication.translate("CostChart", "now: %1").replace("%1", str(value))

    def place_now(self, value: int) -> ChartLabels:
        """The labels with the current value's placed last: the others as placed once for every value, unless one
        of them covers its dot (then all placed afresh with the dot a mark, as the documents place them)."""
        x, total = self.dot(value)
        placed = self.placed if not self.placed.covers(x, total) else self._place((x, total))
        return placed.with_now(self.now_label(value), x, total)

    def at(self, x: float, y: float) -> QPointF:
        left, x_scale, bottom, y_scale = self._scale
        return QPointF(left + x_scale * (x - self.x_min), bottom - y_scale * (y - self.y_min))

    def draw(self, painter: QPainter, placed: ChartLabels) -> None:
        """Everything but the plans' markers and the current value's mark and label, with the labels `placed`
        says."""
        self.painter = painter
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.draw_title()
        self.draw_axes()
        for tier, plan in enumerate(self.curves.plan_ids):
            self.draw_curve(tier, plan)
        self.draw_current_cost(placed)
        self.draw_crossovers(placed)
        self.draw_end_labels()

    def draw_title(self) -> None:
        p = self.painter
        p.setPen(self.palette.color(QPalette.ColorRole.Text))
        p.setFont(self.font)
        box = self.chart.field_box.geometry()
        p.drawText(QPointF(8, box.center().y() + self.metrics.ascent() / 2 - 1), chart_title())

    def draw_axes(self) -> None:
        p, a = self.painter, self.area
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        text = self.palette.color(QPalette.ColorRole.Text)
        p.setFont(self.small)
        height = p.fontMetrics().height()
        ys = [(y, self.at(0, y).y()) for y in self.layout.y_ticks]
        xs = [(x, self.at(x, 0).x()) for x in self.layout.x_ticks]
        p.setPen(QPen(self.palette.color(QPalette.ColorRole.Midlight), 1))
        p.drawLines(
            [QLineF(a.left(), y, a.right(), y) for _, y in ys] + [QLineF(x, a.top(), x, a.bottom() + 3) for _, x in xs]
        )
        p.setPen(QPen(self.palette.color(QPalette.ColorRole.Mid), 1))
        p.drawLines([QLineF(a.bottomLeft(), a.bottomRight()), QLineF(a.bottomLeft(), a.topLeft())])
        p.setPen(text)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for value, y in ys:
            p.drawText(QRectF(0, y - 8, a.left() - 6, 16), right, self.locale.toString(value) + "\u00a0₽")
        for value, x in xs:
            p.drawText(QRectF(x - 30, a.bottom() + 3, 60, height), Qt.AlignmentFlag.AlignHCenter, str(value))
        title = field_title(self.curves.field)
        if self.layout.zoomed:  # the lines would lie on top of each other from 0: a close-up, and it says so
            title += " · " + QCoreApplication.translate("CostChart", "close-up around the current value, ₽ not from 0")
        p.drawText(QRectF(a.left(), a.bottom() + height, a.width(), height + 2), Qt.AlignmentFlag.AlignRight, title)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    def draw_current(self, p: QPainter, placed: ChartLabels) -> None:
        """The configuration now: a dotted vertical line, a dot on the recommended plan and «сейчас: 12» beside it,
        where the core placed it (`placed`: the labels with the current value's, for `boxes`)."""
        self.last = placed
        value = self.curves.value
        if value > self.edge:
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        top, bottom = self.at(value, self.y_max), self.at(value, self.y_min)
        p.setPen(QPen(self.current_colour, 1.5, Qt.PenStyle.DotLine))
        p.drawLine(top, bottom)
        if self.recommended is not None:
            dot = self.at(value, float(self.curves.total(self.recommended, value)))
            p.setBrush(self.current_colour)
            p.setPen(QPen(self.palette.color(QPalette.ColorRole.Base), 1.5))
            p.drawEllipse(dot, 5, 5)
            p.setBrush(Qt.BrushStyle.NoBrush)
        if placed.now is not None:
            p.setFont(self.small)
            p.setPen(self.current_colour)
            rect = _down(placed.now.box)
            fill(p, rect, self.palette.color(QPalette.ColorRole.Base))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.now_label(value))

    last: ChartLabels | None = None  # as last painted

    def boxes(self) -> tuple[list[QRectF], list[QRectF]]:
        """(the label boxes, the marker boxes: plans' markers drawn, crossovers' rings, the current value's dot) as
        last painted."""
        placed = self.last
        if placed is None:
            return [], []
        labels = [_down(p.box) for p in (*placed.crossovers, placed.cost, placed.now) if p is not None]
        return labels, [_down(box) for box in placed.labels.markers]

    def draw_current_cost(self, placed: ChartLabels) -> None:
        """What the customer pays today, as a line across: where a plan runs under it, it saves money."""
        if self.current_cost is None:
            return
        p = self.painter
        if not self.cost_above and not self.cost_below:
            y = self.at(0, float(self.current_cost)).y()
            p.setPen(QPen(self.current_colour, 1.5, Qt.PenStyle.DashDotLine))
            p.drawLine(QPointF(self.area.left(), y), QPointF(self.area.right(), y))
        if placed.cost is not None:
            p.setFont(self.small)
            p.setPen(self.current_colour)
            rect = _down(placed.cost.box)
            fill(p, rect, self.palette.color(QPalette.ColorRole.Base))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.cost_label)

    def draw_curve(self, tier: int, plan: str) -> None:
        p = self.painter
        colour = QColor("#" + plan_colour(tier))
        # Hairlines but for the recommended plan: a 1-pixel antialiased line costs a fifth of a wider one.
        pen = QPen(colour, 2.5 if plan == self.recommended else 1)
        if plan not in self.available:
            pen.setStyle(Qt.PenStyle.DashLine)
            colour.setAlpha(170)
            pen.setColor(colour)
        p.setPen(pen)
        p.drawPolyline(QPolygonF([self.at(x, y) for x, y in _clipped(self.points[plan], self.y_max * 1.02)]))

    def draw_markers(self, p: QPainter, dropped: set[object]) -> None:
        """Each plan's markers where the layout puts them, but those left out for a label."""
        if self._stamps is None:  # where each sprite goes, worked out once
            ratio = p.device().devicePixelRatioF()
            self._stamps = []
            for key, x, total in self.plan_markers:
                tier = key[0]
                colour = QColor("#" + plan_colour(tier))
                if self.curves.plan_ids[tier] not in self.available:
                    colour.setAlpha(170)
                at = self.at(x, float(total))
                corner = QPointF(at.x() - SPRITE / 2, at.y() - SPRITE / 2)
                self._stamps.append((key, corner, _marker_sprite(plan_marker(tier), colour, ratio)))
        for key, corner, sprite in self._stamps:
            if key not in dropped:
                p.drawPixmap(corner, sprite)

    _stamps: list[tuple[tuple[int, int], QPointF, QPixmap]] | None = None

    def _y(self, plan: str, x: int) -> float:
        return float(self.curves.total(plan, x))

    def draw_crossovers(self, placed: ChartLabels) -> None:
        """Each point where the recommendation changes ringed, and «с 19 — Стандартный» where the core placed it
        (not drawn where no place beside it is free: the words say it)."""
        p = self.painter
        p.setFont(self.small)
        for (x, plan), label, where in zip(self.crossovers, self.crossover_labels, placed.crossovers, strict=True):
            point = self.at(x, self._y(plan, x))
            p.setPen(QPen(self.palette.color(QPalette.ColorRole.Text), 1.5))
            p.drawEllipse(point, 4.5, 4.5)
            if where is None:
                continue
            rect = _down(where.box)
            p.setPen(QPen(self.palette.color(QPalette.ColorRole.Mid), 1))
            p.setBrush(self.palette.color(QPalette.ColorRole.Base))
            p.drawRoundedRect(rect, 3, 3)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(self.palette.color(QPalette.ColorRole.Text))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)

    def draw_end_labels(self) -> None:
        """Each plan's name at the end of its line (at the top, marked «↑», when the line leaves through it),
        pushed apart where the lines end close together."""
        p = self.painter
        p.setFont(self.font)
        height = float(self.metrics.height())
        top, bottom = self.area.top(), self.area.bottom()
        wanted = sorted(
            (min(max(self.at(self.edge, self.points[plan][-1][1]).y(), top), bottom), tier, plan)
            for tier, plan in enumerate(self.curves.plan_ids)
        )
        ys = [y for y, _, _ in wanted]
        for i in range(1, len(ys)):  # top down: at least a line apart
            ys[i] = max(ys[i], ys[i - 1] + height)
        for i in range(len(ys) - 1, -1, -1):  # then back up from the bottom if they ran past it
            ys[i] = min(ys[i], bottom if i == len(ys) - 1 else ys[i + 1] - height)
        x = self.area.right() + 6
        for y, (_, tier, plan) in zip(ys, wanted, strict=True):
            colour = QColor("#" + plan_colour(tier))
            sprite = _marker_sprite(plan_marker(tier), colour, p.device().devicePixelRatioF())
            _stamp(p, sprite, QPointF(x + 5, y))
            font = QFont(self.font)
            font.setItalic(plan not in self.available)
            font.setBold(plan == self.recommended)
            p.setFont(font)
            p.setPen(self.palette.color(QPalette.ColorRole.Text))
            name = self.names[plan] + (" ↑" if self.points[plan][-1][1] > self.y_max else "")
            p.drawText(QPointF(x + 14, y + self.metrics.ascent() / 2 - 1), name)
        p.setFont(self.font)


class _Upwards:
    """The plot as the core's label placement sees it: pixels, y negated so that it grows upwards."""

    def __init__(self, plot: _Plot) -> None:
        self.plot = plot

    def at(self, x: float, y: float) -> tuple[float, float]:
        point = self.plot.at(x, y)
        return point.x(), -point.y()

    def size(self, text: str) -> tuple[float, float]:
        return self.plot.size(text)


def _down(box: tuple[float, float, float, float]) -> QRectF:
    return QRectF(box[0], -box[3], box[2] - box[0], box[3] - box[1])


MARKER_BOX = 11.0  # px: a marker's extent, which no label may cover
MARK_HALF = 6.0  # px: half a crossover's ring or the current value's dot
LABEL_GAP = 7.0  # px between a label and its point: clear of its mark


def _add_marker(path: QPainterPath, kind: str, at: QPointF) -> None:
    """One marker of `kind` centred on `at`, added to the plan's path (drawn in one call per plan)."""
    r = 4.0
    x, y = at.x(), at.y()
    if kind == "circle":
        path.addEllipse(at, r, r)
    elif kind == "square":
        path.addRect(QRectF(x - r, y - r, 2 * r, 2 * r))
    elif kind in ("triangle", "diamond"):
        corners = {
            "triangle": [(0, -r - 1), (r + 1, r), (-r - 1, r)],
            "diamond": [(0, -r - 1), (r + 1, 0), (0, r + 1), (-r - 1, 0)],
        }[kind]
        path.addPolygon(QPolygonF([QPointF(x + dx, y + dy) for dx, dy in [*corners, corners[0]]]))
    elif kind == "star":
        corners = [
            (
                math.sin(i * math.pi / 5) * (r + 1 if i % 2 == 0 else r / 2),
                -math.cos(i * math.pi / 5) * (r + 1 if i % 2 == 0 else r / 2),
            )
            for i in range(10)
        ]
        path.addPolygon(QPolygonF([QPointF(x + dx, y + dy) for dx, dy in [*corners, corners[0]]]))
    elif kind == "x":
        path.moveTo(x - r, y - r)
        path.lineTo(x + r, y + r)
        path.moveTo(x - r, y + r)
        path.lineTo(x + r, y - r)
    else:  # plus
        path.moveTo(x - r, y)
        path.lineTo(x + r, y)
        path.moveTo(x, y - r)
        path.lineTo(x, y + r)


SPRITE = 14  # side of a marker's picture, in device-independent pixels
_sprites: dict[tuple[str, int, float], QPixmap] = {}


def _marker_sprite(kind: str, colour: QColor, ratio: float) -> QPixmap:
    """A marker drawn once per kind, colour and pixel ratio, then stamped: a blit costs far less than a path."""
    key = (kind, colour.rgba(), ratio)
    sprite = _sprites.get(key)
    if sprite is None:
        sprite = QPixmap(round(SPRITE * ratio), round(SPRITE * ratio))
        sprite.setDevicePixelRatio(ratio)
        sprite.fill(Qt.GlobalColor.transparent)
        painter = QPainter(sprite)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        _add_marker(path, kind, QPointF(SPRITE / 2, SPRITE / 2))
        _draw_markers(painter, path, kind, colour)
        painter.end()
        _sprites[key] = sprite
    return sprite


def _stamp(p: QPainter, sprite: QPixmap, at: QPointF) -> None:
    p.drawPixmap(QPointF(at.x() - SPRITE / 2, at.y() - SPRITE / 2), sprite)


def _draw_markers(p: QPainter, path: QPainterPath, kind: str, colour: QColor) -> None:
    lines_only = kind in ("x", "plus")
    p.setPen(QPen(colour, 2 if lines_only else 1.5))
    p.setBrush(Qt.BrushStyle.NoBrush if lines_only else colour)
    p.drawPath(path)
    p.setBrush(Qt.BrushStyle.NoBrush)


def _clipped(points: list[tuple[int, float]], ceiling: float) -> list[tuple[float, float]]:
    """The polyline cut where it climbs above `ceiling` (drawing far outside the widget is slow)."""
    out: list[tuple[float, float]] = []
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        if not out:
            out.append((x0, min(y0, ceiling)))
        if y1 <= ceiling:
            out.append((x1, y1))
        elif y0 < ceiling:  # leaves through the top between the two points
            out.append((x0 + (x1 - x0) * (ceiling - y0) / (y1 - y0), ceiling))
            break
        else:
            break
    return out
