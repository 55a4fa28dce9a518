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
    labelled,
)
from desktop_app.core.content.problems import NOTHING, ContentProblem, Said, did_you_mean, said
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
#: What a new entry of each kind needs, in a problem
_NEW = {
    "step": said("a new step"),
    "situation": said("a new situation"),
    "card": said("a new card"),
}


class _Builder:
    def __init__(self, doc: Document, base: Playbook | None) -> None:
        self.doc = doc
        self.base = base if doc.extends else None
        self.problems: list[ContentProblem] = []
        #: line of every card this document writes, for placing later problems
        self.card_lines: dict[str, int] = {}

    def problem(self, line: int, message: Said) -> None:
        self.problems.append(ContentProblem(self.doc.path, line, message))

    @property
    def target(self) -> Said:
        return said("playbook {id}", id=repr(self.doc.playbook_id))

    def missing_fields(self, kind: str, patch: Any, present: dict[str, Any]) -> bool:
        """Report what a new entry lacks; true when it is complete."""
        lacking: list[str | Said] = [name for name in _NEEDS[kind] if name not in present]
        if kind == "situation" and not patch.cards:
            lacking.append(said("at least one card"))
        if not lacking:
            return True
        needs = lacking[0]
        for more in lacking[1:]:
            needs = said("{first} and {second}", first=needs, second=more)
        if self.base is None:
            self.problem(
                patch.line,
                said("{label} needs {needs}", label=labelled(kind, patch.id), needs=needs),
            )
        else:
            self.problem(
                patch.line,
                said(
                    "{label} is not in {target}{hint}; {new} needs {needs}",
                    label=labelled(kind, patch.id),
                    target=self.target,
                    hint=self._hint(kind, patch.id),
                    new=_NEW[kind],
                    needs=needs,
                ),
            )
        return False

    def _hint(self, kind: str, wanted: str) -> Said:
        if self.base is None:
            return NOTHING
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
                        said(
                            "cannot disable card {id}: it is not here in {target}{hint}",
                            id=repr(patch.id),
                            target=self.target,
                            hint=self._hint("card", patch.id),
                        ),
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
                    said(
                        "card {id} has a fallback for {placeholder} but its text never uses it",
                        id=repr(card.id),
                        placeholder="{" + name + "}",
                    ),
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
            self.problem(
                patch.line, said("'after: {step}' names no step{hint}", step=patch.after, hint=hint)
            )
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
            values: dict[str, str | Said] = {
                "id": repr(patch.id),
                "target": self.target,
                "hint": self._hint(kind, patch.id),
            }
            self.problem(
                patch.line,
                said("cannot disable step {id}: {target} has no such step{hint}", **values)
                if kind == "step"
                else said(
                    "cannot disable situation {id}: {target} has no such situation{hint}", **values
                ),
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
            self.problem(self.doc.line, said("{target} has no steps left", target=self.target))
        wanted = playbook.reescalate_to
        step_ids = [s.id for s in playbook.steps]
        # A step that failed to build would show up here again; say it once.
        if wanted is not None and wanted not in step_ids and not self.problems:
            line = self.doc.field_lines.get("reescalate_to", self.doc.line)
            self.problem(
                line,
                said(
                    "reescalate_to names the step {id}, which is not in {target}{hint}",
                    id=repr(wanted),
                    target=self.target,
                    hint=did_you_mean(wanted, step_ids),
                ),
            )
        owners: dict[str, str] = {}
        for owner, card in playbook.all_cards():
            if card.id in owners:
                line = self.card_lines.get(card.id, self.doc.line)
                self.problem(
                    line,
                    said(
                        "duplicate card id {id}: used in {first} and {second}",
                        id=repr(card.id),
                        first=repr(owners[card.id]),
                        second=repr(owner),
                    ),
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
