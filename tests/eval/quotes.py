"""`python -m tests.eval.quotes`: quotation extraction scored against hand-labelled real articles.

Gold: tests/fixtures/quotes/gold.jsonl (see the README beside it), split into a dev part
used while writing the rules (it includes the first twenty-five held-out sets, whose errors have
been seen) and ``heldout26``: 24 articles labelled by six separate passes and scored only
after the rule changes, never tuned on. Targets are checked on heldout26.

- speakers: per article, the set of named speakers (normalised across scripts);
- (speaker, role) pairs: per article, the set of (name or none, role) pairs, so an
  anonymous speaker counts by its role (none, 粉丝);
- role accuracy: of the gold named speakers that were found, how many got the gold role;
- quote spans: one-to-one matches of predicted and gold spans whose overlap is at least
  0.8 of the longer span, whoever the speaker; "attributed" also needs the same speaker;
- organisation statements: spans as above.

Counts are summed over articles (micro-averaged). ``--errors dev`` lists the misses.
"""

from __future__ import annotations

import argparse
import json
import re
import time
import unicodedata
from collections import Counter
from pathlib import Path

from pipelines.normalise import to_simplified
from pipelines.quotes import extract_quotes, normalise_name

ROOT = Path(__file__).resolve().parent.parent.parent
GOLD = ROOT / "tests" / "fixtures" / "quotes" / "gold.jsonl"
HELDOUT = "heldout26"  # the fresh split the targets are checked on
SPLITS = ("dev", HELDOUT)
SPAN_OVERLAP = 0.8
TARGETS = {"speaker_precision": 0.92, "speaker_recall": 0.88, "role_accuracy": 0.85, "span_f1": 0.85}


def load_gold(path: Path = GOLD) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def norm_role(role: str | None) -> str:
    if not role:
        return ""
    role = to_simplified(unicodedata.normalize("NFKC", role))
    return re.sub(r"[\s「」“”《》『』\"']", "", role)


def name_key(name: str | None) -> str:
    return normalise_name(name) if name else ""


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    common = min(a[1], b[1]) - max(a[0], b[0])
    return max(common, 0) / max(a[1] - a[0], b[1] - b[0], 1)


def match_spans(gold: list[tuple[int, int]], predicted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by overlap; returns (gold index, predicted index) pairs."""
    scored = sorted(
        ((overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)), reverse=True
    )
    used_g, used_p, pairs = set(), set(), []
    for score, gi, pi in scored:
        if score < SPAN_OVERLAP:
            break
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def role_of(quotes: list[dict], key: str) -> str:
    roles = Counter(norm_role(q["role"]) for q in quotes if name_key(q["speaker"]) == key and q["role"])
    return roles.most_common(1)[0][0] if roles else ""


def score_article(article: dict, predicted_quotes: list[dict], predicted_orgs: list[dict]) -> dict:
    gold = article["quotes"]
    g_speakers = {name_key(q["speaker"]) for q in gold if q["speaker"]}
    p_speakers = {name_key(q["speaker"]) for q in predicted_quotes if q["speaker"]}
    g_pairs = {(name_key(q["speaker"]), norm_role(q["role"])) for q in gold}
    p_pairs = {(name_key(q["speaker"]), norm_role(q["role"])) for q in predicted_quotes}
    found = g_speakers & p_speakers
    roles_right = sum(role_of(gold, key) == role_of(predicted_quotes, key) for key in found)
    g_spans = [(q["start"], q["end"]) for q in gold]
    p_spans = [(q["start"], q["end"]) for q in predicted_quotes]
    pairs = match_spans(g_spans, p_spans)
    attributed = sum(
        name_key(gold[gi]["speaker"]) == name_key(predicted_quotes[pi]["speaker"])
        and bool(
            gold[gi]["speaker"] or norm_role(gold[gi]["role"]) == norm_role(predicted_quotes[pi]["role"])
        )
        for gi, pi in pairs
    )
    g_org = [(o["start"], o["end"]) for o in article["org_statements"]]
    p_org = [(o["start"], o["end"]) for o in predicted_orgs]
    org_pairs = match_spans(g_org, p_org)
    return {
        "speakers": (len(found), len(p_speakers), len(g_speakers)),
        "pairs": (len(g_pairs & p_pairs), len(p_pairs), len(g_pairs)),
        "spans": (len(pairs), len(p_spans), len(g_spans)),
        "attributed": (attributed, len(p_spans), len(g_spans)),
        "orgs": (len(org_pairs), len(p_org), len(g_org)),
        "roles": (roles_right, len(found)),
        "missed_speakers": sorted(g_speakers - p_speakers),
        "extra_speakers": sorted(p_speakers - g_speakers),
        "wrong_roles": [
            (k, role_of(gold, k), role_of(predicted_quotes, k))
            for k in found
            if role_of(gold, k) != role_of(predicted_quotes, k)
        ],
        "missed_spans": [gold[i] for i in range(len(gold)) if i not in {g for g, _ in pairs}],
        "extra_spans": [predicted_quotes[i] for i in range(len(p_spans)) if i not in {p for _, p in pairs}],
    }


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    precision = tp / n_pred if n_pred else 1.0
    recall = tp / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def predict(article: dict) -> tuple[list, list]:
    """The extractor's quotes and organisation statements for a labelled article, given the
    paragraphs its page set off as block quotations (``block_quotes``: paragraph indices)."""
    paragraphs = article["text"].split("\n")
    return extract_quotes(article["text"], [paragraphs[i] for i in article.get("block_quotes", [])])


def throughput(articles: list[dict], min_seconds: float = 0.5) -> float:
    """Articles per second of extract_quotes in this process (one core)."""
    predict(articles[0])  # warm caches
    done, started = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - started) < min_seconds or done < len(articles):
        for article in articles:
            predict(article)
        done += len(articles)
    return done / elapsed


def evaluate(gold: list[dict] | None = None, with_throughput: bool = True) -> dict:
    gold = gold if gold is not None else load_gold()
    results: dict = {}
    for split in SPLITS:
        articles = [a for a in gold if a["split"] == split]
        totals = {k: [0, 0, 0] for k in ("speakers", "pairs", "spans", "attributed", "orgs")}
        roles = [0, 0]
        per_article = {}
        for article in articles:
            quotes, orgs = predict(article)
            scored = score_article(article, [q.as_dict() for q in quotes], [o.as_dict() for o in orgs])
            per_article[article["id"]] = scored
            for key in totals:
                totals[key] = [t + v for t, v in zip(totals[key], scored[key], strict=True)]
            roles = [roles[0] + scored["roles"][0], roles[1] + scored["roles"][1]]
        split_result = {"articles": len(articles), "per_article": per_article}
        for key, (tp, n_pred, n_gold) in totals.items():
            p, r, f = prf(tp, n_pred, n_gold)
            split_result[key] = {
                "precision": p,
                "recall": r,
                "f1": f,
                "tp": tp,
                "predicted": n_pred,
                "gold": n_gold,
            }
        split_result["role_accuracy"] = roles[0] / roles[1] if roles[1] else 1.0
        split_result["roles_checked"] = roles[1]
        results[split] = split_result
    if with_throughput:
        results["throughput"] = throughput(gold)
    return results


def _abridged(text: str) -> str:
    """A span for the error list: its start and its end, where boundaries go wrong."""
    return text if len(text) <= 60 else f"{text[:44]} … {text[-14:]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", choices=SPLITS, help="list the misses of one split")
    args = parser.parse_args()
    gold = load_gold()
    results = evaluate(gold)
    scripts = Counter((a["split"], a["script"]) for a in gold)
    print(f"Quotation extraction on {len(gold)} hand-labelled real articles ({GOLD.relative_to(ROOT)})\n")
    for split in SPLITS:
        r = results[split]
        print(
            f"{split}: {r['articles']} articles "
            f"(Hans {scripts[(split, 'Hans')]}, Hant {scripts[(split, 'Hant')]}), "
            f"{r['spans']['gold']} gold quotes, {r['orgs']['gold']} organisation statements"
        )
        print(f"  {'':<22}{'precision':>10}{'recall':>10}{'F1':>10}{'tp/pred/gold':>16}")
        for key, label in (
            ("speakers", "speakers"),
            ("pairs", "(speaker, role)"),
            ("spans", "quote spans"),
            ("attributed", "spans + speaker"),
            ("orgs", "organisation spans"),
        ):
            m = r[key]
            counts = f"{m['tp']}/{m['predicted']}/{m['gold']}"
            print(f"  {label:<22}{m['precision']:>10.3f}{m['recall']:>10.3f}{m['f1']:>10.3f}{counts:>16}")
        print(
            f"  {'role accuracy':<22}{r['role_accuracy']:>10.3f}  (of {r['roles_checked']} speakers found)\n"
        )
    print(f"throughput: {results['throughput']:.0f} articles/second on one core")
    held = results[HELDOUT]
    checks = {
        "speaker_precision": held["speakers"]["precision"],
        "speaker_recall": held["speakers"]["recall"],
        "role_accuracy": held["role_accuracy"],
        "span_f1": held["spans"]["f1"],
    }
    print(
        f"targets on {HELDOUT} (fresh, never tuned on): "
        + ", ".join(
            f"{k} {v:.3f} {'✓' if v >= TARGETS[k] else '✗'} (≥ {TARGETS[k]})" for k, v in checks.items()
        )
    )
    if args.errors:
        for article_id, scored in results[args.errors]["per_article"].items():
            lines = []
            lines += [f"  missed speaker {s}" for s in scored["missed_speakers"]]
            lines += [f"  extra speaker {s}" for s in scored["extra_speakers"]]
            lines += [f"  role {k}: gold {g!r} got {p!r}" for k, g, p in scored["wrong_roles"]]
            lines += [
                f"  missed span [{q['speaker']}|{q['role']}|{q['verb']}] {_abridged(q['text'])}"
                for q in scored["missed_spans"]
            ]
            lines += [
                f"  extra span [{q['speaker']}|{q['role']}|{q['verb']}] {_abridged(q['text'])}"
                for q in scored["extra_spans"]
            ]
            if lines:
                print(f"\n{article_id}")
                print("\n".join(lines))


if __name__ == "__main__":
    main()
