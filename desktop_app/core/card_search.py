"""Card search: every card of every step and situation, by title, text, tags and
the title and keywords of the step or situation holding it.

Typo tolerant and fast enough to run on every keystroke over thousands of
cards. Words are folded (case and accents) and indexed once; a query word
matches an indexed word exactly, as a prefix (the word being typed), or
with one typo (a letter missing, extra, wrong or two letters swapped), found
through a table of one-letter deletions rather than by comparing against
every word; a longer word being typed may also carry one typo.
"""

from __future__ import annotations

import bisect
import heapq
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import repeat
from operator import add, neg

from desktop_app.core.playbook import PhraseCard, Playbook

#: How much a match counts, by where the word was found.
WEIGHT_TITLE = 3.0
WEIGHT_TAG = 2.5
WEIGHT_OWNER = 1.5
WEIGHT_TEXT = 1.0

QUALITY_EXACT = 1.0
QUALITY_PREFIX = 0.8
QUALITY_TYPO = 0.6
QUALITY_TYPO_PREFIX = 0.5

#: Words shorter than this are only matched exactly (or as a prefix), never with a typo.
TYPO_MIN_LENGTH = 4
#: A word being typed is matched with a typo only from this length on.
TYPO_PREFIX_MIN_LENGTH = 5
TYPO_PREFIX_SCAN = 2000

_WORD = re.compile(r"\w+")

#: The cards one query word finds: score -> sorted lists of card numbers giving it.
Levels = dict[float, list[list[int]]]


@dataclass(frozen=True, slots=True)
class CardHit:
    """A card a search found, with the step or situation holding it and its score."""

    card: PhraseCard
    #: id and title of the step or situation holding the card
    owner_id: str
    owner_title: str
    score: float


def fold(text: str) -> str:
    """Lower case without accents, so "Café" finds "cafe"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def within_one_typo(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one edit or one swap of neighbours."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diffs = [i for i in range(la) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    short, long_ = (a, b) if la < lb else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


class CardIndex:
    """Built once per playbook; ``search`` answers each keystroke.

    Cards are numbered in the order a tie between equal scores is shown
    (by title, then as the playbook lists them), and each word's postings
    are kept as lists of card numbers, one per field weight, in that order.
    So a one-word query never scores every matching card: its best cards
    are the head of a merge of a few sorted lists, which keeps a common
    prefix such as "re" (most cards) as cheap as a rare word.
    """

    def __init__(
        self,
        entries: Iterable[tuple[str, str, PhraseCard]],
        owner_words: Mapping[str, str] | None = None,
    ) -> None:
        """``owner_words``: more words to find each owner's cards by (a situation's
        keywords), by owner id; they count as much as the owner's title."""
        owner_words = owner_words or {}
        # Stable: cards with the same title keep the playbook's order.
        self._entries = sorted(entries, key=lambda entry: entry[2].title)
        #: word -> {field weight: card numbers with that best weight, ascending}
        self._postings: dict[str, dict[float, list[int]]] = {}
        for number, (owner_id, owner_title, card) in enumerate(self._entries):
            best: dict[str, float] = {}
            for weight, text in (
                (WEIGHT_TEXT, card.text),
                (WEIGHT_OWNER, f"{owner_title} {owner_words.get(owner_id, '')}"),
                (WEIGHT_TAG, " ".join(card.tags)),
                (WEIGHT_TITLE, card.title),
            ):
                for word in words(text):
                    if best.get(word, 0.0) < weight:
                        best[word] = weight
            for word, weight in best.items():
                self._postings.setdefault(word, {}).setdefault(weight, []).append(number)
        self._vocabulary = sorted(self._postings)
        self._by_deletion: dict[str, list[str]] = {}
        for word in self._vocabulary:
            if len(word) >= TYPO_MIN_LENGTH - 1:
                for variant in _deletions(word) | {word}:
                    self._by_deletion.setdefault(variant, []).append(word)

    @classmethod
    def from_playbook(cls, playbook: Playbook) -> CardIndex:
        entries: list[tuple[str, str, PhraseCard]] = []
        for step in playbook.steps:
            entries.extend((step.id, step.title, card) for card in step.cards)
        for situation in playbook.situations:
            entries.extend((situation.id, situation.title, card) for card in situation.cards)
        keywords = {s.id: " ".join(s.keywords) for s in playbook.situations if s.keywords}
        return cls(entries, keywords)

    def __len__(self) -> int:
        return len(self._entries)

    def _matches(self, term: str) -> dict[str, float]:
        """Indexed words matching ``term``, with the quality of each match."""
        found: dict[str, float] = {}
        if term in self._postings:
            found[term] = QUALITY_EXACT
        if len(term) >= 2:
            start = bisect.bisect_left(self._vocabulary, term)
            for word in self._vocabulary[start:]:
                if not word.startswith(term):
                    break
                found.setdefault(word, QUALITY_PREFIX)
        if len(term) >= TYPO_MIN_LENGTH:
            for variant in _deletions(term) | {term}:
                for word in self._by_deletion.get(variant, ()):
                    if word not in found and within_one_typo(term, word):
                        found[word] = QUALITY_TYPO
        if len(term) >= TYPO_PREFIX_MIN_LENGTH:
            self._typo_prefixes(term, found)
        return found

    def _typo_prefixes(self, term: str, found: dict[str, float]) -> None:
        """A word being typed, with a typo in it: "frustratd" finds "frustrating".

        Only words sharing the first two letters are tried, and at most
        ``TYPO_PREFIX_SCAN`` of them, so a keystroke stays cheap.
        """
        size = len(term)
        start = bisect.bisect_left(self._vocabulary, term[:2])
        for word in self._vocabulary[start : start + TYPO_PREFIX_SCAN]:
            if not word.startswith(term[:2]):
                break
            if word in found or len(word) <= size:
                continue
            if any(within_one_typo(term, word[:n]) for n in (size, size - 1, size + 1)):
                found[word] = QUALITY_TYPO_PREFIX

    def _levels(self, term: str) -> Levels:
        """The cards ``term`` finds, as sorted lists of card numbers by the score they give."""
        levels: Levels = {}
        for word, quality in self._matches(term).items():
            for weight, numbers in self._postings[word].items():
                levels.setdefault(quality * weight, []).append(numbers)
        return levels

    def search(self, query: str, limit: int = 20) -> list[CardHit]:
        """Best cards first: those matching the most query words, then by score."""
        terms = list(dict.fromkeys(words(query)))
        if not terms or limit <= 0:
            return []
        if len(terms) == 1:
            best_first = self._best_for_one(self._levels(terms[0]), limit)
        else:
            best_first = self._best_for_all([self._levels(term) for term in terms], limit)
        hits = []
        for score, number in best_first:
            owner_id, owner_title, card = self._entries[number]
            hits.append(CardHit(card, owner_id, owner_title, score))
        return hits

    @staticmethod
    def _best_for_one(levels: Levels, limit: int) -> list[tuple[float, int]]:
        """The ``limit`` best cards for one word, without visiting the others.

        Highest score first; within a score the lists are merged in card
        order, and a card already taken at a higher score is passed over
        (its best match counts, as for several words).
        """
        taken: set[int] = set()
        best_first: list[tuple[float, int]] = []
        for score in sorted(levels, reverse=True):
            for number in heapq.merge(*levels[score]):
                if number not in taken:
                    taken.add(number)
                    best_first.append((score, number))
                    if len(best_first) == limit:
                        return best_first
        return best_first

    @staticmethod
    def _scores(levels: Levels) -> dict[int, float]:
        """Each card one word finds, with its best score (the lowest is written first)."""
        scores: dict[int, float] = {}
        for score in sorted(levels):
            for numbers in levels[score]:
                scores.update(dict.fromkeys(numbers, score))
        return scores

    @classmethod
    def _best_for_all(cls, per_term: list[Levels], limit: int) -> list[tuple[float, int]]:
        """The ``limit`` best of the cards matching the most words, by their summed score."""
        scores = [cls._scores(levels) for levels in per_term]
        found = Counter[int]()
        for term_scores in scores:
            found.update(term_scores.keys())
        if not found:
            return []
        most = max(found.values())
        candidates: list[int]
        if most == len(scores):
            smallest, *others = sorted(scores, key=len)
            candidates = list(set(smallest).intersection(*others))
        else:
            candidates = [number for number, count in found.items() if count == most]
        # Summed word by word over all candidates at once (``map`` runs in C):
        # a common prefix as one of the words still makes thousands of them.
        totals = [0.0] * len(candidates)
        for term_scores in scores:
            totals = list(map(add, totals, map(term_scores.get, candidates, repeat(0.0))))
        best_first = heapq.nsmallest(limit, zip(map(neg, totals), candidates, strict=True))
        return [(-negative, number) for negative, number in best_first]
