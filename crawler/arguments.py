"""Spider arguments (`-a name=value`) checked up front, with errors that name the input."""

from __future__ import annotations

import inspect
import re
from datetime import date
from typing import Any

DAY = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def check_day(name: str, value: str) -> str:
    """A YYYY-MM-DD (or YYYY-MM) bound of a date window, or '' for none."""
    if value and (not DAY.match(value) or not _valid_date(value)):
        raise ValueError(f"-a {name}={value!r} is not a date (YYYY-MM-DD or YYYY-MM)")
    return value


def check_window(since: str, until: str) -> tuple[str, str]:
    since, until = check_day("since", since), check_day("until", until)
    if since and until and since > until:
        raise ValueError(f"empty date window: -a since={since} is after -a until={until}")
    return since, until


def check_count(name: str, value: str | int | None, default: int | None) -> int | None:
    if value is None or value == "":
        return default
    if not str(value).isdigit():
        raise ValueError(f"-a {name}={value!r} is not a whole number")
    return int(value)


def unknown_arguments(spider_class: type, arguments: dict[str, Any]) -> list[str]:
    """Names passed with -a that the spider does not take (a typo would otherwise be ignored)."""
    parameters = inspect.signature(spider_class.__init__).parameters
    known = {name for name, p in parameters.items() if p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)}
    return sorted(set(arguments) - known - {"self"})


def _valid_date(value: str) -> bool:
    try:
        date.fromisoformat(value if len(value) == 10 else f"{value}-01")
    except ValueError:
        return False
    return True
