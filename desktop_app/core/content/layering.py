"""Builds a playbook from a checked document, or applies a change to an earlier one.

Override rules (documented in resources/playbooks/WRITING.md):

- an entry whose id is already in the playbook changes only the fields it
  writes; ``cards`` inside it are matched by id the same way;
- ``disabled: true`` takes a step, situation or card out;
- an entry with a new id is added (at the end, or after the step named by
  ``after``) and must be complete: a step needs title and goal, a
  situation a title and a card, a card a title and text;
- an entry that is neither complete nor names an existing id is an error
  (usually a typo), as is disabling an id that does not exist.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from desktop_app.core.content.document import (
    CardPatch,
    Document,
    SituationPatch,
    StepPatch,
)
from desktop_app.core.content.problems import ContentProblem, did_you_mean
from desktop_app.core.placeholders import placeholders_in
from desktop_app.core.playbook import (
    PhraseCard,
    Playbook,
    Situation,
    Step,
    ordered_situations,
)

_NEEDS = {
    "step": ("title", "goal"),
    "situation": ("title",),
    "card": ("title", "text"),
}


class _Builder:
    def __init__(self, doc: Document, base: Playbook | None) -> None:
        self.doc = doc
        self.base = base if doc.extends else None
        self.problems: list[ContentProblem] = []
        #: line of every card this document writes, for placing later problems
        self.card_lines: dict[str, int] = {}

    def problem(self, line: int, message: str) -> None:
        self.problems.append(ContentProblem(self.doc.path, line, message))

    @property
    def target(self) -> str:
        return f"playbook {self.doc.playbook_id!r}"

    def missing_fields(self, kind: str, patch: Any, present: dict[str, Any]) -> bool:
        """Report what a new entry lacks; true when it is complete."""
        lacking = [name for name in _NEEDS[kind] if name not in present]
        if kind == "situation" and not patch.cards:
            lacking.append("at least one card")
        if not lacking:
            return True
        needs = " and ".join(lacking)
        if self.base is None:
            self.problem(patch.line, f"{kind} {patch.id!r} needs {needs}")
        else:
            self.problem(
                patch.line,
                f"{kind} {patch.id!r} is not in {self.target}{self._hint(kind, patch.id)}; "
                f"a new {kind} needs {needs}",
            )
        return False

    def _hint(self, kind: str, wanted: str) -> str:
        if self.base is None:
            return ""
        pool: list[str]
        if kind == "step":
            pool = [s.id for s in self.base.steps]
        elif kind == "situation":
            pool = [s.id for s in self.base.situations]
        else:
            pool = [card.id for _owner, card in self.base.all_cards()]
        return did_you_mean(wanted, pool)

    # -- cards -------------------------------------------------------------
    def cards(
        self, existing: Sequence[PhraseCard], patches: list[CardPatch] | None
    ) -> tuple[PhraseCard, ...]:
        found = list(existing)
        for patch in patches or ():
            self.card_lines[patch.id] = patch.line
            at = next((i for i, c in enumerate(found) if c.id == patch.id), None)
            if patch.disabled:
                if at is None:
                    self.problem(
                        patch.line,
                        f"cannot disable card {patch.id!r}: it is not here in {self.target}"
                        f"{self._hint('card', patch.id)}",
                    )
                else:
                    del found[at]
            elif at is not None:
                found[at] = _merge_card(found[at], patch)
                self._check_fallbacks(found[at], patch.line)
            elif self.missing_fields("card", patch, patch.fields):
                card = PhraseCard(id=patch.id, **patch.fields)
                self._check_fallbacks(card, patch.line)
                found.append(card)
        return tuple(found)

    def _check_fallbacks(self, card: PhraseCard, line: int) -> None:
        used = placeholders_in(card.text)
        for name, _wording in card.fallbacks:
            if name not in used:
                self.problem(
                    line,
                    f"card {card.id!r} has a fallback for {{{name}}} but its text never uses it",
                )

    # -- steps and situations ----------------------------------------------
    def steps(self) -> list[Step]:
        found = list(self.base.steps) if self.base else []
        for patch in self.doc.steps:
            at = next((i for i, s in enumerate(found) if s.id == patch.id), None)
            if patch.disabled:
                self._disable("step", patch, found, at)
                continue
            if at is not None:
                step = dataclasses.replace(
                    found[at], **patch.fields, cards=self.cards(found[at].cards, patch.cards)
                )
                del found[at]
            elif self.missing_fields("step", patch, patch.fields):
                step = Step(id=patch.id, **patch.fields, cards=self.cards((), patch.cards))
            else:
                continue
            self._place(found, step, patch, at)
        return found

    def _place(self, found: list[Step], step: Step, patch: StepPatch, at: int | None) -> None:
        if patch.after is None:
            found.insert(len(found) if at is None else at, step)
            return
        after = next((i for i, s in enumerate(found) if s.id == patch.after), None)
        if after is None:
            hint = did_you_mean(patch.after, [s.id for s in found])
            self.problem(patch.line, f"'after: {patch.after}' names no step{hint}")
            found.insert(len(found) if at is None else at, step)
            return
        found.insert(after + 1, step)

    def situations(self) -> list[Situation]:
        found = list(self.base.situations) if self.base else []
        for patch in self.doc.situations:
            at = next((i for i, s in enumerate(found) if s.id == patch.id), None)
            if patch.disabled:
                self._disable("situation", patch, found, at)
            elif at is not None:
                found[at] = dataclasses.replace(
                    found[at], **patch.fields, cards=self.cards(found[at].cards, patch.cards)
                )
            elif self.missing_fields("situation", patch, patch.fields):
                found.append(
                    Situation(id=patch.id, **patch.fields, cards=self.cards((), patch.cards))
                )
        return found

    def _disable(
        self,
        kind: str,
        patch: StepPatch | SituationPatch,
        found: list[Any],
        at: int | None,
    ) -> None:
        if at is None:
            self.problem(
                patch.line,
                f"cannot disable {kind} {patch.id!r}: {self.target} has no such {kind}"
                f"{self._hint(kind, patch.id)}",
            )
        else:
            del found[at]

    # -- the whole playbook ------------------------------------------------
    def build(self) -> Playbook | None:
        steps = self.steps()
        situations = ordered_situations(tuple(self.situations()))
        fields = self.doc.fields
        if self.base is not None:
            playbook = dataclasses.replace(
                self.base, **fields, steps=tuple(steps), situations=tuple(situations)
            )
        elif "name" in fields and "language" in fields:
            playbook = Playbook(
                id=self.doc.playbook_id,
                steps=tuple(steps),
                situations=tuple(situations),
                **fields,
            )
        else:
            return None
        self._check_whole(playbook)
        return None if self.problems else playbook

    def _check_whole(self, playbook: Playbook) -> None:
        if not playbook.steps:
            self.problem(self.doc.line, f"{self.target} has no steps left")
        wanted = playbook.reescalate_to
        step_ids = [s.id for s in playbook.steps]
        # A step that failed to build would show up here again; say it once.
        if wanted is not None and wanted not in step_ids and not self.problems:
            line = self.doc.field_lines.get("reescalate_to", self.doc.line)
            self.problem(
                line,
                f"reescalate_to names the step {wanted!r}, which is not in {self.target}"
                f"{did_you_mean(wanted, step_ids)}",
            )
        owners: dict[str, str] = {}
        for owner, card in playbook.all_cards():
            if card.id in owners:
                line = self.card_lines.get(card.id, self.doc.line)
                self.problem(
                    line,
                    f"duplicate card id {card.id!r}: used in {owners[card.id]!r} and {owner!r}",
                )
            owners.setdefault(card.id, owner)


def _merge_card(card: PhraseCard, patch: CardPatch) -> PhraseCard:
    merged = dataclasses.replace(card, **patch.fields)
    if "text" in patch.fields and "fallbacks" not in patch.fields:
        # New wording without its own fallbacks keeps only those it still uses.
        used = placeholders_in(merged.text)
        kept = tuple((name, words) for name, words in merged.fallbacks if name in used)
        merged = dataclasses.replace(merged, fallbacks=kept)
    return merged


def build_playbook(
    doc: Document, base: Playbook | None = None
) -> tuple[Playbook | None, list[ContentProblem]]:
    """The playbook ``doc`` defines, or ``base`` with ``doc``'s changes; all problems."""
    builder = _Builder(doc, base)
    playbook = builder.build()
    return playbook, builder.problems
