"""The ``archive`` command line: extract, reprocess, serve, stats."""
