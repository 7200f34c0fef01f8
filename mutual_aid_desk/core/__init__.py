"""Services over the station file, one module per domain. No Qt here."""
