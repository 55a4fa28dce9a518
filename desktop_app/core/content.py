"""Loads playbooks from YAML content files into the plain playbook model."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from desktop_app.core.playbook import Delivery, PhraseCard, Playbook, Situation, Step

FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class ContentProblem:
    file: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class ContentError(Exception):
    def __init__(self, problems: list[ContentProblem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def load_playbook(path: Path) -> Playbook:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ContentError([ContentProblem(path, 1, f"cannot read: {exc}")]) from exc
    if not isinstance(data, dict):
        raise ContentError([ContentProblem(path, 1, "a playbook must be a mapping")])
    return _playbook(data)


def _card(data: dict[str, Any]) -> PhraseCard:
    return PhraseCard(
        id=str(data["id"]),
        title=str(data["title"]),
        text=str(data["text"]),
        tags=tuple(str(t) for t in data.get("tags", ())),
        delivery=Delivery(data.get("delivery", "either")),
    )


def _playbook(data: dict[str, Any]) -> Playbook:
    steps = tuple(
        Step(
            id=str(s["id"]),
            title=str(s["title"]),
            goal=str(s.get("goal", "")),
            do=tuple(str(x) for x in s.get("do", ())),
            dont=tuple(str(x) for x in s.get("dont", ())),
            move_on_when=str(s.get("move_on_when", "")),
            cards=tuple(_card(c) for c in s.get("cards", ())),
        )
        for s in data["steps"]
    )
    situations = tuple(
        Situation(
            id=str(s["id"]),
            title=str(s["title"]),
            advice=str(s.get("advice", "")),
            cards=tuple(_card(c) for c in s.get("cards", ())),
        )
        for s in data.get("situations", ())
    )
    return Playbook(
        id=str(data["id"]),
        name=str(data["name"]),
        language=str(data.get("language", "en")),
        steps=steps,
        situations=situations,
        categories=tuple(str(c) for c in data.get("categories", ())) or ("other",),
        reescalate_to=data.get("reescalate_to"),
    )
