"""Scrapy settings for the archive crawler (``scrapy.cfg`` points here)."""

import os

BOT_NAME = "rfa_archive"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
COMMANDS_MODULE = "crawler.commands"

# Where results land; every spider writes the same SQLite file.
ARCHIVE_DB = os.environ.get("ARCHIVE_DB", "archive.db")

# Replay site (tests, `make demo`): when set, every http(s) download goes there
# under its real URL. Unset, the crawl is live. `-s REPLAY_URL=...` or the environment.
REPLAY_URL = os.environ.get("REPLAY_URL") or None
DOWNLOAD_HANDLERS = {
    "http": "crawler.replay.ReplayDownloadHandler",
    "https": "crawler.replay.ReplayDownloadHandler",
}

# Politeness: identify ourselves, obey robots.txt, throttle, few requests per site.
ARCHIVE_CONTACT_URL = os.environ.get("ARCHIVE_CONTACT_URL", "https://github.com/rfa-archive/rfa-archive")
USER_AGENT = f"rfa-archive/0.1 (+{ARCHIVE_CONTACT_URL}; news archiving for research)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
DOWNLOAD_TIMEOUT = 60
REDIRECT_MAX_TIMES = 10
# No news article is near this; a larger page (or gzip bomb) is cut off and recorded.
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
# A crawl trap cannot run forever: depth (per spider) and a page budget per run.
CLOSESPIDER_PAGECOUNT = 100_000

# Failed requests are recorded in fetch_errors (crawler/fetch_errors.py).
SPIDER_MIDDLEWARES = {"crawler.fetch_errors.FetchErrorsMiddleware": 50}

# Depth counts from the seeds; DepthMiddleware still records it in request.meta.
DEPTH_LIMIT = 0  # the rfa spider limits depth itself (-a depth=N)
DEPTH_PRIORITY = 1

# HTTP cache for development: `scrapy crawl rfa -s HTTPCACHE_ENABLED=1`.
HTTPCACHE_ENABLED = False
HTTPCACHE_DIR = "httpcache"

# Incremental crawls: conditional requests from what archive.db already holds.
ARCHIVE_CONDITIONAL_REQUESTS = True
DOWNLOADER_MIDDLEWARES = {
    "crawler.urls.SafeUrlMiddleware": 50,
    "crawler.conditional.ConditionalRequestsMiddleware": 560,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "crawler.redirects.LoopAwareRedirectMiddleware": 600,
    # Honour Retry-After on 429/503, in Scrapy's retry slot.
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.retry_after.RetryAfterMiddleware": 550,
}

# Resumable: with -s JOBDIR=..., a killed crawl started again re-walks from its seeds
# (see crawler/dupefilter.py); archived pages then cost a 304.
DUPEFILTER_CLASS = "crawler.dupefilter.SessionDupeFilter"

ITEM_PIPELINES = {
    "pipelines.scrapy_pipelines.ProcessPagePipeline": 300,
    "pipelines.scrapy_pipelines.StorePipeline": 900,
}

# Keep the raw bytes of every response, whatever its status (404s mark removals).
HTTPERROR_ALLOWED_CODES = [404, 410]

FEED_EXPORT_ENCODING = "utf-8"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "INFO"

# No listening consoles on a crawler that archives untrusted pages.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

# Arc XP content API deployment number (`d=`); changes with each site deployment.
RFA_ARC_DEPLOYMENT = os.environ.get("RFA_ARC_DEPLOYMENT") or None
