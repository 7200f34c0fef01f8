"""Mutual-Aid Desk (互助站工作台): the station PC's records, votes, funds and notices."""

__version__ = "0.1.0"
