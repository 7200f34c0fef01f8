"""A vote's plan: its sections and items, the plan file stations share, and the answers to its items.

A plan comes from the GUI or from a JSON file (see ``resources/examples/plan-example.json``);
``parse_plan`` checks either, collecting every problem with its place
(``sections[0].items[1].options``). An answer is read as typed or printed (同意, 不同意, 弃权, 1/2/3, an
option's label or number) and shown back the same way on screen, on paper and in the audit trail.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from mutual_aid_desk.core import values
from mutual_aid_desk.core.tally import ABSTAIN, AGREE, DISAGREE, KINDS, MATTERS, SCOPES, Rule
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, NotFound, Problem, ValidationError

YESNO_LABELS = {AGREE: "同意", DISAGREE: "不同意", ABSTAIN: "弃权"}
YESNO_JSON = {AGREE: "agree", DISAGREE: "disagree", ABSTAIN: "abstain"}
_YESNO_WORDS = {
    "同意": AGREE, "agree": AGREE, "yes": AGREE, "y": AGREE, "赞成": AGREE, "是": AGREE, "√": AGREE, "1": AGREE,
    "不同意": DISAGREE, "disagree": DISAGREE, "no": DISAGREE, "n": DISAGREE, "反对": DISAGREE, "否": DISAGREE,
    "×": DISAGREE, "2": DISAGREE,
    "弃权": ABSTAIN, "abstain": ABSTAIN, "3": ABSTAIN,
}
SPLIT = re.compile(r"[,，、;；|/]+")
_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,11}$")

REASON_REQUIRED = QT_TRANSLATE_NOOP("Problems", "this is needed")
REASON_MATTER = QT_TRANSLATE_NOOP("Problems", "the matter class is major, ordinary or custom")
REASON_THRESHOLDS_ONLY_CUSTOM = QT_TRANSLATE_NOOP("Problems", "thresholds are set only for a custom matter class; major and ordinary follow the law")
REASON_DATES_ORDER = QT_TRANSLATE_NOOP("Problems", "the vote closes before it opens")
REASON_NO_ITEMS = QT_TRANSLATE_NOOP("Problems", "a plan needs at least one section with at least one item")
REASON_KEY = QT_TRANSLATE_NOOP("Problems", "an item key is 1 to 12 letters or digits, such as A1")
REASON_KEY_TAKEN = QT_TRANSLATE_NOOP("Problems", "the key {key} is used by another item")
REASON_KIND = QT_TRANSLATE_NOOP("Problems", "the kind is yesno, choice or multi")
REASON_SCOPE = QT_TRANSLATE_NOOP("Problems", "the scope is compound, building, unit or household")
REASON_OPTIONS = QT_TRANSLATE_NOOP("Problems", "a choice needs at least two different options")
REASON_NO_OPTIONS = QT_TRANSLATE_NOOP("Problems", "a yes/no item has no options")
REASON_MAX_PICKS = QT_TRANSLATE_NOOP("Problems", "the maximum number of picks is from 1 to the number of options")
REASON_NOT_A_PLAN = QT_TRANSLATE_NOOP("Problems", "not a plan file: {error}")
REASON_UNKNOWN_ITEM = QT_TRANSLATE_NOOP("Problems", "no item {key} in this plan")
REASON_UNKNOWN_OPTION = QT_TRANSLATE_NOOP("Problems", "not an answer to this item: use {choices}")
REASON_TWICE = QT_TRANSLATE_NOOP("Problems", "the item is answered twice")
REASON_TOO_MANY = QT_TRANSLATE_NOOP("Problems", "at most {max} picks for this item")


STATE_WORDS = {"open": "进行中", "past_closing": "已截止", "closed": "已关闭"}


def vote_state(status: str, closes: date | None, today: date | None = None) -> str:
    """'closed' once a coordinator closed it; 'past_closing' after the closing day; else 'open'."""
    if status == "closed":
        return "closed"
    if closes is not None and (today or date.today()) > closes:
        return "past_closing"
    return "open"


# --- plans ----------------------------------------------------------------------------------------


@dataclass
class ItemSpec:
    key: str
    title: str
    kind: str = "yesno"
    scope: str = "compound"
    options: list[str] = field(default_factory=list)
    max_picks: int = 1
    id: int | None = None

    def answer_count(self) -> int:
        return 3 if self.kind == "yesno" else len(self.options)

    def labels(self) -> list[str]:
        """Answer labels in key order: 1 同意, 2 不同意, 3 弃权; or the options."""
        return [YESNO_LABELS[v] for v in (AGREE, DISAGREE, ABSTAIN)] if self.kind == "yesno" else list(self.options)

    def json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"key": self.key, "title": self.title, "kind": self.kind, "scope": self.scope}
        if self.kind != "yesno":
            out["options"] = list(self.options)
        if self.kind == "multi":
            out["max_picks"] = self.max_picks
        return out


@dataclass
class SectionSpec:
    title: str
    items: list[ItemSpec] = field(default_factory=list)


@dataclass
class PlanSpec:
    """A plan as drawn up, before or after it is saved (``id``, ``status`` and ``version`` then set)."""

    title: str
    matter: str = "major"
    rule: Rule = field(default_factory=Rule.major)
    description: str = ""
    buildings: list[str] = field(default_factory=list)
    opens: date | None = None
    closes: date | None = None
    sections: list[SectionSpec] = field(default_factory=list)
    double_entry: bool = False
    id: int | None = None
    status: str = "open"
    version: int = 1

    def state(self, today: date | None = None) -> str:
        return vote_state(self.status, self.closes, today)

    @property
    def vote_id(self) -> int:
        """The id of the saved vote (a plan read back from the station has one)."""
        if self.id is None:
            raise NotFound(f"The plan '{self.title}' is not saved as a vote.")
        return self.id

    @property
    def items(self) -> list[ItemSpec]:
        return [i for s in self.sections for i in s.items]

    def item(self, key: str) -> ItemSpec:
        for i in self.items:
            if i.key.upper() == key.strip().upper():
                return i
        raise ValidationError.single("item", key, REASON_UNKNOWN_ITEM, key=key)

    def json(self) -> dict[str, Any]:
        """The plan-file form, as read by ``parse_plan``."""
        out: dict[str, Any] = {"title": self.title, "matter": self.matter}
        if self.description:
            out["description"] = self.description
        if self.matter == "custom":
            out["thresholds"] = self.rule.json()
        if self.buildings:
            out["buildings"] = list(self.buildings)
        if self.opens:
            out["opens"] = self.opens.isoformat()
        if self.closes:
            out["closes"] = self.closes.isoformat()
        if self.double_entry:
            out["double_entry"] = True
        out["sections"] = [{"title": s.title, "items": [i.json() for i in s.items]} for s in self.sections]
        return out


def _day(value: Any, name: str, problems: list[Problem]) -> date | None:
    """A plan's opening or closing day (blank: none); a problem when it is not a date."""
    try:
        return values.parse_optional_date(value, name)
    except ValidationError as exc:
        problems.extend(exc.problems)
        return None


def parse_plan(data: Mapping[str, Any]) -> PlanSpec:
    """Check a plan as read from JSON (or built by the plan form), collecting every problem.

    Raises:
        ValidationError: each problem names its place, e.g. ``sections[0].items[1].options``.
    """
    problems: list[Problem] = []
    if not isinstance(data, Mapping):
        raise ValidationError.single("plan", type(data).__name__, REASON_NOT_A_PLAN, error="expected an object")
    title = values.written(data.get("title"))
    if not title:
        problems.append(Problem("title", data.get("title"), REASON_REQUIRED))
    matter = values.folded(data.get("matter") or "major").lower()
    rule = Rule.major()
    if matter not in MATTERS:
        problems.append(Problem("matter", data.get("matter"), REASON_MATTER))
    elif matter != "custom" and data.get("thresholds"):
        problems.append(Problem("thresholds", json.dumps(data.get("thresholds"), ensure_ascii=False),
                                REASON_THRESHOLDS_ONLY_CUSTOM))
    else:
        try:
            rule = Rule.from_plan(matter, data.get("thresholds") if isinstance(data.get("thresholds"), dict) else {})
        except ValidationError as exc:
            problems.extend(exc.problems)
    buildings_raw = data.get("buildings") or []
    if isinstance(buildings_raw, str):
        buildings_raw = [b for b in SPLIT.split(buildings_raw) if b.strip()]
    buildings: list[str] = []
    for b in buildings_raw:
        b = values.folded(b).upper().lstrip("0") or "0"
        if b not in buildings:
            buildings.append(b)
    opens = _day(data.get("opens"), "opens", problems)
    closes = _day(data.get("closes"), "closes", problems)
    if opens and closes and closes < opens:
        problems.append(Problem("closes", closes.isoformat(), REASON_DATES_ORDER))
    sections: list[SectionSpec] = []
    seen_keys: set[str] = set()
    for s_index, s in enumerate(data.get("sections") or []):
        where = f"sections[{s_index}]"
        if not isinstance(s, Mapping):
            problems.append(Problem(where, s, REASON_NOT_A_PLAN, {"error": "expected an object"}))
            continue
        s_title = values.written(s.get("title"))
        if not s_title:
            problems.append(Problem(f"{where}.title", s.get("title"), REASON_REQUIRED))
        section = SectionSpec(s_title)
        for i_index, raw in enumerate(s.get("items") or []):
            at = f"{where}.items[{i_index}]"
            if not isinstance(raw, Mapping):
                problems.append(Problem(at, raw, REASON_NOT_A_PLAN, {"error": "expected an object"}))
                continue
            item = _parse_item(raw, at, seen_keys, problems)
            if item:
                section.items.append(item)
        sections.append(section)
    if not any(s.items for s in sections) and not any(p.field.startswith("sections") for p in problems):
        problems.append(Problem("sections", "", REASON_NO_ITEMS))
    if problems:
        raise ValidationError(problems)
    return PlanSpec(title=title, matter=matter, rule=rule, description=values.written(data.get("description")),
                    buildings=buildings, opens=opens, closes=closes, sections=sections,
                    double_entry=bool(data.get("double_entry", False)))


def _parse_item(raw: Mapping[str, Any], at: str, seen_keys: set[str], problems: list[Problem]) -> ItemSpec | None:
    key = values.folded(raw.get("key")).upper()
    before = len(problems)
    if not _KEY.match(key):
        problems.append(Problem(f"{at}.key", raw.get("key"), REASON_KEY))
    elif key in seen_keys:
        problems.append(Problem(f"{at}.key", key, REASON_KEY_TAKEN, {"key": key}))
    seen_keys.add(key)
    title = values.written(raw.get("title"))
    if not title:
        problems.append(Problem(f"{at}.title", raw.get("title"), REASON_REQUIRED))
    kind = values.folded(raw.get("kind") or "yesno").lower()
    kind = {"single": "choice", "multiple": "multi"}.get(kind, kind)
    if kind not in KINDS:
        problems.append(Problem(f"{at}.kind", raw.get("kind"), REASON_KIND))
    scope = values.folded(raw.get("scope") or "compound").lower()
    if scope not in SCOPES:
        problems.append(Problem(f"{at}.scope", raw.get("scope"), REASON_SCOPE))
    options = [values.written(o) for o in (raw.get("options") or [])]
    max_picks = 1
    if kind == "yesno" and options:
        problems.append(Problem(f"{at}.options", ",".join(options), REASON_NO_OPTIONS))
    if kind in ("choice", "multi"):
        if len(options) < 2 or len(set(options)) != len(options) or not all(options):
            problems.append(Problem(f"{at}.options", ",".join(options), REASON_OPTIONS))
        if kind == "multi":
            try:
                max_picks = int(raw.get("max_picks") or len(options))
            except (TypeError, ValueError):
                max_picks = 0
            if not 1 <= max_picks <= max(1, len(options)):
                problems.append(Problem(f"{at}.max_picks", raw.get("max_picks"), REASON_MAX_PICKS))
    if len(problems) > before:
        return None
    return ItemSpec(key, title, kind, scope, options, max_picks)


def load_plan_file(path: Path) -> PlanSpec:
    """Read a plan from a JSON file (UTF-8).

    Raises:
        ValidationError: the file is not JSON, or the plan has problems.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError.single("file", path.name, REASON_NOT_A_PLAN, error=str(exc)) from None
    return parse_plan(data)



# --- answers --------------------------------------------------------------------------------------


def parse_answer(item: ItemSpec, raw: Any, field_name: str | None = None) -> tuple[int, ...]:
    """An answer as typed or printed (同意, 不同意, 弃权, 1/2/3, an option label or number) → values.

    Blank means not answered: ``()``.

    Raises:
        ValidationError: unknown option, an item answered twice, or too many picks.
    """
    name = field_name or item.key
    text_ = values.written(raw)
    if isinstance(raw, (list, tuple)):
        parts = [values.written(p) for p in raw if values.written(p)]
    elif not text_:
        return ()
    else:
        parts = [text_] if _lookup(item, text_) is not None else [p.strip() for p in SPLIT.split(text_) if p.strip()]
    picked: list[int] = []
    for part in parts:
        value = _lookup(item, part)
        if value is None:
            raise ValidationError.single(name, raw if not isinstance(raw, (list, tuple)) else ",".join(map(str, raw)),
                                         REASON_UNKNOWN_OPTION, choices=choices_text(item))
        if value in picked or (picked and item.kind != "multi"):
            raise ValidationError.single(name, text_ or ",".join(parts), REASON_TWICE)
        picked.append(value)
    if item.kind == "multi" and len(picked) > item.max_picks:
        raise ValidationError.single(name, text_ or ",".join(parts), REASON_TOO_MANY, max=item.max_picks)
    return tuple(sorted(picked))


def _lookup(item: ItemSpec, part: str) -> int | None:
    low = values.folded(part).lower()
    if item.kind == "yesno":
        return _YESNO_WORDS.get(low)
    for number, label in enumerate(item.options, start=1):
        if label == part or values.folded(label).lower() == low:
            return number
    if part.isdigit() and 1 <= int(part) <= len(item.options):
        return int(part)
    return None


def choices_text(item: ItemSpec) -> str:
    if item.kind == "yesno":
        return "同意/不同意/弃权 (1/2/3)"
    return "/".join(f"{n} {o}" for n, o in enumerate(item.options, start=1))


def answer_json(item: ItemSpec, picked: Sequence[int]) -> Any:
    """How an answer reads in history and the audit trail: 'agree', a label, or a list of labels."""
    if not picked:
        return None
    if item.kind == "yesno":
        return YESNO_JSON[picked[0]]
    labels = [item.options[v - 1] for v in picked]
    return labels if item.kind == "multi" else labels[0]


def answer_label(item: ItemSpec, picked: Sequence[int]) -> str:
    """How an answer reads on screen and paper: 同意, 米黄, 米黄、浅灰; blank when unanswered."""
    if not picked:
        return ""
    if item.kind == "yesno":
        return YESNO_LABELS[picked[0]]
    return "、".join(item.options[v - 1] for v in picked)



Answers = dict[str, tuple[int, ...]]
