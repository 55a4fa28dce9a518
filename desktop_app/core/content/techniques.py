"""The de-escalation techniques Calmline's playbooks draw on, as card tags.

A card's ``tags`` name the techniques it puts into words. The built-in
playbooks carry every technique below on at least one card (a test checks
this); team leads may use these tags or their own.
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
}
