"""The de-escalation techniques Calmline's playbooks draw on, as card tags.

A card's ``tags`` name the techniques it puts into words. Every built-in
playbook carries every technique in ``TECHNIQUES`` on at least one card, and
the default playbook also carries those in ``SITUATION_TECHNIQUES`` (tests
check both); team leads may use these tags or their own.

Two tags say what a card does for the flow of the call, and every step of a
built-in playbook has a card with each: ``check-understanding`` and
``move-forward``.
"""

from __future__ import annotations

TECHNIQUES: dict[str, str] = {
    # listen
    "let-vent": "let them vent without hurrying them",
    "no-interrupt": "don't interrupt",
    "not-personal": "don't take insults personally",
    "cool-head": "keep a cool head",
    "emotion-first": "treat the emotion before the problem",
    # acknowledge
    "name-feeling": "name the feeling",
    "support": "express support",
    "reflect": "reflect or restate their complaint",
    "thank": "thank them for raising it",
    "apologise": "apologise sincerely; an apology is not an admission of fault",
    "agree-points": "find points of agreement",
    "match-concern": "match their concern, never their anger",
    "no-calm-down": 'never say "calm down"',
    "not-wrong": 'never say "you\'re wrong"',
    # ask
    "open-questions": "open questions first",
    "confirm-yes-no": "then yes/no questions to confirm",
    "writing-down": "say you're writing it down",
    "facts-and-feelings": "ask about facts and feelings",
    "real-want": "clarify what they really want",
    # resolve
    "two-options": "propose two options",
    "ask-what-helps": "ask what would make it right; suggest if they have no idea",
    "make-amends": "make amends",
    "timeline": "set a timeline",
    "deliverable-promise": "promise only what you can deliver",
    "firm-understanding": "be firm but understanding",
    "supervisor-last-resort": "a supervisor only as a last resort",
    "no-bluffs": "don't give in to bluffs",
    # recap
    "restate-changes": "restate every change, charge and adjustment",
    "next-steps": "say what happens next and when",
    "next-contact": "set up the next contact as a good one",
    # log
    "clear-entry": "a clear, concise log entry",
    "commitments-due": "commitments with due dates",
    "follow-up": "follow up to check the fix worked",
    "category": "a category for spotting recurring complaints",
    # situations
    "warn-once": "stay professional and warn once",
    "call-back": "offer or schedule a call-back",
    "take-seriously": "take a threat seriously",
    "no-blame": "apologise for the trouble without blame",
    "check-history": "check the customer's history",
    "within-policy": "stay within policy",
    "own-handover": "never push them away: own the handover",
    "own-it": "take personal ownership of the next action",
    # the flow of the call, and keeping promises
    "check-understanding": "check you understood them, or that they understood you",
    "move-forward": "move the call on to the next thing",
    "flare-up": "they flared up again: go back to the feeling, not the argument",
    "keep-informed": "when a promised date slips, tell them at once, with the new plan",
}

#: Techniques for situations only the default playbook covers.
SITUATION_TECHNIQUES: dict[str, str] = {
    "stay-on-line": "stay with a caller at risk; never end the call abruptly",
    "follow-procedure": "follow the team's own procedure for this (safety, complaints, identity)",
    "protect-account": "share account details only with the holder or someone they authorised",
    "plain-words": "short sentences, plain words, one thing at a time",
    "own-mistake": "own the company's mistake, without blaming a colleague or a system",
    "say-no-kindly": "say no clearly, give the reason, then what you can do",
}
