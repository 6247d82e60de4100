"""`python -m lib COMMAND …`: every figure of the app, reproduced headless. Commands live in `lib/cli/`."""

from lib.cli import main

raise SystemExit(main())
