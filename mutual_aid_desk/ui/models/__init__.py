"""Qt table models over the core services; big lists are fetched a page at a time."""
