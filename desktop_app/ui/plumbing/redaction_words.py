"""What the card-masking notice says, in the agent's language.

The log's own account of what it took out (``RedactionReport.notice()``) is
English, for the log file; the notice in the window says the same from the
counts and field names, through Qt's translations, so it can be worded again
when the language is switched.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from desktop_app.core.redaction import RedactionReport

# the names ``redact_record`` gives the fields it cleans, as the agent reads them
FIELD_NAMES = {
    "agent": QT_TRANSLATE_NOOP("RedactionWords", "agent"),
    "playbook": QT_TRANSLATE_NOOP("RedactionWords", "playbook"),
    "customer name": QT_TRANSLATE_NOOP("RedactionWords", "customer name"),
    "account": QT_TRANSLATE_NOOP("RedactionWords", "account"),
    "phone": QT_TRANSLATE_NOOP("RedactionWords", "phone"),
    "category": QT_TRANSLATE_NOOP("RedactionWords", "category"),
    "reason": QT_TRANSLATE_NOOP("RedactionWords", "reason"),
    "resolution": QT_TRANSLATE_NOOP("RedactionWords", "resolution"),
    "outcome": QT_TRANSLATE_NOOP("RedactionWords", "outcome"),
    "cause": QT_TRANSLATE_NOOP("RedactionWords", "cause"),
    "notes": QT_TRANSLATE_NOOP("RedactionWords", "notes"),
    "commitments": QT_TRANSLATE_NOOP("RedactionWords", "promises"),
    "timeline": QT_TRANSLATE_NOOP("RedactionWords", "timeline"),
}


class RedactionWords(QObject):
    """Says a ``RedactionReport`` in the language now installed."""

    def say(self, report: RedactionReport) -> str:
        """ "Kept off the disk: 1 card number masked before saving (notes). …" """
        parts = []
        cards, codes = report.cards_masked, report.codes_removed
        # English has no translation file: its singular is written out.
        if cards == 1:
            parts.append(self.tr("1 card number masked"))
        elif cards:
            parts.append(self.tr("%n card numbers masked", "", cards))
        if codes == 1:
            parts.append(self.tr("1 security code removed"))
        elif codes:
            parts.append(self.tr("%n security codes removed", "", codes))
        fields = ", ".join(
            QCoreApplication.translate("RedactionWords", str(FIELD_NAMES.get(name, name)))
            for name in report.fields
        )
        what = self.tr("{0} before saving ({1})").format(self.tr(" and ").join(parts), fields)
        return self.tr(
            "Kept off the disk: {0}. The log keeps only a card's last four digits."
        ).format(what)
