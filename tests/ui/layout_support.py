"""A demo station with work on every page, for the layout and language tests and the screenshots.

The demo builds households only (other work may add more); here a vote in progress with ballots, a
crowdfunding drive half collected, a series of meetings with attendance, visits with follow-ups due
and consultations are added on top, so that every table the pages show has rows.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from mutual_aid_desk.core.consultations import ConsultationInput
from mutual_aid_desk.core.demo import DEMO_COORDINATOR, DEMO_PIN, DEMO_VOLUNTEERS, build_demo
from mutual_aid_desk.core.funds import DriveInput, PaymentInput
from mutual_aid_desk.core.meetings import Mode, plan_series
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.visits import VisitInput

VOTE_PLAN = {
    "title": "幸福里小区综合改造方案征询", "matter": "major",
    "sections": [
        {"title": "公共区域改哪里", "items": [
            {"key": "A1", "title": "增设停车位", "kind": "yesno", "scope": "compound"},
            {"key": "A2", "title": "外墙颜色", "kind": "choice", "options": ["米黄", "浅灰"]},
            {"key": "A3", "title": "加装电梯", "kind": "yesno", "scope": "unit"},
            {"key": "A4", "title": "楼道窗户", "kind": "yesno", "scope": "building"},
        ]},
        {"title": "室内改哪些项目", "items": [
            {"key": "B1", "title": "更换户内窗户", "kind": "yesno", "scope": "household"},
        ]},
        {"title": "施工管理如何完善", "items": [
            {"key": "C1", "title": "监督小组职责", "kind": "multi", "options": ["质量", "噪音", "材料"], "max_picks": 2},
        ]},
    ],
}


def build_busy_demo(path: Path) -> Station:
    """The demo station at ``path`` with a day's worth of work on every page; the coordinator signed in."""
    st = build_demo(path)
    st.volunteers.sign_in(DEMO_COORDINATOR, DEMO_PIN)
    ids = _all_ids(st)
    today = date.today()

    vote = st.votes.create({**VOTE_PLAN, "opens": (today - timedelta(days=20)).isoformat(),
                            "closes": (today + timedelta(days=20)).isoformat()})
    answers = ({"A1": "agree", "A2": "米黄", "A3": "agree", "A4": "agree", "B1": "agree", "C1": ["质量", "噪音"]},
               {"A1": "disagree", "A2": "浅灰", "A3": "abstain", "A4": "agree", "B1": "disagree", "C1": ["材料"]})
    for n, hid in enumerate(ids[:120]):
        st.votes.submit(vote, hid, answers[n % 3 == 0], channel="meeting" if n % 2 else "door")

    drive = st.funds.create(DriveInput(title="楼道窗户更换", cost="67000", subsidies=["街道补贴=60000"],
                                       split="equal", units="1-1,1-2,2-1"))
    st.funds.fix_split(drive)
    for n, share in enumerate(st.funds.status(drive).shares[:24]):
        st.funds.pay(drive, PaymentInput(share.household_id, "50", ("cash", "wechat", "alipay", "bank")[n % 4]))

    plan = plan_series("1-6", 2, today, "19:00", "活动室", skip_weekends=True)
    meetings = st.meetings.create_series(plan, title="改造方案征询会", agenda=["介绍方案", "答疑"])
    first = meetings[0].id
    invited = st.meetings.invited_ids(first)
    st.meetings.set_attendance_many(first, {hid: Mode.PRESENT if n % 4 else Mode.PROXY
                                            for n, hid in enumerate(invited[:30])})

    purposes = ("vote", "fundraising", "consultation_follow_up", "safety_check", "general")
    outcomes = ("met", "not_home", "refused", "done")
    for n, hid in enumerate(ids[:60]):
        st.visits.record(VisitInput(household_id=hid, volunteers=[DEMO_VOLUNTEERS[n % 4]],
                                    visited_at=datetime.combine(today - timedelta(days=n % 20), datetime.min.time())
                                    + timedelta(hours=19),
                                    purpose=purposes[n % 5], outcome=outcomes[n % 4],
                                    notes="老人独居，需要再来" if n % 4 == 1 else "",
                                    follow_up=today - timedelta(days=n % 20 - 2) if n % 4 == 1 and n % 20 >= 2 else None))
    categories = ("legal", "health", "policy", "dispute", "property", "other")
    for n, hid in enumerate(ids[200:215]):
        st.consultations.add(ConsultationInput(
            household_id=hid, asked_at=today - timedelta(days=n), category=categories[n % 6],
            question="楼上漏水，物业不处理，怎么办？", advice="先与物业书面沟通，保留照片。",
            referred_to="人民调解工作室" if n % 3 == 0 else "",
            follow_up=today - timedelta(days=1) if n % 2 else None))
    _more_kinds_of_work(st, ids, drive)
    return st


def _more_kinds_of_work(st: Station, ids: list[int], drive: int) -> None:
    """Changes, not only new records, so the audit trail shows every kind of entry a station has."""
    from mutual_aid_desk.core.households import HouseholdInput

    row = st.households.get(ids[5])
    st.households.update(ids[5], HouseholdInput(address=row.address, head=row.head, status="rented", notes="租户姓王"),
                         row.version)
    st.volunteers.add("赵阿姨", "volunteer", phone="13900001111")
    st.funds.set_exemption(drive, st.funds.status(drive).shares[30].household_id, "低保户")
    first_payment = next(e for e in st.funds.ledger(drive) if e.kind == "payment")
    st.funds.reverse(first_payment.id, "金额记错")
    st.funds.refund(drive, st.funds.status(drive).shares[2].household_id, "10", method="wechat", note="多缴退回")
    visit = next(d for d in st.visits.due() if d.kind == "visit")
    st.visits.mark_follow_up_done(visit.record_id)


def _all_ids(st: Station) -> list[int]:
    from sqlalchemy import select

    from mutual_aid_desk.db.tables import Household

    with st.read() as session:
        return list(session.execute(select(Household.id).order_by(Household.id)).scalars())
