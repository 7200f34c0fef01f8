"""General notice (通知 / 公示 / 温馨提示) from one of the station's templates.

The template is filled first (``TemplateService.render``), so an unknown placeholder stops the
print with its name before any page exists. The sheet is A4: the title as large as fits (never
below 22 pt, wrapping if it must), the body in 18 pt paragraphs, and the closing lines (station,
date) at the right.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from mutual_aid_desk.core.integrity import station_head
from mutual_aid_desk.core.templates import RenderedNotice, TemplateText
from mutual_aid_desk.reports.document import StationDocument
from mutual_aid_desk.reports.styles import content_width, fitted_title, para

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station

BODY_PT = 18


def notice_story(text: RenderedNotice) -> list[Flowable]:
    width = content_width()
    story: list[Flowable] = [Spacer(1, 6 * mm), fitted_title(text.title, width, max_size=34), Spacer(1, 4 * mm)]
    for block in [b for b in text.body.split("\n\n") if b.strip()]:
        block = block.strip("\n")
        salutation = block.rstrip().endswith(("：", ":")) and "\n" not in block
        story.append(para(block, "body", fontSize=BODY_PT, leading=BODY_PT * 1.55,
                          firstLineIndent=0 if salutation else 2 * BODY_PT, spaceAfter=3 * mm))
    if text.closing.strip():
        story.append(Spacer(1, 10 * mm))
        story += [para(line, "body", fontSize=16, leading=24, alignment=TA_RIGHT)
                  for line in text.closing.split("\n") if line.strip()]
    return story


class Notice(StationDocument):
    """One of the station's templates filled with ``values`` (plus the station's own fields), on A4.

    ``render`` raises ``ValidationError`` (one problem per unknown placeholder, by name) or ``NotFound``
    (no template of that name) before anything is laid out.
    """

    kind: ClassVar[str] = "notice"

    def __init__(self, station: Station, template: str | TemplateText, values: Mapping[str, Any] | None = None, *,
                 on: date | None = None) -> None:
        super().__init__(station, on=on)
        self.template = template
        self.values = values or {}

    def story(self) -> list[Flowable]:
        text = self.station.meetings.templates.render(self.template, self.values, on=self.on)
        name = self.template if isinstance(self.template, str) else self.template.name
        self.titled(text.title or name)
        if name == "publicity" or "公示" in (text.title or ""):
            # Every 公示 carries the audit chain's head, so a later copy of the file can be checked against it.
            head = station_head(self.station).text_zh()
            return [*notice_story(text), Spacer(1, 6 * mm), para(head, "small")]
        return notice_story(text)
