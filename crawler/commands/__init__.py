"""Project commands (``COMMANDS_MODULE``): ``crawl`` with its inputs checked first."""
