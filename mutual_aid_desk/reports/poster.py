"""Progress poster (进度公示牌): one huge percentage and a bar per building, landscape A4 or A3.

In the seed story a "signing wall" counter climbing to 100 % drew a crowd. The poster takes plain
data, so that a vote's participation and a fund's coverage can both feed it: a title, the overall
fraction, and (building, fraction) pairs. Percentages are rounded *down* to one decimal, so the
poster shows 100 % only when every household is in, and never rounds 66.6 % up past a 2/3 bar.
"""

from __future__ import annotations

import math
from abc import abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import ClassVar

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Spacer

from mutual_aid_desk.reports.document import Document
from mutual_aid_desk.reports.fonts import register_fonts
from mutual_aid_desk.reports.styles import MIN_BODY_PT, content_width, fitted_title, para

Ratio = Fraction | tuple[int, int] | float | int
BAR = colors.HexColor("#2E7D32")
BAR_EMPTY = colors.HexColor("#E6E6E6")
TARGET = colors.HexColor("#C62828")


def as_fraction(value: Ratio) -> Fraction:
    """A fraction from Fraction, (part, whole) or a number; clamped to 0..1; 0 of 0 is 0."""
    if isinstance(value, tuple):
        part, whole = value
        f = Fraction(part, whole) if whole else Fraction(0)
    elif isinstance(value, float):
        f = Fraction(value).limit_denominator(1_000_000)
    else:
        f = Fraction(value)
    return min(max(f, Fraction(0)), Fraction(1))


def percent_text(value: Ratio, decimals: int = 1) -> str:
    """Rounded down: 801/802 → '99.8%', 1 → '100%', 534/802 → '66.5%'."""
    f = as_fraction(value)
    if f == 1:
        return "100%"
    scale = 10 ** decimals
    floored = math.floor(f * 100 * scale)
    whole, frac = divmod(floored, scale)
    return f"{whole}.{frac:0{decimals}d}%" if decimals else f"{whole}%"


@dataclass(frozen=True)
class PosterData:
    """What a poster shows; votes and funds build one from their own figures."""

    title: str
    overall: Ratio
    buildings: Sequence[tuple[str, Ratio]]
    caption: str = ""  # e.g. "已参与 535 户 / 共 802 户"
    target: Ratio | None = None  # a threshold line, e.g. Fraction(2, 3)
    target_label: str = ""  # e.g. "三分之二"


class BuildingBars(Flowable):
    """A column per building: label below, percentage above, filled to its fraction; wraps into rows."""

    def __init__(self, buildings: Sequence[tuple[str, Ratio]], *, target: Ratio | None = None, target_label: str = "",
                 max_height: float = 400):
        super().__init__()
        self.items = [(str(b), as_fraction(v)) for b, v in buildings]
        self.target = None if target is None else as_fraction(target)
        self.target_label = target_label
        self.max_height = max_height
        self.font_size = 16.0

    def _layout(self, width: float) -> tuple[int, int, float, bool, bool]:
        """(columns per row, rows, font size, labels say 号楼, percentages carry %), largest that fits in one row."""
        n = max(1, len(self.items))
        options = []
        for size in (16, 14, MIN_BODY_PT):
            for long_labels, with_sign in ((True, True), (False, True), (False, False)):
                labels = [f"{b}号楼" if long_labels else b for b, _ in self.items] or ["0"]
                need = max(max(pdfmetrics.stringWidth(t, register_fonts(), size) for t in labels),
                           pdfmetrics.stringWidth("100%" if with_sign else "100", register_fonts(), size)) + 3
                cols = max(1, int(width // need))
                options.append((min(cols, n), math.ceil(n / cols), size, long_labels, with_sign))
                if cols >= n:
                    return options[-1]
        return options[-1]  # too many buildings for one row even at 12 pt: wrap into rows

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab API
        self.width = availWidth
        cols, rows, size, _, _ = self._layout(availWidth)
        minimum = rows * (size * 3 + 40)
        self.height = max(minimum, min(availHeight, self.max_height))
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        cols, rows, size, long_labels, with_sign = self._layout(self.width)
        row_h = self.height / max(rows, 1)
        col_w = self.width / max(cols, 1)
        bar_w = min(col_w * 0.62, 60)
        for i, (building, frac) in enumerate(self.items):
            r, k = divmod(i, cols)
            base = self.height - (r + 1) * row_h + size * 1.6  # baseline above the label
            top = self.height - r * row_h - size * 1.8  # room for the percentage above a full bar
            bar_h = max(top - base, 10)
            x = k * col_w + (col_w - bar_w) / 2
            c.setFillColor(BAR_EMPTY)
            c.rect(x, base, bar_w, bar_h, stroke=0, fill=1)
            c.setFillColor(BAR)
            c.rect(x, base, bar_w, bar_h * float(frac), stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont(register_fonts(), size)
            label = f"{building}号楼" if long_labels else building
            c.drawCentredString(k * col_w + col_w / 2, base - size * 1.2, label)
            c.drawCentredString(k * col_w + col_w / 2, base + bar_h * float(frac) + size * 0.35,
                                percent_text(frac, 0) if with_sign else percent_text(frac, 0).rstrip("%"))
            if self.target is not None:
                y = base + bar_h * float(self.target)
                c.setStrokeColor(TARGET)
                c.setLineWidth(1.5)
                c.setDash(4, 3)
                c.line(x - 3, y, x + bar_w + 3, y)
                c.setDash()


def poster_story(data: PosterData, *, size: str = "A4") -> list[Flowable]:
    width = content_width(size, landscape=True)
    huge = 150 if size.upper() == "A3" else 110
    story: list[Flowable] = [fitted_title(data.title, width, max_size=44 if size.upper() == "A3" else 34)]
    story.append(para(percent_text(data.overall), "title", fontSize=huge, leading=huge * 1.05, alignment=TA_CENTER,
                      textColor=BAR, spaceAfter=2 * mm))
    if data.caption:
        story.append(para(data.caption, "body_center", fontSize=22 if size.upper() == "A3" else 18,
                          leading=30 if size.upper() == "A3" else 24))
    story.append(Spacer(1, 3 * mm))
    if data.buildings:
        legend = "各楼进度（柱下为楼号，柱上为百分比）"
        if data.target is not None and data.target_label:
            legend += f"　红色虚线：{data.target_label}"
        story.append(para(legend, "small", textColor=colors.HexColor("#444444")))
        story.append(BuildingBars(data.buildings, target=data.target, target_label=data.target_label,
                                  max_height=420 if size.upper() == "A3" else 260))
    return story


class ProgressPoster(Document):
    """A landscape poster (``size`` "A4" or "A3") of what ``poster_data`` counts."""

    landscape = True

    def __init__(self, *, size: str = "A4", on: date | None = None) -> None:
        super().__init__(on=on)
        self.size = size

    @abstractmethod
    def poster_data(self) -> PosterData:
        """The title and fractions to show; sets ``station_name`` where it reads the station."""

    def story(self) -> list[Flowable]:
        data = self.poster_data()
        self.title = data.title
        return poster_story(data, size=self.size)


class AttendancePoster(ProgressPoster):
    """Meeting attendance per building, from counts the caller gathered (one meeting, a series, all)."""

    kind: ClassVar[str] = "attendance-poster"

    def __init__(self, data: PosterData, *, station_name: str, size: str = "A4", on: date | None = None) -> None:
        super().__init__(size=size, on=on)
        self.data = data
        self.station_name = station_name

    def poster_data(self) -> PosterData:
        return self.data


def poster_data_from_counts(title: str, counts: Sequence[tuple[str, int, int]], *, caption_unit: str = "户",
                            verb: str = "已参与", target: Ratio | None = None, target_label: str = "") -> PosterData:
    """Build poster data from (building, done, total) counts; the caption says "已参与 x 户 / 共 y 户"."""
    done = sum(d for _, d, _ in counts)
    total = sum(t for _, _, t in counts)
    return PosterData(title, (done, total), [(b, (d, t)) for b, d, t in counts],
                      caption=f"{verb} {done} {caption_unit} / 共 {total} {caption_unit}", target=target,
                      target_label=target_label)


__all__ = ["AttendancePoster", "BuildingBars", "PosterData", "ProgressPoster", "as_fraction", "percent_text",
           "poster_data_from_counts"]
