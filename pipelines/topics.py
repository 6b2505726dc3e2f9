"""Topic relevance: which configured topics an article is about, in either script."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from crawler.topics import Topic, load_topics
from pipelines.normalise import to_simplified


@dataclass(frozen=True)
class TopicMatch:
    topic: str
    score: float
    terms: list[str]

    def as_dict(self) -> dict:
        return asdict(self)


def match_topics(title: str, body_text: str, topics: dict[str, Topic] | None = None) -> list[TopicMatch]:
    """Topics whose terms occur in the text; score counts hits, title hits weigh triple."""
    topics = load_topics() if topics is None else topics
    title_s, body_s = to_simplified(title), to_simplified(body_text)
    matches = []
    for topic in topics.values():
        terms = [term for term in topic.terms if term in title_s or term in body_s]
        if terms:
            score = sum(3 * title_s.count(t) + body_s.count(t) for t in terms)
            matches.append(TopicMatch(topic.name, float(score), terms))
    return sorted(matches, key=lambda m: -m.score)
