"""``scrapy crawl`` that checks its inputs before starting: spider arguments and archive.db.

Bad input gets one line naming it and exit status 2, and nothing is opened for writing:
an unknown ``-a`` name, a bad value (topic, language, depth, date window), or an
ARCHIVE_DB that is missing its folder, is a folder, is unreadable or is not a sound
SQLite database.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.spiderloader import get_spider_loader

from crawler.arguments import unknown_arguments
from pipelines.store import ArchiveError, check_archive

if TYPE_CHECKING:
    import argparse


class Command(ScrapyCrawlCommand):
    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        # Checked here, before Scrapy starts logging, so the error is the only line printed.
        if len(args) == 1 and (problem := self.input_problem(args[0], opts.spargs)):
            print(f"scrapy crawl {args[0]}: {problem}", file=sys.stderr)
            sys.exit(2)

    def input_problem(self, spider_name: str, arguments: dict[str, str]) -> str | None:
        try:
            spider_class = get_spider_loader(self.settings).load(spider_name)
        except KeyError:
            return None  # Scrapy reports an unknown spider itself
        if unknown := unknown_arguments(spider_class, arguments):
            return f"unknown argument {', '.join(f'-a {name}' for name in unknown)}"
        try:
            spider_class(**arguments)  # the spider's own checks of values, without crawling
            check_archive(self.settings["ARCHIVE_DB"])
        except (ValueError, ArchiveError) as error:
            return str(error)
        return None
