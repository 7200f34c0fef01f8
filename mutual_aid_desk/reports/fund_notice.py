"""The public disclosure (公示) of a drive: every yuan in and out, posted in the stairwells.

What it shows, in order: the project (purpose, cost, subsidies, the gap and the split rule, with a
whole-yuan surplus or an uncovered amount spelled out); the coverage ("317 户中 315 户已缴清 ...");
each household's share and payment by room number with the head's name masked (PIPL: names are
never printed in full); how many households were exempted and who carries their shares (never
which households or why: a welfare or health status beside a room number is sensitive personal
information, so exempt households are also left out of the per-household table); the accounts
(subsidies, residents' payments, each expense, the balance); for a closed drive, the closing (no more
payments, the final balance and what happens to it); and a date with signature lines.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, ClassVar

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from mutual_aid_desk.core.funds import SHARE_STATUS_LABELS, EntryKind, ExemptMode, ShareLine, ShareStatus
from mutual_aid_desk.core.integrity import station_head
from mutual_aid_desk.core.masking import mask_name
from mutual_aid_desk.core.money import format_fen
from mutual_aid_desk.reports.document import StationDocument
from mutual_aid_desk.reports.styles import fitted_title, grid_table, para, signature_block

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station


def _y(fen: int) -> str:
    return format_fen(fen, grouped=True)


def _household_rows(shares: list[ShareLine]) -> list[list[str]]:
    """Two households per printed row, in address order left to right, so 317 fit on a few pages
    and the order never jumps between pages."""
    cells = [[s.address, mask_name(s.head), format_fen(s.due_fen), format_fen(s.paid_fen),
              SHARE_STATUS_LABELS[s.status]] for s in shares]
    if len(cells) % 2:
        cells.append(["", "", "", "", ""])
    return [cells[i] + cells[i + 1] for i in range(0, len(cells), 2)]


class FundNotice(StationDocument):
    """The 公示 of a drive, names masked."""

    kind: ClassVar[str] = "fund-notice"

    def __init__(self, station: Station, drive_id: int, *, on: date | None = None) -> None:
        super().__init__(station, on=on)
        self.drive_id = drive_id

    def record_printed(self, file_name: str) -> None:
        self.station.funds.record_export(self.drive_id, self.kind, file_name)

    def story(self) -> list[Flowable]:
        station, drive_id, on, width = self.station, self.drive_id, self.on, self.width
        status = station.funds.status(drive_id)
        d = status.drive
        exemptions = station.funds.exemptions(drive_id)
        ledger = station.funds.ledger(drive_id)
        expenses = [e for e in ledger if e.kind == EntryKind.EXPENSE]
        reversed_ids = {e.reverses_id for e in ledger if e.kind == EntryKind.REVERSAL}
        # Reversed entries cancel out, so payments minus refunds is the net paid total of the status.
        payments_fen = sum(e.amount_fen for e in ledger if e.kind == EntryKind.PAYMENT and e.id not in reversed_ids)
        refunds_fen = sum(e.amount_fen for e in ledger if e.kind == EntryKind.REFUND and e.id not in reversed_ids)
        settings = station.settings.get()
        head = station_head(station)  # posted in the stairwell: `audit verify --anchor` checks a later file against it
        self.title = f"{d.title} 众筹收支公示" + ("（结项）" if d.closed else "")
        self.station_name = settings.name

        out: list[Flowable] = [fitted_title(self.title, width)]
        out.append(para(f"{settings.name}　公示日期：{on:%Y年%m月%d日}", "body_center"))
        out.append(Spacer(1, 3 * mm))

        out += [CondPageBreak(45 * mm), para("一、项目概况", "heading")]
        if d.purpose:
            out.append(para(f"用途：{d.purpose}"))
        lines = [f"总费用 {_y(d.cost_fen)} 元"]
        for source, fen in d.subsidies:
            lines.append(f"{source} {_y(fen)} 元")
        lines.append(f"需居民众筹（缺口）{_y(d.gap_fen)} 元")
        out.append(para("；".join(lines) + "。"))
        out.append(para(f"分摊范围：{d.scope_text_zh()}，共 {status.coverage.households} 户；"
                        f"分摊方式：{d.rule_text_zh()}；应缴合计 {_y(status.due_total_fen)} 元。"))
        if status.surplus_fen:
            out.append(para(f"因每户取整到元（或定额），应缴合计比需分摊的金额多 {_y(status.surplus_fen)} 元，"
                            f"此结余如实公示，用途由居民共同决定。"))
        if status.uncovered_fen:
            out.append(para(f"另有 {_y(status.uncovered_fen)} 元未分摊到其他住户（见免缴说明），缺口如实公示。"))

        out += [CondPageBreak(45 * mm), para("二、缴款情况", "heading")]
        out.append(para(f"{status.coverage.text_zh()}。"
                        f"已收居民缴款 {_y(status.paid_total_fen)} 元，尚欠 {_y(status.outstanding_total_fen)} 元。"))

        out += [CondPageBreak(45 * mm), para("三、各户缴款明细（姓名已脱敏）", "heading")]
        per = width / 2
        col = [per * 0.28, per * 0.17, per * 0.17, per * 0.17, per * 0.21]  # "24-2-103" on one line
        rows = _household_rows([s for s in status.shares if s.status != ShareStatus.EXEMPT])
        header = ["房号", "户主", "应缴", "已缴", "状态"] * 2
        out.append(grid_table(header, rows, col * 2, font="cell_small", header_style="cell_small"))
        if status.outside:
            out.append(Spacer(1, 2 * mm))
            out.append(para("范围外住户自愿缴款：" + "；".join(
                f"{s.address} {mask_name(s.head)} {format_fen(s.paid_fen)} 元" for s in status.outside)))

        out += [CondPageBreak(45 * mm), para("四、免缴情况", "heading")]
        if exemptions:
            # How many, and who carries their shares: never which households or why (PIPL art. 28).
            spread = sum(1 for e in exemptions if e.mode == ExemptMode.SPREAD)
            uncovered = len(exemptions) - spread
            out.append(para(f"共 {len(exemptions)} 户经负责人决定免缴：{spread} 户的份额由其他住户分摊，"
                            f"{uncovered} 户的份额不分摊（未覆盖 {_y(status.uncovered_fen)} 元）。"
                            f"为保护个人信息，免缴住户及原因不予公示，可向负责人查询。"))
        else:
            out.append(para("无。"))

        out += [CondPageBreak(45 * mm), para("五、收支明细", "heading")]
        acct = [[source, "收入", _y(fen), "补贴"] for source, fen in d.subsidies]
        acct.append(["居民缴款", "收入", _y(payments_fen), f"{sum(1 for s in status.shares if s.paid_fen > 0)} 户"])
        if refunds_fen:
            acct.append(["退还居民", "支出", _y(refunds_fen), ""])
        for e in expenses:
            note = f"{e.day:%Y-%m-%d} 凭证 {e.voucher}" if e.voucher else f"{e.day:%Y-%m-%d}"
            if e.reversed_by:
                note += "（已冲正，不计入）"
            acct.append([f"{e.payee}" + (f"：{e.purpose}" if e.purpose else ""), "支出", _y(e.amount_fen), note])
        acct.append(["收入合计", "", _y(d.subsidies_fen + status.paid_total_fen), "补贴＋居民缴款（扣除退款）"])
        acct.append(["支出合计", "", _y(status.expenses_total_fen), ""])
        acct.append(["结余", "", _y(status.balance_fen), ""])
        out.append(grid_table(["项目", "收/支", "金额（元）", "说明"], acct,
                              [width * 0.40, width * 0.10, width * 0.18, width * 0.32]))

        if d.closed and d.closed_at is not None:
            out.append(KeepTogether([
                para("六、结项说明", "heading"),
                para(f"本次众筹已于{d.closed_at:%Y年%m月%d日}结项，不再收款。"
                     f"最终结余 {_y(status.balance_fen)} 元"
                     + (f"，处理方式：{d.close_note.rstrip('。.')}。" if d.close_note else "。")),
            ]))

        out.append(Spacer(1, 4 * mm))
        out.append(KeepTogether([
            para("以上如有疑问，请于公示之日起七日内向互助站反映。"
                 + (f"联系电话：{settings.phone}" if settings.phone else "")),
            signature_block("负责人（签字）：", "公示日期："),
            para(f"{settings.name}（盖章）　　{on:%Y年%m月%d日}", "body_right"),
            para(head.text_zh(), "small"),
        ]))
        return out
