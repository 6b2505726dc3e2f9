"""Processing: plain functions from a fetched page to archive records (no Scrapy, no SQLite)."""
