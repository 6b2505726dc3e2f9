"""Scrapy project: discovery and fetching. Processing lives in ``pipelines``."""
