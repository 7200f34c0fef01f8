"""Notice templates: shipped defaults, the station's edited copy, reset, and unknown placeholders."""

from __future__ import annotations

from datetime import date

import pytest

from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.templates import default_names, placeholders
from mutual_aid_desk.errors import NotFound, ValidationError
from mutual_aid_desk.reports.notice import Notice

ON = date(2026, 11, 21)


def _with_settings(station: Station) -> Station:
    station.settings.update(name="幸福里居民自治互助站", phone="021-62345678", community="幸福里社区")
    return station


def test_defaults_ship_in_resources(station: Station) -> None:
    assert {"general", "meeting", "publicity", "reminder"} <= set(default_names())
    general = station.meetings.templates.get("general")
    assert not general.customised and general.fill_in_fields() == ["title", "body"]
    assert [t.name for t in station.meetings.templates.names()][:4] == sorted(default_names())[:4]


def test_render_fills_station_fields_and_given_values(station: Station) -> None:
    _with_settings(station)
    text = station.meetings.templates.render("general", {"title": "停水通知", "body": "明天停水。"}, on=ON)
    assert text.title == "停水通知"
    assert "明天停水。" in text.body and "{" not in text.body
    assert text.closing == "幸福里居民自治互助站\n2026年11月21日"


def test_an_unknown_placeholder_is_reported_by_name_before_printing(station: Station) -> None:
    _with_settings(station)
    templates = station.meetings.templates
    templates.save("general", title="{title}", body="{body}\n联系人：{contact}", closing="{statoin}\n{date}")
    with pytest.raises(ValidationError) as err:
        Notice(station, "general", {"title": "停水通知", "body": "明天停水。"}, on=ON).render()
    named = {p.value for p in err.value.problems}
    assert named == {"{contact}", "{statoin}"}
    message = str(err.value)
    assert "missing value for {contact} (联系人)" in message
    assert "unknown placeholder {statoin}: did you mean {station}?" in message
    # Given values, it prints, and nothing of the braces reaches the page.
    pdf = Notice(station, "general", {"title": "停水通知", "body": "明天停水。", "contact": "王阿姨",
                                      "statoin": "幸福里"}, on=ON).render()
    assert pdf.startswith(b"%PDF")


def test_a_missing_value_names_the_placeholder_and_the_near_miss(station: Station) -> None:
    _with_settings(station)
    with pytest.raises(ValidationError) as err:
        station.meetings.templates.render("general", {"title": "x", "bdy": "y"})
    assert "unknown placeholder {body}: a value was given for bdy instead" in str(err.value)


def test_an_empty_optional_station_field_leaves_its_line_out_not_printed_blank(station: Station) -> None:
    station.settings.update(name="幸福里居民自治互助站")
    text = station.meetings.templates.render("reminder", {"body": "降温了"})
    assert "电话" not in text.body and "{" not in text.body and "降温了" in text.body
    assert text.left_out == ("如有困难，请联系互助站志愿者，电话 {phone}。",)


def test_an_empty_station_name_is_still_reported_not_printed_blank(station: Station) -> None:
    station.settings.update(name="")
    with pytest.raises(ValidationError, match="station's station is not filled in"):
        station.meetings.templates.render("reminder", {"body": "降温了"})


def test_braces_lone_and_doubled(station: Station) -> None:
    _with_settings(station)
    templates = station.meetings.templates
    with pytest.raises(ValidationError, match="lone brace"):
        templates.save("mine", title="{title", body="x", closing="")
    saved = templates.save("mine", title="{{重要}} {title}", body="{body}", closing="")
    assert saved.customised and not saved.has_default
    text = templates.render("mine", {"title": "通知", "body": "值里有 {括号} 原样印出"})
    assert text.title == "{重要} 通知"
    assert text.body == "值里有 {括号} 原样印出"
    assert placeholders("{a} {{b}} { c }") == ["a", "c"]


def test_a_station_edits_its_copy_and_resets_it(station: Station) -> None:
    _with_settings(station)
    templates = station.meetings.templates
    edited = templates.save("general", title="【通知】{title}", body="{body}", closing="{station}")
    assert edited.customised and edited.version == 1
    assert templates.get("general").title == "【通知】{title}"
    assert templates.render("general", {"title": "停电", "body": "x"}).title == "【通知】停电"
    back = templates.reset("general")
    assert not back.customised and back.title == "{title}"
    assert templates.get("general").title == "{title}"
    assert [e.action for e in station.audit.list(entity="notice_template")] == ["reset", "create"]
    with pytest.raises(NotFound):
        templates.reset("mine-without-default")
    with pytest.raises(NotFound):
        templates.get("nosuch")
