"""``volunteer add | list | edit``, ``audit verify | list``, ``restore``: the roster and the trail."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

from mutual_aid_desk.cli import options
from mutual_aid_desk.cli.common import CliContext, Subcommands, arg, command, command_group, print_json, print_rows
from mutual_aid_desk.core.audit import AuditQuery
from mutual_aid_desk.core.integrity import verify_station
from mutual_aid_desk.core.masking import mask_phones, mask_phones_in_text
from mutual_aid_desk.core.operators import volunteer_json
from mutual_aid_desk.core.permissions import Permission
from mutual_aid_desk.core.restore import available_backups, backups_folder, restore_backup
from mutual_aid_desk.errors import DeskError, ValidationError
from mutual_aid_desk.paths import describe_station, is_server


class AuditBroken(DeskError):
    """``audit verify`` found an entry that does not fit the chain."""

    exit_code = 9


def _pad(text: str, width: int) -> str:
    """Left-align for a terminal, where a Chinese character takes two columns."""
    shown = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(1, width - shown)


def _yes_no(value: str) -> bool:
    v = value.strip().lower()
    if v in ("yes", "y", "true", "1", "是"):
        return True
    if v in ("no", "n", "false", "0", "否"):
        return False
    raise argparse.ArgumentTypeError(f"answer yes or no, not {value!r}")


def register(sub: Subcommands) -> None:
    vol = command_group(sub, "volunteer", "the volunteer roster")

    command(vol, "add", "put a person on the roster (coordinators only)", cmd_volunteer_add,
            arg("name", metavar="NAME"), arg("--role", default="volunteer", choices=["volunteer", "coordinator"]),
            arg("--pin", "--new-pin", dest="new_pin", metavar="P",
                help="the new person's PIN (4-12 digits; needed for a coordinator). The acting " "coordinator's own PIN goes before the command: --operator NAME --pin PIN"),
            arg("--phone", default="", metavar="PHONE"), arg("--notes", default="", metavar="TEXT"))

    command(vol, "list", "list the roster", cmd_volunteer_list,
            options.JSON_ARRAY,
            arg("--all", action="store_true", help="include people no longer active"))

    command(vol, "edit", "change a person on the roster (coordinators only)", cmd_volunteer_edit,
            arg("name", metavar="NAME"), arg("--rename", metavar="NEW_NAME"),
            arg("--role", choices=["volunteer", "coordinator"]), arg("--phone", metavar="PHONE"),
            arg("--notes", metavar="TEXT"), arg("--active", type=_yes_no, metavar="yes|no"),
            arg("--pin", "--new-pin", dest="new_pin", metavar="P", help="set a new PIN for this person"))

    aud = command_group(sub, "audit", "the tamper-evident audit trail")

    command(aud, "verify", "walk the hash chain and check every record against it; exit 0 if intact, " "9 naming each entry or record that does not fit", cmd_audit_verify,
            arg("--anchor", metavar="N:HASH",
                help="the audit head printed on a 公示 or receipt: the file must still hold that entry unchanged"))

    command(aud, "list", "list entries, newest first", cmd_audit_list,
            arg("--since", type=options.date_arg, metavar="DATE", help="from this day (YYYY-MM-DD)"),
            arg("--until", type=options.date_arg, metavar="DATE", help="up to and including this day"),
            arg("--operator", dest="by", metavar="NAME", help="only this person's entries"),
            arg("--entity", metavar="KIND", help="household, volunteer, station, export ..."),
            arg("--limit", type=int, metavar="N"), options.JSON_ARRAY)

    command(sub, "restore", "list backups, or restore one (checked first; the current file is kept)", cmd_restore,
            arg("backup", nargs="?", type=Path, metavar="BACKUP", help="the backup file; without it, list backups"),
            arg("--json", action="store_true", help="list backups as JSON"))


# --- volunteers -----------------------------------------------------------------------------------


def cmd_volunteer_add(ctx: CliContext) -> int:
    station = ctx.station(operator=True, permission=Permission.MANAGE_STATION)
    v = station.volunteers.add(ctx.args.name, ctx.args.role, pin=ctx.args.new_pin, phone=ctx.args.phone, notes=ctx.args.notes)
    print(f"added {v.name} as {v.role}")
    return 0


def cmd_volunteer_list(ctx: CliContext) -> int:
    people = ctx.personal().volunteers.list(active_only=not ctx.args.all)

    def phone(v: Any) -> str:
        return mask_phones(v.phone or "") if ctx.masks_phones else v.phone

    def line(v: Any) -> str:
        state = "" if v.active else "  (inactive)"
        return f"{_pad(v.name, 10)}{_pad(v.role, 13)}{_pad(phone(v), 14)}{v.notes}{state}".rstrip()
    return print_rows(people, line, as_json=ctx.args.json, count="people",
                      to_json=lambda v: {**volunteer_json(v), "phone": phone(v)})


def cmd_volunteer_edit(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.station(operator=True, permission=Permission.MANAGE_STATION)
    v = station.volunteers.get_by_name(a.name)
    v = station.volunteers.update(v.id, expected_version=v.version, name=a.rename, phone=a.phone, role=a.role,
                                  notes=a.notes, active=a.active, pin=a.new_pin)
    print(f"saved {v.name}: {v.role}, {'active' if v.active else 'inactive'}")
    return 0


# --- audit ----------------------------------------------------------------------------------------


def cmd_audit_verify(ctx: CliContext) -> int:
    report = verify_station(ctx.station(), ctx.args.anchor)
    if report.ok:
        print("\n".join(report.lines()))
        return 0
    result = report.chain
    lines = report.lines()
    if not result.ok:
        lines[0] = (f"audit trail BROKEN at entry {result.first_bad_id}: {result.reason} "
                    f"({result.count} entries before it are intact)")
    raise AuditBroken("\n".join(lines))


def cmd_audit_list(ctx: CliContext) -> int:
    a = ctx.args
    if a.since and a.until and a.until < a.since:
        raise ValidationError.single("until", a.until.isoformat(), "the end date is before the start date")
    query = AuditQuery(since=a.since, until=a.until, operator=a.by, entity=a.entity)
    rows = ctx.personal().audit.rows(query, limit=a.limit)  # before → after holds names and phones

    shown = mask_phones_in_text if ctx.masks_phones else (lambda text: text)  # a volunteer's bulk listing
    if a.json:
        print_json([json.loads(shown(json.dumps(r.as_json(), ensure_ascii=False, default=str))) for r in rows])
        return 0
    for r in rows:
        sys.stdout.write(shown(f"{r.id:>6}  {r.at:%Y-%m-%d %H:%M:%S}  {_pad(r.operator, 8)}{_pad(r.entity, 10)}"
                               f"{_pad(r.entity_id, 6)}{_pad(r.action, 10)}{r.summary()}") + "\n")
    print(f"{len(rows)} entries")
    return 0


# --- restore --------------------------------------------------------------------------------------


def cmd_restore(ctx: CliContext) -> int:
    path = ctx.db_path
    if ctx.args.backup is None:
        backups = available_backups(path)
        if ctx.args.json:
            print_json([{"file": str(b.path), "taken_at": b.taken_at.isoformat(sep=" "), "reason": b.reason,
                         "households": b.households, "volunteers": b.volunteers,
                         "audit_entries": b.audit_entries, "other_records": b.other_records,
                         "problem": b.problem} for b in backups])
            return 0
        for b in backups:
            note = f"  {b.reason}" if b.reason else ""
            bad = f"  UNUSABLE: {b.problem}" if b.problem else ""
            sys.stdout.write(f"{b.taken_at:%Y-%m-%d %H:%M:%S}  {b.households:>6} households  "
                             f"{b.audit_entries:>7} audit entries  {b.path.name}{note}{bad}\n")
        print(f"{len(backups)} backups in {backups_folder(path)}")
        return 0
    if is_server(path) or Path(path).exists():
        result = ctx.station(operator=True, permission=Permission.MANAGE_STATION).restore(Path(ctx.args.backup))
    else:  # no station file yet: there is nobody to sign in, and nothing to keep
        result = restore_backup(path, ctx.args.backup)
    kept = f"; the previous file was kept as {result.kept_current_as}" if result.kept_current_as else ""
    print(f"restored {describe_station(path)} from {result.restored_from.name} ({result.info.households} households){kept}")
    return 0

