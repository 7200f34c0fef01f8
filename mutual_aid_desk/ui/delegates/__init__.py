"""Item delegates: how a cell is drawn or edited where the plain text will not do."""
