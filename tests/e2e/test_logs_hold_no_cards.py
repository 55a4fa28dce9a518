"""Nothing sensitive reaches ``logs/``: every refused or failing input, through every
entry point of the real program, is logged with its card numbers and codes masked."""

from __future__ import annotations

import re
from pathlib import Path

from tests.card_samples import CODE_LEFT, digit_string_pattern
from tests.conftest import REPO_ROOT
from tests.e2e.running_calmline import calmline, calmline_window

#: A card number per place it is typed, so that a hit names the place.
CARDS = {
    "keys: key": "4111111111111111",
    "keys: command": "5555 5555 5555 4444",
    "keys: unknown command": "4012-8888-8888-1881",
    "playbook: step id": "5105 1051 0510 5100",
    "playbook: step to go back to": "3782 822463 10005",
    "settings": "6011.1111.1111.1117",
    "ctl: outcome": "4607 7767 9361 7303",
    "ctl: field name": "3530111333300000",
    "ctl: card number": "30569309025904",
    "ctl: option": "6200 0000 0000 0005",
    "ctl: command name": "2223003122003222",
    "ctl: after a word ending in a digit": "card2 3714 496353 98431",
    "cli: export": "6011 0009 9013 9424",
    "cli: log forget": "5425233430109903",
    "cli: check-content": "4263982640269299",
}
CODES = ["CVV 987", "security code: 4321"]


def write_bad_user_files(data: Path) -> None:
    data.mkdir(parents=True)
    (data / "keys.yaml").write_text(
        f"Ctrl+{CARDS['keys: key']}: next-step\n"
        f"F9: set-field notes {CARDS['keys: command']}\n"
        f"F10: no-such-command {CARDS['keys: unknown command']}\n",
        encoding="utf-8",
    )
    playbook = (REPO_ROOT / "resources" / "playbooks" / "calm-six.yaml").read_text("utf-8")
    playbook = playbook.replace("id: calm-six", "id: mine", 1)
    playbook = playbook.replace("  - id: listen\n", f'  - id: "{CARDS["playbook: step id"]}"\n', 1)
    playbook = playbook.replace(
        "reescalate_to: acknowledge", f'reescalate_to: "{CARDS["playbook: step to go back to"]}"'
    )
    (data / "playbooks").mkdir()
    (data / "playbooks" / "mine.yaml").write_text(playbook, encoding="utf-8")
    (data / "settings.json").write_text(
        f'{{"retention_days": "{CARDS["settings"]}"}}\n', encoding="utf-8"
    )


def refuse_through_the_window(data: Path) -> None:
    refused = [
        ("ctl", "set-field", "outcome", CARDS["ctl: outcome"]),
        ("ctl", "set-field", f"x{CARDS['ctl: field name']}", "y"),
        ("ctl", "use-card", CARDS["ctl: card number"]),
        ("ctl", "new-call", "--when", CARDS["ctl: option"]),
        ("ctl", CARDS["ctl: command name"]),
        ("ctl", "set-field", "outcome", CARDS["ctl: after a word ending in a digit"]),
        *(("ctl", "set-field", "outcome", code) for code in CODES),
    ]
    for words in refused:
        result = calmline(data, *words)
        assert result.returncode == 1, (words, result.stdout, result.stderr)


def refuse_on_the_command_line(data: Path) -> None:
    refused = [
        ("export", "--format", "csv", "--out", f"/nowhere/{CARDS['cli: export']}/x.csv"),
        ("export", "--since", CARDS["cli: export"]),
        ("log", "forget", "--phone", CARDS["cli: log forget"]),
        ("check-content", f"/nowhere/{CARDS['cli: check-content']}.yaml"),
    ]
    for words in refused:
        result = calmline(data, *words)
        assert result.returncode != 0, (words, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr


def test_no_card_number_or_code_reaches_the_logs_folder(tmp_path: Path) -> None:
    data = tmp_path / "data"
    write_bad_user_files(data)
    with calmline_window(data) as process:
        refuse_through_the_window(data)
        refuse_on_the_command_line(data)
        assert calmline(data, "ctl", "quit").returncode == 0
        process.communicate(timeout=60)
    logged = {path.name: path.read_text("utf-8") for path in (data / "logs").iterdir()}
    everything = "\n".join(logged.values())
    # Each refusal was written, masked: the test would see a raw number.
    assert "keys.yaml:1" in everything and "mine.yaml" in everything
    assert "settings.json" in everything
    assert "'[card ending 7303]' is not one of" in everything
    assert "CVV [code removed]" in everything
    for place, card in CARDS.items():
        number = re.sub(r"\D", "", card)
        hits = [
            name for name, text in logged.items() if re.search(digit_string_pattern(number), text)
        ]
        assert hits == [], f"{place}: {card} in {hits}"
    assert CODE_LEFT.findall(everything) == []
