"""Printed documents (ReportLab). Fonts, styles and page furniture live in ``document``; one module
per kind of document. No Qt here: every document is built to bytes."""
