"""What the F1 sheet lists for the playbook in use: only keys that do something.

The default keys reach step 9, card 9 and situation 8; a six-step playbook
with four situations has no use for Alt+7 or F6. A key bound to a numbered
step, card or situation is listed only when the playbook has it, and a step
or situation key names its title, so the sheet says which situation F3 opens.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.core.playbook import Playbook

#: (group, key, command line, what it does), as ``core.keymap.describe`` gives them
KeyRow = tuple[str, str, str, str]


@dataclass(frozen=True, slots=True)
class SheetRow:
    """One key on the sheet: what ``core.keymap.describe`` says of it, and the
    title of the step or situation it goes to ("" for other keys)."""

    group: str
    key: str
    command_line: str
    help: str
    title: str = ""


def keys_for_playbook(rows: Iterable[KeyRow], playbook: Playbook) -> list[SheetRow]:
    """``rows`` less the keys that do nothing in ``playbook``, each with the
    title of the step or situation it goes to."""
    card_counts = [len(step.cards) for step in playbook.steps]
    card_counts += [len(situation.cards) for situation in playbook.situations]
    most_cards = max(card_counts, default=0)
    situations = playbook.situations
    steps = playbook.steps
    kept = []
    for group, key, line, help_text in rows:
        name, _, argument = line.partition(" ")
        argument = argument.strip()
        title = ""
        if name == "go-to-step" and argument.isdigit():
            number = int(argument)
            if not 1 <= number <= len(steps):
                continue
            title = steps[number - 1].title
        elif name == "use-card" and argument.isdigit():
            if not 1 <= int(argument) <= most_cards:
                continue
        elif name == "open-situation" and argument:
            if argument.isdigit():
                number = int(argument)
                if not 1 <= number <= len(situations):
                    continue
                title = situations[number - 1].title
            else:
                same = [s for s in situations if s.id == argument]
                if not same:
                    continue
                title = same[0].title
        kept.append(SheetRow(group, key, line, help_text, title))
    return kept
