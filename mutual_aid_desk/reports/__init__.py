"""Printed documents (ReportLab); no Qt here. ``document`` holds the ``Document`` contract, ``fonts``
the one font registration, ``styles`` the shared styles and flowables, ``kinds`` the registry; one
module per document, named for what it prints."""
