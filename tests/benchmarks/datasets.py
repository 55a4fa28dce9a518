"""The data the benchmarks run on: call logs of a given size, made once and cached.

A log of N calls is written through the app's own call-log interface
(``save``), so it holds exactly what Calmline itself would have written, and
kept under ``benchmark-results/cache/`` keyed by N and by a hash of the code
that decides its format; each measurement gets a fresh copy.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.core.call import CallRecord, Commitment, Customer
from tests.benchmarks.launch import REPO_ROOT

#: generated logs are kept here between runs (the smoke test points it at a temp folder)
ENV_CACHE = "CALMLINE_BENCH_CACHE"
CACHE = Path(os.environ.get(ENV_CACHE) or REPO_ROOT / "benchmark-results" / "cache")

#: how far back the generated calls go
SPAN = timedelta(weeks=26)

#: in about one call in a thousand of this module's own calls
RARE_WORD = "chargeback"
#: in many calls, with either generator
COMMON_WORD = "refund"

_FIRST = ("Dana", "Lee", "Sam", "Priya", "Jonas", "Mara", "Omar", "Ines", "Tom", "Yuki", "Ada")
_LAST = ("Reyes", "Novak", "Okafor", "Lindqvist", "Haddad", "Moreau", "Kowalski", "Tanaka")
_CATEGORIES = ("billing", "delivery", "product quality", "service", "other")
_OUTCOMES = ("resolved", "follow-up", "escalated", "unresolved")
_SENTENCES = (
    "Customer was upset about the late delivery of order {order}.",
    "Invoice {order} was charged twice this month.",
    "Explained the {word} policy and the usual timeline.",
    "Customer asked for a {word} and a written apology.",
    "Router keeps dropping the connection since the last update.",
    "Agreed to call back on Friday with the technician's slot.",
    "Customer calmer after the options were laid out.",
    "Wants the contract cancelled if this happens again.",
    "Parcel marked delivered but never arrived at the door.",
    "Promised a credit note by email within two working days.",
)


def _code_hash() -> str:
    """Changes whenever the log's on-disk format could have changed."""
    digest = hashlib.sha256()
    sources = [
        *sorted((REPO_ROOT / "desktop_app" / "store").rglob("*.py")),
        REPO_ROOT / "desktop_app" / "core" / "call.py",
        REPO_ROOT / "tests" / "synthetic.py",
        Path(__file__),
    ]
    for source in sources:
        if source.exists():
            digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


def _notes(rng: random.Random) -> str:
    sentences = []
    for template in rng.sample(_SENTENCES, rng.randint(2, 4)):
        word = COMMON_WORD if rng.random() < 0.45 else "replacement"
        sentences.append(template.format(order=rng.randint(100000, 999999), word=word))
    if rng.random() < 0.001:
        sentences.append(f"Customer mentioned a {RARE_WORD} with their bank.")
    return " ".join(sentences)


def _own_calls(count: int, seed: int, start: datetime) -> Iterator[CallRecord]:
    """Plausible finished calls, for a checkout without ``tests/synthetic.py``."""
    rng = random.Random(seed)
    spacing = SPAN / max(1, count)
    for index in range(count):
        began = start + spacing * index
        record = CallRecord(
            started_at=began,
            ended_at=began + timedelta(minutes=rng.randint(3, 25)),
            agent=rng.choice(_FIRST),
            playbook_id="calm-six",
            customer=Customer(
                name=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
                account=f"AC-{rng.randint(10000, 99999)}",
                phone=f"+1555{rng.randint(1000000, 9999999)}",
            ),
            category=rng.choice(_CATEGORIES),
            reason="Charged twice" if rng.random() < 0.5 else "Parcel missing",
            resolution="Credit note issued" if rng.random() < 0.6 else "",
            outcome=rng.choice(_OUTCOMES),
            notes=_notes(rng),
            mood_start=rng.randint(1, 3),
            mood_end=rng.randint(2, 5),
        )
        if rng.random() < 0.3:
            record.commitments.append(
                Commitment("Call back with the refund status", "agent", began + timedelta(2))
            )
        yield record


def _calls(count: int, seed: int) -> Iterator[CallRecord]:
    """The project's synthetic log generator when there is one, else this module's own.

    The calls end about now: older ones would be purged at the first start
    (calls older than the retention period, a year by default, are), and a
    "100,000 calls" log would hold fewer from the second start on.
    """
    start = (datetime.now(UTC) - SPAN - timedelta(days=1)).replace(
        hour=8, minute=0, second=0, microsecond=0
    )
    try:
        from tests.synthetic import synthetic_calls
    except ImportError:
        return _own_calls(count, seed, start)
    return synthetic_calls(count, seed=seed, start=start, weeks=SPAN.days // 7)


def write_calls(data_root: Path, count: int, *, seed: int = 8) -> SearchWords:
    """``count`` calls in the log of the data dir ``data_root``, through the log's ``save``.

    Returns the words to search for: the account of a customer in the middle
    of the log (a handful of calls) and a word that is in many calls.
    """
    from desktop_app.paths import DataDir
    from desktop_app.store.sqlite_log import SqliteCallLog

    data = DataDir(data_root).create()
    log = SqliteCallLog(data.call_log)
    rare = RARE_WORD
    try:
        for index, record in enumerate(_calls(count, seed)):
            if index == count // 2 and record.customer.account:
                rare = record.customer.account
            log.save(record)
    finally:
        log.close()
    return SearchWords(rare=rare, common=COMMON_WORD)


@dataclass(frozen=True)
class SearchWords:
    rare: str
    common: str


def _cached(count: int) -> Path:
    # made again each month, so the calls stay well inside the retention period
    return CACHE / f"calls-{count}-{datetime.now(UTC):%Y%m}-{_code_hash()}"


def call_log(count: int) -> Path:
    """A data dir holding ``count`` calls, made on first use and cached; do not modify it."""
    cached = _cached(count)
    if not cached.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=f"building-{count}-", dir=CACHE))
        words = write_calls(building / "data", count)
        (building / "words.json").write_text(json.dumps(asdict(words)), encoding="utf-8")
        building.rename(cached)
    return cached / "data"


def search_words(count: int) -> SearchWords:
    """The rare and the common word of the cached ``count``-call log."""
    call_log(count)
    stored = json.loads((_cached(count) / "words.json").read_text())
    return SearchWords(**stored)


def fresh_copy(count: int, into: Path) -> Path:
    """A private copy of the cached ``count``-call data dir, at ``into``."""
    if count == 0:
        return into
    shutil.copytree(call_log(count), into)
    return into


#: words of the generated cards; the card-search row types some of them
CARD_WORDS = (
    "refund", "invoice", "parcel", "courier", "router", "outage", "contract", "voucher",
    "technician", "supervisor", "apology", "deadline", "warranty", "replacement", "delivery",
    "billing", "account", "password", "engineer", "schedule", "callback", "promise", "credit",
    "discount", "complaint", "manager", "letter", "email", "portal", "signal", "broadband",
    "meter", "tariff", "upgrade", "downgrade", "cancel", "renewal", "deposit", "receipt",
    "damaged", "broken", "missing", "late", "wrong", "double", "charge", "fee", "penalty",
    "interest", "balance", "statement", "payment", "card", "transfer", "mandate", "direct",
    "debit", "overdue", "reminder", "notice", "calm", "listen", "understand", "sorry", "thank",
    "patience", "options", "choice", "decision", "today", "tomorrow", "friday", "morning",
    "evening", "weekend", "holiday", "address", "postcode", "neighbour", "doorstep", "locker",
    "zephyr", "quorum", "lantern", "marigold",
)  # fmt: skip


def write_card_playbooks(folder: Path, cards: int, *, extends: str = "calm-six") -> None:
    """``cards`` extra phrasing cards for playbook ``extends``, as content files in ``folder``.

    The content format allows at most 200 cards per situation and 1 MiB per
    file, so the cards come as situations of 200, ten situations per file.
    """
    rng = random.Random(10)
    folder.mkdir(parents=True, exist_ok=True)
    per_situation, per_file = 200, 10
    made = 0
    file_number = 0
    while made < cards:
        file_number += 1
        lines = ["format: 1", f"extends: {extends}", "situations:"]
        for _ in range(per_file):
            if made >= cards:
                break
            situation = made // per_situation + 1
            lines += [
                f"  - id: bench-set-{situation:03d}",
                f"    title: Practice set {situation}",
                "    cards:",
            ]
            for _ in range(min(per_situation, cards - made)):
                made += 1
                title = " ".join(rng.sample(CARD_WORDS, 3)).capitalize()
                text = " ".join(rng.choices(CARD_WORDS, k=rng.randint(12, 30))).capitalize()
                tags = ", ".join(rng.sample(CARD_WORDS, 2))
                lines += [
                    f"      - id: bench-card-{made:05d}",
                    f"        title: {title}",
                    f"        text: {text}.",
                    f"        tags: [{tags}]",
                ]
        (folder / f"bench-cards-{file_number:02d}.yaml").write_text(
            "\n".join(lines) + "\n", encoding="utf-8"
        )
