"""``python -m mutual_aid_desk`` behaves exactly like the ``mutual-aid-desk`` command."""

from mutual_aid_desk.cli import main

raise SystemExit(main())
