"""Notice templates with named placeholders: shipped defaults, the station's own copies, filling in.

A template has a title, a body and a closing (usually the station and the date), each with
placeholders in braces: ``{station}``, ``{date}``, ``{title}``, ``{body}`` ... Station placeholders
are filled from the settings; every other placeholder needs a value from whoever prints. One that
has none is *unknown*: ``render`` reports every such name before anything is printed, so a notice
never reaches a stairwell with "{titel}" on it. ``{{`` and ``}}`` print literal braces.

Defaults ship as TOML files in ``resources/templates/<name>.toml``; a station's edited copy is a
``NoticeTemplate`` row, and resetting deletes the row so the default shows again.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import select

from mutual_aid_desk.core.values import format_date_zh
from mutual_aid_desk.db.tables import NoticeTemplate
from mutual_aid_desk.db.tables.common import now
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFound, Problem, ValidationError
from mutual_aid_desk.paths import resources_dir

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station

#: Filled from the station's settings and the print date; never asked for.
STATION_PLACEHOLDERS = ("station", "date", "phone", "community", "street", "compound", "address")
#: Station placeholders a notice can do without: a line of the body or closing that needs one the
#: station has not filled in is left out (and said so), rather than the whole notice refused.
OPTIONAL_PLACEHOLDERS = ("phone", "community", "street", "compound", "address")
#: How the editor and the fill-in form name common placeholders.
PLACEHOLDER_LABELS = {
    "station": "互助站名称", "date": "落款日期", "phone": "联系电话", "community": "社区", "street": "街道",
    "compound": "小区", "title": "标题", "body": "正文", "period": "公示期", "time": "时间", "place": "地点",
    "meeting_date": "会议日期", "invited": "参加人员", "agenda": "议程", "contact": "联系人", "address": "地址",
}
PARTS = ("title", "body", "closing")

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}\n]*)\}|[{}]")
_NAME = re.compile(r"[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_\u4e00-\u9fff]*")

REASON_MISSING = QT_TRANSLATE_NOOP("Problems", "missing value for {{{name}}}: the template asks for it; give it a value")
REASON_MISSING_LABEL = QT_TRANSLATE_NOOP("Problems", "missing value for {{{name}}} ({label}): the template asks for it; give it a value")
REASON_UNKNOWN = QT_TRANSLATE_NOOP("Problems", "unknown placeholder {{{name}}}: give it a value or correct it")
REASON_UNKNOWN_HINT = QT_TRANSLATE_NOOP("Problems", "unknown placeholder {{{name}}}: did you mean {{{hint}}}?")
REASON_UNKNOWN_GIVEN = QT_TRANSLATE_NOOP("Problems", "unknown placeholder {{{name}}}: a value was given for {given} instead; check the spelling")
REASON_BAD_BRACE = QT_TRANSLATE_NOOP("Problems", "a lone brace or an empty placeholder {text}: write {{{{ or }}}} for a brace")
REASON_NAME = QT_TRANSLATE_NOOP("Problems", "a template name uses letters, digits, - and _ (at most 40)")
REASON_EMPTY = QT_TRANSLATE_NOOP("Problems", "the template has no title and no body")
REASON_STATION_EMPTY = QT_TRANSLATE_NOOP("Problems", "the station's {name} is not filled in: set it in the station settings, or give a value")
NO_DEFAULT = QT_TRANSLATE_NOOP("Errors", "The template {name} has no shipped default to reset to.")
NO_TEMPLATE = QT_TRANSLATE_NOOP("Errors", "No notice template named {name}.")


@dataclass(frozen=True)
class TemplateText:
    """A template's three parts, as stored or shipped."""

    name: str
    label: str
    title: str
    body: str
    closing: str
    customised: bool = False  # the station edited it (a database copy exists)
    has_default: bool = True
    version: int = 0

    def placeholders(self) -> list[str]:
        """Placeholder names in order of first appearance (title, body, closing)."""
        seen: dict[str, None] = {}
        for part in (self.title, self.body, self.closing):
            for name in placeholders(part):
                seen.setdefault(name, None)
        return list(seen)

    def fill_in_fields(self) -> list[str]:
        """Placeholders a person must give a value for (everything but the station's own)."""
        return [p for p in self.placeholders() if p not in STATION_PLACEHOLDERS]

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "label": self.label, "title": self.title, "body": self.body,
                "closing": self.closing, "customised": self.customised, "fields": self.fill_in_fields()}


@dataclass(frozen=True)
class RenderedNotice:
    title: str
    body: str
    closing: str
    #: Lines of the template left out because an optional station field is empty, as written
    #: in the template (``联系电话：{phone}``), so whoever prints can be told.
    left_out: tuple[str, ...] = ()


def placeholders(text: str) -> list[str]:
    return [m.group(1).strip() for m in _TOKEN.finditer(text or "") if m.group(1) is not None and m.group(1).strip()]


def check_syntax(text: str, part: str = "body") -> list[Problem]:
    """Lone braces and empty ``{}`` are reported; ``{{``/``}}`` are fine."""
    problems = []
    for m in _TOKEN.finditer(text or ""):
        tok = m.group(0)
        if tok in ("{{", "}}"):
            continue
        if m.group(1) is None or not _NAME.fullmatch(m.group(1).strip()):
            context = text[max(0, m.start() - 6): m.end() + 6].replace("\n", " ")
            problems.append(Problem(part, context, REASON_BAD_BRACE, {"text": tok}))
    return problems


def fill(text: str, values: Mapping[str, str]) -> str:
    """Replace every placeholder in one pass (a value containing braces is printed as it is)."""
    def sub(m: re.Match[str]) -> str:
        tok = m.group(0)
        if tok == "{{":
            return "{"
        if tok == "}}":
            return "}"
        return str(values[m.group(1).strip()])

    return _TOKEN.sub(sub, text or "")


def unknown_placeholders(template: TemplateText, values: Mapping[str, Any]) -> list[Problem]:
    """One problem per placeholder without a value (and per bad brace), naming it."""
    problems: list[Problem] = []
    for part in PARTS:
        problems.extend(check_syntax(getattr(template, part), part))
    known = set(values)
    for name in template.placeholders():
        if name in known and str(values[name]).strip():
            continue
        if name in STATION_PLACEHOLDERS and name in known:
            problems.append(Problem("placeholder", "{" + name + "}", REASON_STATION_EMPTY, {"name": name}))
            continue
        hint = difflib.get_close_matches(name, STATION_PLACEHOLDERS, n=1, cutoff=0.75)
        given = difflib.get_close_matches(name, sorted(known - set(STATION_PLACEHOLDERS)), n=1, cutoff=0.6)
        if hint:
            problems.append(Problem("placeholder", "{" + name + "}", REASON_UNKNOWN_HINT, {"name": name, "hint": hint[0]}))
        elif given:
            problems.append(Problem("placeholder", "{" + name + "}", REASON_UNKNOWN_GIVEN, {"name": name, "given": given[0]}))
        elif name in PLACEHOLDER_LABELS:
            problems.append(Problem("placeholder", "{" + name + "}", REASON_MISSING_LABEL,
                                    {"name": name, "label": PLACEHOLDER_LABELS[name]}))
        else:
            problems.append(Problem("placeholder", "{" + name + "}", REASON_MISSING, {"name": name}))
    return problems


def without_empty_optional_lines(template: TemplateText, values: Mapping[str, Any]) -> tuple[TemplateText, tuple[str, ...]]:
    """The template minus body and closing lines that need an optional station field left empty.

    Returns the shortened template and the lines it dropped, as written in the template.
    """
    empty = {n for n in OPTIONAL_PLACEHOLDERS if n in values and not str(values[n]).strip()}
    if not empty:
        return template, ()
    dropped: list[str] = []
    parts: dict[str, Any] = {}  # title/body/closing → its text, for dataclasses.replace
    for part in ("body", "closing"):
        kept = []
        for line in (getattr(template, part) or "").split("\n"):
            if empty & set(placeholders(line)):
                dropped.append(line.strip())
            else:
                kept.append(line)
        parts[part] = "\n".join(kept)
    if not dropped:
        return template, ()
    return replace(template, **parts), tuple(dropped)


def defaults_dir() -> Path:
    return resources_dir() / "templates"


def load_default(name: str) -> TemplateText | None:
    path = defaults_dir() / f"{name}.toml"
    if not path.is_file():
        return None
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return TemplateText(name, str(data.get("label", name)), str(data.get("title", "")), str(data.get("body", "")),
                        str(data.get("closing", "")))


def default_names() -> list[str]:
    folder = defaults_dir()
    return sorted(p.stem for p in folder.glob("*.toml")) if folder.is_dir() else []


def _audit(t: NoticeTemplate) -> dict[str, Any]:
    return {"name": t.name, "label": t.label, "title": t.title, "body": t.body, "closing": t.closing}


class TemplateService:
    """The station's notice templates; reached as ``station.meetings.templates``."""

    def __init__(self, station: Station):
        self._station = station

    def station_values(self, on: date | None = None) -> dict[str, str]:
        st = self._station.settings.get()
        compounds = [c.strip() for c in (st.compounds or "").splitlines() if c.strip()]
        return {"station": st.name or "", "date": format_date_zh(on or date.today()), "phone": st.phone or "",
                "community": st.community or "", "street": st.street or "", "compound": "、".join(compounds),
                "address": st.address or ""}

    def names(self) -> list[TemplateText]:
        """Every template: shipped defaults (or the station's copy of them), then the station's own."""
        with self._station.read() as s:
            rows = {r.name: r for r in s.exec(select(NoticeTemplate)).all()}
        out: list[TemplateText] = []
        for name in default_names():
            template = self._from_row(rows.pop(name)) if name in rows else load_default(name)
            if template is not None:  # default_names lists only the files there are
                out.append(template)
        out.extend(self._from_row(rows[n]) for n in sorted(rows))
        return out

    def _from_row(self, r: NoticeTemplate) -> TemplateText:
        has_default = (defaults_dir() / f"{r.name}.toml").is_file()
        return TemplateText(r.name, r.label or r.name, r.title, r.body, r.closing, True, has_default, r.version)

    def get(self, name: str) -> TemplateText:
        """The station's copy if it edited one, else the shipped default.

        Raises:
            NotFound: no such template.
        """
        with self._station.read() as s:
            row = s.exec(select(NoticeTemplate).where(NoticeTemplate.name == name)).first()
        if row is not None:
            return self._from_row(row)
        default = load_default(name)
        if default is None:
            raise NotFound(NO_TEMPLATE, name=name)
        return default

    def default(self, name: str) -> TemplateText:
        t = load_default(name)
        if t is None:
            raise NotFound(NO_DEFAULT, name=name)
        return t

    def save(self, name: str, *, title: str, body: str, closing: str, label: str | None = None,
             expected_version: int | None = None) -> TemplateText:
        """Store the station's copy; braces are checked, placeholders may be anything (asked at print)."""
        name = (name or "").strip()
        problems: list[Problem] = []
        if not re.fullmatch(r"[A-Za-z0-9_\-\u4e00-\u9fff]{1,40}", name):
            problems.append(Problem("name", name, REASON_NAME))
        for part, text in (("title", title), ("body", body), ("closing", closing)):
            problems.extend(check_syntax(text, part))
        if not (title or "").strip() and not (body or "").strip():
            problems.append(Problem("body", "", REASON_EMPTY))
        if problems:
            raise ValidationError(problems)
        with self._station.write() as uow:
            row = uow.session.exec(select(NoticeTemplate).where(NoticeTemplate.name == name)).first()
            before = None if row is None else _audit(row)
            if row is None:
                default = load_default(name)
                row = NoticeTemplate(name=name, label=label or (default.label if default else name), version=0)
            elif expected_version is not None and row.version != expected_version:
                raise ConflictError(QT_TRANSLATE_NOOP("Errors", "changed by {who} at {at}: reload"),
                                    who=row.updated_by, at=row.updated_at)
            row.title, row.body, row.closing = title.strip(), body.strip("\n"), closing.strip("\n")
            if label:
                row.label = label.strip()
            row.version += 1
            row.updated_at, row.updated_by = now(), uow.operator.name
            uow.session.add(row)
            uow.record("notice_template", name, "update" if before else "create", before, _audit(row))
        return self.get(name)

    def reset(self, name: str) -> TemplateText:
        """Forget the station's copy so the shipped default is used again."""
        default = self.default(name)
        with self._station.write() as uow:
            row = uow.session.exec(select(NoticeTemplate).where(NoticeTemplate.name == name)).first()
            if row is not None:
                uow.record("notice_template", name, "reset", _audit(row), None)
                uow.session.delete(row)
        return default

    def render(self, name_or_template: str | TemplateText, values: Mapping[str, Any] | None = None, *,
               on: date | None = None) -> RenderedNotice:
        """Fill a template; station placeholders come from the settings unless ``values`` overrides them.

        A body or closing line that needs an optional station field the station has not filled in
        (its phone, say) is left out and named in ``left_out``, rather than the notice refused.

        Raises:
            ValidationError: one problem per placeholder without a value (by name) or lone brace;
                nothing printed.
        """
        template = self.get(name_or_template) if isinstance(name_or_template, str) else name_or_template
        merged: dict[str, str] = self.station_values(on)
        merged.update({k.strip(): "" if v is None else str(v) for k, v in (values or {}).items()})
        template, left_out = without_empty_optional_lines(template, merged)
        problems = unknown_placeholders(template, merged)
        if problems:
            raise ValidationError(problems)
        return RenderedNotice(fill(template.title, merged).strip(), fill(template.body, merged).strip("\n"),
                              fill(template.closing, merged).strip("\n"), left_out)
