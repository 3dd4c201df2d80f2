"""Web UI entry point: ``python ui.py`` serves the chat, the ledger browser and the JSON API.

The code lives in :mod:`assistant.web` (the ``ledger-assistant-ui`` script runs the same ``main``).
"""

import sys

from assistant.web import main

if __name__ == "__main__":
    sys.exit(main())
