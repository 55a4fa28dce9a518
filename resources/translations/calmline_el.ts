<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el_GR">
<context>
    <name>AskBar</name>
    <message>
        <location filename="../../desktop_app/ui/call_window/ask_bar.py" line="18"/>
        <source>Customer&apos;s name</source>
        <translation>Όνομα πελάτη</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/ask_bar.py" line="19"/>
        <source>Your name</source>
        <translation>Το όνομά σας</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/ask_bar.py" line="20"/>
        <source>Company name</source>
        <translation>Όνομα εταιρείας</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/ask_bar.py" line="21"/>
        <source>When (date and time)</source>
        <translation>Πότε (ημερομηνία και ώρα)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/ask_bar.py" line="22"/>
        <source>Account or ticket</source>
        <translation>Λογαριασμός ή αίτημα</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/ask_bar.py" line="23"/>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/ask_bar.py" line="24"/>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/ask_bar.py" line="37"/>
        <source>A card needs a value</source>
        <translation>Η κάρτα θέλει μια τιμή</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/ask_bar.py" line="56"/>
        <source>“{0}” needs:</source>
        <translation>Η «{0}» θέλει:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/ask_bar.py" line="68"/>
        <source>Enter copies the card · Esc skips it</source>
        <translation>Enter: αντιγραφή κάρτας · Esc: παράλειψη</translation>
    </message>
</context>
<context>
    <name>CallDesk</name>
    <message>
        <location filename="../../desktop_app/desk/desk.py" line="176"/>
        <location filename="../../desktop_app/desk/desk.py" line="190"/>
        <source>no unfinished call is offered</source>
        <extracomment>the playbook it began with, when it is not the one in use What the agent has typed in the promise row and not added yet: (what, who, due) or None. Fields ``set-field`` may change, as the record spells them. Mood assumed when the agent nudges it before ever setting it. turns the desk&apos;s English messages into the user&apos;s language last time&apos;s unfinished call while it is offered (see ``offer_unfinished``) values the agent typed in for placeholders during this call why the last saved call is only in memory; &quot;&quot; once it is on disk what keeps the call safe on disk, for ``status`` (set by the window&apos;s autosave) more of ``status``, by name (the phone&apos;s side of the call, say) the promise row on screen (set by the window); part of every draft and saved call every playbook loaded (set where the library is known), for ``titles`` the call whose draft was last handed to the autosave</extracomment>
        <translation>δεν υπάρχει ανολοκλήρωτη κλήση</translation>
    </message>
    <message>
        <location filename="../../desktop_app/desk/desk.py" line="182"/>
        <source>carrying on with the call from {started}</source>
        <translation>συνέχεια της κλήσης των {started}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/desk/desk.py" line="197"/>
        <location filename="../../desktop_app/desk/desk.py" line="277"/>
        <source>Not on disk yet: {problem}</source>
        <translation>Δεν γράφτηκε ακόμη στον δίσκο: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/desk/desk.py" line="198"/>
        <source>Last time&apos;s unfinished call is kept in the log</source>
        <translation>Η ανολοκλήρωτη κλήση κρατήθηκε στο αρχείο</translation>
    </message>
    <message>
        <location filename="../../desktop_app/desk/desk.py" line="280"/>
        <source>Call saved to the log</source>
        <translation>Η κλήση αποθηκεύτηκε στο αρχείο</translation>
    </message>
    <message>
        <location filename="../../desktop_app/desk/desk.py" line="377"/>
        <source>“{title}” used {times} times this call: say it in your own words this time</source>
        <translation>Η «{title}» χρησιμοποιήθηκε {times} φορές σε αυτή την κλήση· πείτε τη με δικά σας λόγια</translation>
    </message>
    <message>
        <location filename="../../desktop_app/desk/desk.py" line="381"/>
        <source>Copied: {title}</source>
        <translation>Αντιγράφηκε: {title}</translation>
    </message>
</context>
<context>
    <name>CallViewer</name>
    <message>
        <location filename="../../desktop_app/ui/log_tools/history.py" line="133"/>
        <source>Past call</source>
        <translation>Παλαιότερη κλήση</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/history.py" line="138"/>
        <source>Copy note</source>
        <translation>Αντιγραφή σημείωσης</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/history.py" line="139"/>
        <source>Export…</source>
        <translation>Εξαγωγή…</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <location filename="../../desktop_app/ui/call_window/step_page.py" line="185"/>
        <source>Reminders</source>
        <extracomment>the do / don&apos;t reminders below the cards, on step pages</extracomment>
        <translation>Υπενθυμίσεις</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/step_page.py" line="214"/>
        <source>Move on when: {0}</source>
        <translation>Προχωρήστε όταν: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/step_page.py" line="219"/>
        <location filename="../../desktop_app/ui/call_window/step_page.py" line="252"/>
        <source>Cards</source>
        <translation>Κάρτες</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/step_page.py" line="227"/>
        <source>Step: {0}</source>
        <translation>Βήμα: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/step_page.py" line="246"/>
        <source>{0} goes back to the step</source>
        <translation>{0}: πίσω στο βήμα</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/step_page.py" line="259"/>
        <source>Situation: {0}</source>
        <translation>Κατάσταση: {0}</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <location filename="../../desktop_app/ui/call_window/cards.py" line="178"/>
        <source>{0} · used {1}×</source>
        <extracomment>a card&apos;s text as a screen reader says it (as it would be copied) the colour of each text on a card, as ``style_as`` gives labels of the same kind the width a card asks for; the page gives it its own width the card as painted, by state; all for ``_pictures_for`` (size, pixel ratio, palette), emptied when the fonts or the key hint change</extracomment>
        <translation>{0} · {1}× χρήση</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../../desktop_app/ui/call_window/cheat_sheet.py" line="46"/>
        <source>Calmline — keys</source>
        <translation>Calmline — πλήκτρα</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/cheat_sheet.py" line="52"/>
        <source>Keys and what they do</source>
        <translation>Τα πλήκτρα και τι κάνουν</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/cheat_sheet.py" line="53"/>
        <source>Key</source>
        <translation>Πλήκτρο</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/cheat_sheet.py" line="53"/>
        <source>What it does</source>
        <translation>Τι κάνει</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/cheat_sheet.py" line="81"/>
        <source>Change keys in {0} (one &apos;key: command&apos; a line). Esc closes.</source>
        <translation>Αλλάξτε πλήκτρα στο {0} (ένα «πλήκτρο: εντολή» ανά γραμμή). Esc: κλείσιμο.</translation>
    </message>
</context>
<context>
    <name>ComplaintsChart</name>
    <message>
        <location filename="../../desktop_app/ui/log_tools/report_view.py" line="65"/>
        <location filename="../../desktop_app/ui/log_tools/report_view.py" line="91"/>
        <source>Calls per category per week</source>
        <extracomment>Okabe–Ito colours: told apart by colour-blind readers too; grey for &quot;other&quot;.</extracomment>
        <translation>Κλήσεις ανά κατηγορία και εβδομάδα</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/report_view.py" line="99"/>
        <source>No calls in this range</source>
        <translation>Καμία κλήση σε αυτό το διάστημα</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/report_view.py" line="156"/>
        <source>calls</source>
        <translation>κλήσεις</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/report_view.py" line="192"/>
        <source>ISO week, {0} to {1}</source>
        <translation>Εβδομάδα ISO, {0} έως {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/report_view.py" line="229"/>
        <source>other</source>
        <translation>άλλο</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/report_view.py" line="230"/>
        <source>uncategorised</source>
        <translation>χωρίς κατηγορία</translation>
    </message>
</context>
<context>
    <name>DateRangeFilter</name>
    <message>
        <location filename="../../desktop_app/ui/log_tools/date_range.py" line="18"/>
        <source>From</source>
        <extracomment>the range the agent chose changed</extracomment>
        <translation>Από</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/date_range.py" line="20"/>
        <source>From date</source>
        <translation>Από ημερομηνία</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/date_range.py" line="21"/>
        <source>To</source>
        <translation>Έως</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/date_range.py" line="23"/>
        <source>To date</source>
        <translation>Έως ημερομηνία</translation>
    </message>
</context>
<context>
    <name>Durability</name>
    <message>
        <location filename="../../desktop_app/ui/plumbing/durability.py" line="180"/>
        <source>Could not keep your name and company in {0}: {1}</source>
        <extracomment>asked before closing would lose calls the disk refused</extracomment>
        <translation>Δεν κρατήθηκαν το όνομά σας και η εταιρεία στο {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plumbing/durability.py" line="189"/>
        <source>Not written to disk: {0}
Nothing is lost: Calmline keeps it and writes it as soon as the disk allows.</source>
        <translation>Δεν γράφτηκε στον δίσκο: {0}
Δεν χάνεται τίποτα: το Calmline το κρατά και το γράφει μόλις το επιτρέψει ο δίσκος.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plumbing/durability.py" line="201"/>
        <source>The call log was damaged and has been replaced</source>
        <translation>Το αρχείο κλήσεων είχε βλάβη και αντικαταστάθηκε</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plumbing/durability.py" line="209"/>
        <source>Writing works again: everything is in {0}</source>
        <translation>Η εγγραφή λειτουργεί ξανά: όλα είναι στο {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plumbing/durability.py" line="217"/>
        <source>Kept off the disk: {0}. The log keeps only a card&apos;s last four digits.</source>
        <translation>Δεν γράφτηκε στον δίσκο: {0}. Το αρχείο κρατά μόνο τα τέσσερα τελευταία ψηφία μιας κάρτας.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plumbing/durability.py" line="241"/>
        <source>{0} saved call(s)</source>
        <translation>{0} αποθηκευμένες κλήσεις</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plumbing/durability.py" line="243"/>
        <source>the call in progress</source>
        <translation>η τρέχουσα κλήση</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plumbing/durability.py" line="247"/>
        <source>{what} could not be written to {path} yet: {problem}

If Calmline closes now, this is lost. Close anyway?</source>
        <translation>{what}: δεν γράφτηκε ακόμη στο {path}: {problem}

Αν το Calmline κλείσει τώρα, θα χαθεί. Κλείσιμο παρ&apos; όλα αυτά;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plumbing/durability.py" line="250"/>
        <source> and </source>
        <translation> και </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plumbing/durability.py" line="252"/>
        <source>the disk refuses to write</source>
        <translation>ο δίσκος αρνείται την εγγραφή</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plumbing/durability.py" line="318"/>
        <source>Keep Calmline open</source>
        <translation>Να μείνει ανοιχτό</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plumbing/durability.py" line="322"/>
        <source>Close and lose it</source>
        <translation>Κλείσιμο με απώλεια</translation>
    </message>
</context>
<context>
    <name>ExportCallsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/log_tools/export_dialog.py" line="48"/>
        <location filename="../../desktop_app/ui/log_tools/export_dialog.py" line="78"/>
        <source>Export calls</source>
        <translation>Εξαγωγή κλήσεων</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/export_dialog.py" line="51"/>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (υπολογιστικό φύλλο)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/export_dialog.py" line="52"/>
        <source>JSON Lines (full records)</source>
        <translation>JSON Lines (πλήρεις εγγραφές)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/export_dialog.py" line="53"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/export_dialog.py" line="54"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/export_dialog.py" line="59"/>
        <source>Export…</source>
        <translation>Εξαγωγή…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/export_dialog.py" line="64"/>
        <source>Format</source>
        <translation>Μορφή</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/export_dialog.py" line="65"/>
        <source>Calls</source>
        <translation>Κλήσεις</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/log_tools/export_dialog.py" line="97"/>
        <source>%n call(s) exported to {0}</source>
        <translation>
            <numerusform>Εξήχθη %n κλήση στο {0}</numerusform>
            <numerusform>Εξήχθησαν %n κλήσεις στο {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpNotifier</name>
    <message>
        <location filename="../../desktop_app/ui/log_tools/follow_up_notifier.py" line="88"/>
        <source>Follow-up due</source>
        <extracomment>How often the notifier looks at the clock. the follow-ups that just fell due, soonest first</extracomment>
        <translation>Λήγει υπόσχεση</translation>
    </message>
</context>
<context>
    <name>FollowUpsWidget</name>
    <message>
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="81"/>
        <source>Follow-ups</source>
        <extracomment>Rows shown per group; a group with more says how many more there are. A colleague&apos;s name longer than this is a paste gone wrong, not a name. the agent asked to open the call a commitment belongs to (its id) a commitment was marked done or handed over in the log how due times read: the agent&apos;s locale unless a test chooses</extracomment>
        <translation>Εκκρεμότητες</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="85"/>
        <source>Due</source>
        <translation>Έως</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="86"/>
        <source>Promised</source>
        <translation>Υπόσχεση</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="87"/>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="88"/>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="89"/>
        <source>By</source>
        <translation>Από</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="92"/>
        <source>Promises to follow up</source>
        <translation>Υποσχέσεις προς τήρηση</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="96"/>
        <source>Mark done (Space)</source>
        <translation>Έγινε (Space)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="98"/>
        <source>Hand over… (Ctrl+Shift+H)</source>
        <translation>Ανάθεση… (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="100"/>
        <source>Export to calendar (.ics)</source>
        <translation>Εξαγωγή σε ημερολόγιο (.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="111"/>
        <source>Colleague&apos;s name</source>
        <translation>Όνομα συναδέλφου</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="112"/>
        <source>Colleague&apos;s name, Enter to hand over</source>
        <translation>Όνομα συναδέλφου, Enter για ανάθεση</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="147"/>
        <source>Not marked done: {0}</source>
        <translation>Δεν σημειώθηκε ως έγινε: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="148"/>
        <source>Marked done: {0}</source>
        <translation>Σημειώθηκε ως έγινε: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="167"/>
        <source>Hand over: choose a promise in the list first</source>
        <translation>Ανάθεση: επιλέξτε πρώτα μια υπόσχεση</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="169"/>
        <source>Hand over “{0}” to:</source>
        <translation>Ανάθεση της «{0}» σε:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="186"/>
        <source>Hand over: type the colleague&apos;s name first</source>
        <translation>Ανάθεση: γράψτε πρώτα το όνομα του συναδέλφου</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="190"/>
        <source>Not handed over: {0}</source>
        <translation>Δεν ανατέθηκε: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="191"/>
        <source>Handed over to {0}: {1}</source>
        <translation>Ανατέθηκε σε {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="210"/>
        <source>Export follow-ups</source>
        <translation>Εξαγωγή εκκρεμοτήτων</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="213"/>
        <source>Calendar (*.ics)</source>
        <translation>Ημερολόγιο (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="221"/>
        <source>%n follow-up(s) exported to {0}</source>
        <translation>
            <numerusform>Εξήχθη %n εκκρεμότητα στο {0}</numerusform>
            <numerusform>Εξήχθησαν %n εκκρεμότητες στο {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="229"/>
        <source>Overdue</source>
        <translation>Εκπρόθεσμες</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="230"/>
        <source>Today</source>
        <translation>Σήμερα</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="231"/>
        <source>Later</source>
        <translation>Αργότερα</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="235"/>
        <source>{0} overdue · {1} today · {2} later</source>
        <translation>{0} εκπρόθεσμες · {1} σήμερα · {2} αργότερα</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="268"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… και %n ακόμη</numerusform>
            <numerusform>… και %n ακόμη</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/followups.py" line="279"/>
        <source>empty</source>
        <translation>κενό</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <location filename="../../desktop_app/ui/log_tools/history.py" line="177"/>
        <source>History</source>
        <extracomment>a past call was opened in a viewer (its id)</extracomment>
        <translation>Ιστορικό</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/history.py" line="180"/>
        <source>Search notes, names, phone, account, category</source>
        <translation>Αναζήτηση σε σημειώσεις, ονόματα, τηλέφωνα, λογαριασμούς, κατηγορίες</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/history.py" line="182"/>
        <source>Search past calls</source>
        <translation>Αναζήτηση παλαιότερων κλήσεων</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/history.py" line="188"/>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/history.py" line="189"/>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/history.py" line="190"/>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/history.py" line="191"/>
        <source>Outcome</source>
        <translation>Έκβαση</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/history.py" line="193"/>
        <source>Agent</source>
        <translation>Εκπρόσωπος</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/history.py" line="196"/>
        <source>Past calls found</source>
        <translation>Κλήσεις που βρέθηκαν</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/history.py" line="201"/>
        <source>Open (Enter)</source>
        <translation>Άνοιγμα (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/history.py" line="202"/>
        <source>Copy note (Ctrl+C)</source>
        <translation>Αντιγραφή σημείωσης (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/history.py" line="203"/>
        <source>Export… (Ctrl+E)</source>
        <translation>Εξαγωγή… (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/log_tools/history.py" line="263"/>
        <source>Showing the newest %n calls; add words or dates to narrow.</source>
        <translation>
            <numerusform>Εμφανίζεται μόνο %n κλήση, η νεότερη· προσθέστε λέξεις ή ημερομηνίες για περιορισμό.</numerusform>
            <numerusform>Εμφανίζονται οι %n νεότερες κλήσεις· προσθέστε λέξεις ή ημερομηνίες για περιορισμό.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/log_tools/history.py" line="267"/>
        <source>%n call(s) found</source>
        <translation>
            <numerusform>Βρέθηκε %n κλήση</numerusform>
            <numerusform>Βρέθηκαν %n κλήσεις</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveContent</name>
    <message>
        <location filename="../../desktop_app/ui/plumbing/live_content.py" line="68"/>
        <source>… and {0} more</source>
        <extracomment>A broken edit lists at most this many problems in the bar; the rest are counted.</extracomment>
        <translation>… και {0} ακόμη</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plumbing/live_content.py" line="70"/>
        <source>A playbook file has mistakes; the playbook in use stays as it was:</source>
        <translation>Ένα αρχείο playbook έχει λάθη· το playbook σε χρήση μένει ως είχε:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plumbing/live_content.py" line="86"/>
        <source>Playbook updated: {0}</source>
        <translation>Το playbook ενημερώθηκε: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plumbing/live_content.py" line="90"/>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plumbing/live_content.py" line="107"/>
        <source>{0} ({1} steps)</source>
        <translation>{0} ({1} βήματα)</translation>
    </message>
</context>
<context>
    <name>LocalFormats</name>
    <message>
        <location filename="../../desktop_app/ui/locale_formats.py" line="43"/>
        <source>{0} min</source>
        <translation>{0} λεπ.</translation>
    </message>
</context>
<context>
    <name>LogReview</name>
    <message>
        <location filename="../../desktop_app/ui/call_window/log_review.py" line="21"/>
        <source>(not filled in)</source>
        <translation>(δεν συμπληρώθηκε)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/log_review.py" line="26"/>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/log_review.py" line="27"/>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/log_review.py" line="28"/>
        <source>Reason</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/log_review.py" line="29"/>
        <source>Resolution</source>
        <translation>Λύση</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/log_review.py" line="30"/>
        <source>Outcome</source>
        <translation>Έκβαση</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/log_review.py" line="34"/>
        <source>Mood</source>
        <translation>Διάθεση</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/log_review.py" line="35"/>
        <source>Promises</source>
        <translation>Υποσχέσεις</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/log_review.py" line="39"/>
        <source>none</source>
        <translation>καμία</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/log_review.py" line="41"/>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/log_review.py" line="43"/>
        <source>Timeline</source>
        <translation>Χρονολόγιο</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/log_review.py" line="59"/>
        <source>mood</source>
        <translation>διάθεση</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/log_review.py" line="72"/>
        <source>card</source>
        <translation>κάρτα</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/log_review.py" line="76"/>
        <source>flared up again</source>
        <translation>θύμωσε ξανά</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/log_review.py" line="80"/>
        <source>situation</source>
        <translation>κατάσταση</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/application.py" line="196"/>
        <source>Calmline started, but some of your files need attention:</source>
        <extracomment>Messages Qt prints that say nothing about Calmline (the offscreen and minimal platform plugins do not implement every window hint).</extracomment>
        <translation>Το Calmline ξεκίνησε, αλλά κάποια αρχεία σας θέλουν προσοχή:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/application.py" line="248"/>
        <source>Something went wrong: {0}

Details are in {1}.</source>
        <translation>Κάτι πήγε στραβά: {0}

Λεπτομέρειες στο {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/main_window.py" line="155"/>
        <source>Situations</source>
        <extracomment>At this width and wider the notes sit beside the cards instead of below. what waits for the first paint runs this long after the window was made at the latest the menu group of the window&apos;s own commands (in the cheat sheet)</extracomment>
        <translation>Καταστάσεις</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/main_window.py" line="158"/>
        <location filename="../../desktop_app/ui/call_window/main_window.py" line="284"/>
        <source>More…</source>
        <translation>Άλλες…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/main_window.py" line="160"/>
        <source>More situations: search every card</source>
        <translation>Άλλες καταστάσεις: αναζήτηση σε όλες τις κάρτες</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/main_window.py" line="196"/>
        <source>Current step</source>
        <translation>Τρέχον βήμα</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/main_window.py" line="205"/>
        <source>Call time</source>
        <translation>Διάρκεια κλήσης</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/main_window.py" line="212"/>
        <source>Menu</source>
        <translation>Μενού</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/main_window.py" line="219"/>
        <source>Where the call is</source>
        <translation>Πού βρίσκεται η κλήση</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/main_window.py" line="221"/>
        <source>Mood</source>
        <translation>Διάθεση</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/main_window.py" line="284"/>
        <source>More… ({0})</source>
        <translation>Άλλες… ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/main_window.py" line="308"/>
        <source>Log entry — check it, then save</source>
        <translation>Καταχώριση — ελέγξτε, μετά αποθηκεύστε</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/main_window.py" line="353"/>
        <source>Situation: {0}</source>
        <translation>Κατάσταση: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/main_window.py" line="363"/>
        <source>New call</source>
        <translation>Νέα κλήση</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/main_window.py" line="364"/>
        <source>Save call</source>
        <translation>Αποθήκευση κλήσης</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/main_window.py" line="365"/>
        <source>Search cards</source>
        <translation>Αναζήτηση καρτών</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/main_window.py" line="366"/>
        <source>Keys</source>
        <translation>Πλήκτρα</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/main_window.py" line="367"/>
        <source>Always on top</source>
        <translation>Πάντα μπροστά</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/main_window.py" line="368"/>
        <source>Compact</source>
        <translation>Συμπτυγμένο</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/main_window.py" line="369"/>
        <source>Larger text</source>
        <translation>Μεγαλύτερα γράμματα</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/main_window.py" line="370"/>
        <source>Smaller text</source>
        <translation>Μικρότερα γράμματα</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/main_window.py" line="511"/>
        <source>Step {0} of {1}</source>
        <translation>Βήμα {0} από {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/main_window.py" line="513"/>
        <source>{0} next</source>
        <translation>Επόμενο: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/main_window.py" line="566"/>
        <source>No call under way</source>
        <translation>Καμία κλήση σε εξέλιξη</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/main_window.py" line="570"/>
        <source>Ringing</source>
        <translation>Κουδουνίζει</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/main_window.py" line="662"/>
        <source>Not copied</source>
        <translation>Δεν αντιγράφηκε</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/main_window.py" line="762"/>
        <source>Could not save the window options: {0}</source>
        <translation>Οι επιλογές του παραθύρου δεν αποθηκεύτηκαν: {0}</translation>
    </message>
</context>
<context>
    <name>MoodMeter</name>
    <message>
        <location filename="../../desktop_app/ui/call_window/mood.py" line="40"/>
        <source>furious</source>
        <extracomment>room around the dots for the keyboard focus ring the word for each mood, 1 to 5, as the agent would say it</extracomment>
        <translation>έξαλλος</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/mood.py" line="41"/>
        <source>angry</source>
        <translation>θυμωμένος</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/mood.py" line="42"/>
        <source>upset</source>
        <translation>αναστατωμένος</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/mood.py" line="43"/>
        <source>settling</source>
        <translation>ηρεμεί</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/mood.py" line="44"/>
        <source>calm</source>
        <translation>ήρεμος</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/mood.py" line="59"/>
        <source>Customer mood</source>
        <translation>Διάθεση πελάτη</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/mood.py" line="70"/>
        <source>Mood: {0}</source>
        <translation>Διάθεση: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/mood.py" line="75"/>
        <source>not set</source>
        <translation>δεν ορίστηκε</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/mood.py" line="76"/>
        <source>{0} of {1}, {2}</source>
        <translation>{0} από {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/mood.py" line="82"/>
        <source>1 furious to 5 calm</source>
        <translation>1 έξαλλος έως 5 ήρεμος</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <location filename="../../desktop_app/ui/call_window/notes_pane.py" line="51"/>
        <source>Resolved</source>
        <translation>Λύθηκε</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/notes_pane.py" line="52"/>
        <source>Follow-up needed</source>
        <translation>Θέλει συνέχεια</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/notes_pane.py" line="53"/>
        <source>Escalated</source>
        <translation>Κλιμακώθηκε</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/notes_pane.py" line="54"/>
        <source>Unresolved</source>
        <translation>Δεν λύθηκε</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/notes_pane.py" line="72"/>
        <source>Call notes</source>
        <translation>Σημειώσεις κλήσης</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/notes_pane.py" line="90"/>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/notes_pane.py" line="91"/>
        <source>Customer name</source>
        <translation>Όνομα πελάτη</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/notes_pane.py" line="92"/>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/notes_pane.py" line="93"/>
        <source>Account or ticket</source>
        <translation>Λογαριασμός ή αίτημα</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/notes_pane.py" line="95"/>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/notes_pane.py" line="97"/>
        <source>Reason for the call</source>
        <translation>Αιτία κλήσης</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/notes_pane.py" line="101"/>
        <source>What the customer says, facts, feelings…</source>
        <translation>Τι λέει ο πελάτης, γεγονότα, συναισθήματα…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/notes_pane.py" line="102"/>
        <source>Free notes</source>
        <translation>Ελεύθερες σημειώσεις</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/notes_pane.py" line="104"/>
        <source>Agreed resolution</source>
        <translation>Συμφωνημένη λύση</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/notes_pane.py" line="106"/>
        <location filename="../../desktop_app/ui/call_window/notes_pane.py" line="213"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/notes_pane.py" line="109"/>
        <source>Outcome</source>
        <translation>Έκβαση</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/notes_pane.py" line="114"/>
        <source>Promises</source>
        <translation>Υποσχέσεις</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/notes_pane.py" line="116"/>
        <source>What was promised</source>
        <translation>Τι υποσχεθήκατε</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/notes_pane.py" line="117"/>
        <source>Promise</source>
        <translation>Υπόσχεση</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/notes_pane.py" line="119"/>
        <source>You</source>
        <translation>Εσείς</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/notes_pane.py" line="120"/>
        <source>Who does it</source>
        <translation>Ποιος το κάνει</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/notes_pane.py" line="124"/>
        <source>Due</source>
        <translation>Έως</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/notes_pane.py" line="125"/>
        <source>Has a due date</source>
        <translation>Έχει προθεσμία</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/notes_pane.py" line="129"/>
        <source>Add promise</source>
        <translation>Προσθήκη υπόσχεσης</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/notes_pane.py" line="136"/>
        <source>Promised so far (Delete removes)</source>
        <translation>Υποσχέσεις ως τώρα (Delete: αφαίρεση)</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/notice_bar.py" line="36"/>
        <source>Notice</source>
        <translation>Ειδοποίηση</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/notice_bar.py" line="48"/>
        <source>× Esc</source>
        <translation>× Esc</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/notice_bar.py" line="50"/>
        <source>Close this notice</source>
        <translation>Κλείσιμο ειδοποίησης</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/notice_bar.py" line="79"/>
        <source>To close this notice, press Escape or its button “Close this notice”.</source>
        <translation>Για να κλείσει η ειδοποίηση, πατήστε Escape ή το κουμπί «Κλείσιμο ειδοποίησης».</translation>
    </message>
</context>
<context>
    <name>PhoneBridge</name>
    <message>
        <location filename="../../desktop_app/ui/plumbing/phone.py" line="66"/>
        <source>Phone connection</source>
        <extracomment>a ``PhoneEvent`` or ``LineStatus`` from the softphone&apos;s thread</extracomment>
        <translation>Σύνδεση τηλεφώνου</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plumbing/phone.py" line="75"/>
        <source>Take call</source>
        <translation>Απάντηση</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plumbing/phone.py" line="76"/>
        <source>Save this call and take the call waiting</source>
        <translation>Αποθήκευση κλήσης και απάντηση στην αναμονή</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plumbing/phone.py" line="115"/>
        <source>Phone not connected ({0}): {1}. Keys work as always.</source>
        <translation>Το τηλέφωνο δεν συνδέθηκε ({0}): {1}. Τα πλήκτρα λειτουργούν κανονικά.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plumbing/phone.py" line="128"/>
        <source>Call waiting: {0}</source>
        <translation>Κλήση σε αναμονή: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/plumbing/phone.py" line="130"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(και %n ακόμη)</numerusform>
            <numerusform>(και %n ακόμη)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/plumbing/phone.py" line="132"/>
        <source>{0} saves this call and takes it</source>
        <translation>{0}: αποθήκευση και απάντηση</translation>
    </message>
</context>
<context>
    <name>RepeatCallerBanner</name>
    <message>
        <location filename="../../desktop_app/ui/log_tools/repeat_caller.py" line="38"/>
        <source>Repeat caller</source>
        <extracomment>Open commitments listed by name; the rest are counted. the agent asked to see the last call (its id)</extracomment>
        <translation>Καλεί ξανά</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/repeat_caller.py" line="46"/>
        <source>Last call…</source>
        <translation>Τελευταία κλήση…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/repeat_caller.py" line="48"/>
        <source>Show the last call</source>
        <translation>Εμφάνιση της τελευταίας κλήσης</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/repeat_caller.py" line="105"/>
        <source>Called once before</source>
        <translation>Έχει καλέσει μία φορά</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/log_tools/repeat_caller.py" line="107"/>
        <source>Called %n times before</source>
        <translation>
            <numerusform>Έχει καλέσει %n φορά</numerusform>
            <numerusform>Έχει καλέσει %n φορές</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/repeat_caller.py" line="115"/>
        <source>by {0}</source>
        <translation>από {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/repeat_caller.py" line="116"/>
        <source>Last call: {0}</source>
        <translation>Τελευταία κλήση: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/log_tools/repeat_caller.py" line="134"/>
        <source>Open promises: %n</source>
        <translation>
            <numerusform>Ανοιχτές υποσχέσεις: %n</numerusform>
            <numerusform>Ανοιχτές υποσχέσεις: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/repeat_caller.py" line="140"/>
        <source>overdue since {0}</source>
        <translation>εκπρόθεσμη από {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/repeat_caller.py" line="142"/>
        <source>due {0}</source>
        <translation>έως {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/log_tools/repeat_caller.py" line="145"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… και %n ακόμη</numerusform>
            <numerusform>… και %n ακόμη</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../desktop_app/ui/log_tools/report_view.py" line="273"/>
        <source>Recurring complaints</source>
        <translation>Επαναλαμβανόμενα παράπονα</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/report_view.py" line="277"/>
        <source>Weeks to look back</source>
        <translation>Εβδομάδες προς τα πίσω</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/report_view.py" line="278"/>
        <source>last </source>
        <translation>τελευταίες </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/report_view.py" line="279"/>
        <source> weeks</source>
        <translation> εβδομάδες</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/report_view.py" line="285"/>
        <source>Export CSV…</source>
        <translation>Εξαγωγή CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/report_view.py" line="286"/>
        <source>Export chart as PNG…</source>
        <translation>Εξαγωγή γραφήματος σε PNG…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/report_view.py" line="311"/>
        <source>Top categories and their trend over the last {0} weeks:</source>
        <translation>Κύριες κατηγορίες και η πορεία τους τις τελευταίες {0} εβδομάδες:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/log_tools/report_view.py" line="317"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n κλήση</numerusform>
            <numerusform>%n κλήσεις</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/report_view.py" line="321"/>
        <source>No calls in this range.</source>
        <translation>Καμία κλήση σε αυτό το διάστημα.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/report_view.py" line="326"/>
        <source>Export report</source>
        <translation>Εξαγωγή αναφοράς</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/report_view.py" line="334"/>
        <source>Report exported to {0}</source>
        <translation>Η αναφορά εξήχθη στο {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/report_view.py" line="340"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/report_view.py" line="346"/>
        <source>PNG image (*.png)</source>
        <translation>Εικόνα PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>ReviewBlock</name>
    <message>
        <location filename="../../desktop_app/ui/call_window/step_page.py" line="277"/>
        <source>Drafted log entry</source>
        <translation>Πρόχειρη καταχώριση</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/step_page.py" line="281"/>
        <source>Save call</source>
        <translation>Αποθήκευση κλήσης</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop_app/ui/call_window/search_panel.py" line="68"/>
        <source>Search cards: title, words, tags…</source>
        <translation>Αναζήτηση καρτών: τίτλος, λέξεις, ετικέτες…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/search_panel.py" line="69"/>
        <source>Search cards</source>
        <translation>Αναζήτηση καρτών</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/search_panel.py" line="75"/>
        <source>Matching cards</source>
        <translation>Κάρτες που ταιριάζουν</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/search_panel.py" line="85"/>
        <source>No card matches these words.</source>
        <translation>Καμία κάρτα δεν ταιριάζει με αυτές τις λέξεις.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/search_panel.py" line="90"/>
        <source>↑↓ choose · Enter copies · Esc closes</source>
        <translation>↑↓ επιλογή · Enter αντιγραφή · Esc κλείσιμο</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/call_window/search_panel.py" line="117"/>
        <source>%n cards match</source>
        <translation>
            <numerusform>Ταιριάζει %n κάρτα</numerusform>
            <numerusform>Ταιριάζουν %n κάρτες</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepRail</name>
    <message>
        <location filename="../../desktop_app/ui/call_window/rail.py" line="92"/>
        <source>Steps</source>
        <extracomment>rail pictures kept (a call passes through a dozen or so looks)</extracomment>
        <translation>Βήματα</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/rail.py" line="99"/>
        <source>Left and Right go to the previous and next step</source>
        <translation>Αριστερό και Δεξί βέλος: προηγούμενο και επόμενο βήμα</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/call_window/rail.py" line="115"/>
        <source>Step {0} of {1}: {2}</source>
        <translation>Βήμα {0} από {1}: {2}</translation>
    </message>
</context>
<context>
    <name>TeamLine</name>
    <message>
        <location filename="../../desktop_app/ui/log_tools/team_line.py" line="42"/>
        <source>Team log</source>
        <extracomment>How often the line looks at the worker&apos;s state. what the team log announced; emitted in the worker&apos;s thread, received in this one</extracomment>
        <translation>Κοινό αρχείο</translation>
    </message>
</context>
<context>
    <name>TeamTools</name>
    <message>
        <location filename="../../desktop_app/ui/log_tools/team_tools.py" line="78"/>
        <source>History…</source>
        <extracomment>Pause in typing a phone, name or account before the log is asked about them. Announced calls looked at one by one; more than this, and the caller is simply looked up again. (menu text, command line), the text translated when the menu is built.</extracomment>
        <translation>Ιστορικό…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/team_tools.py" line="79"/>
        <source>Follow-ups…</source>
        <translation>Εκκρεμότητες…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/team_tools.py" line="80"/>
        <source>Complaints report…</source>
        <translation>Αναφορά παραπόνων…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/team_tools.py" line="81"/>
        <source>Export calls…</source>
        <translation>Εξαγωγή κλήσεων…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/team_tools.py" line="82"/>
        <source>Copy ticket note</source>
        <translation>Αντιγραφή σημείωσης αιτήματος</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/team_tools.py" line="212"/>
        <source>Follow-up due: {0}</source>
        <extracomment>asks where to save; None for Qt&apos;s save dialog (tests pass their own)</extracomment>
        <translation>Λήγει υπόσχεση: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/team_tools.py" line="214"/>
        <source>{0} follow-ups due</source>
        <translation>{0} υποσχέσεις λήγουν</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/team_tools.py" line="219"/>
        <source>Follow-ups due</source>
        <translation>Υποσχέσεις που λήγουν</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/team_tools.py" line="312"/>
        <source>Ticket note copied</source>
        <translation>Η σημείωση αιτήματος αντιγράφηκε</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/team_tools.py" line="327"/>
        <source>History</source>
        <translation>Ιστορικό</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/team_tools.py" line="357"/>
        <source>Follow-ups</source>
        <translation>Εκκρεμότητες</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/team_tools.py" line="380"/>
        <source>Recurring complaints</source>
        <translation>Επαναλαμβανόμενα παράπονα</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/team_tools.py" line="425"/>
        <source>That call is no longer in the log</source>
        <translation>Η κλήση αυτή δεν υπάρχει πια στο αρχείο</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/toast.py" line="28"/>
        <source>Message</source>
        <translation>Μήνυμα</translation>
    </message>
</context>
<context>
    <name>_LinkOpener</name>
    <message>
        <location filename="../../desktop_app/ui/plumbing/phone.py" line="171"/>
        <source>This link was not opened: {0}</source>
        <translation>Ο σύνδεσμος δεν άνοιξε: {0}</translation>
    </message>
</context>
<context>
    <name>accessible</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/accessible.py" line="189"/>
        <source>Scroll</source>
        <extracomment>sets the value, as a click on it would what it says now beside its name (a value&apos;s word, a label&apos;s text) what pressing it does (a card is copied, a step is gone to), if it can be pressed the key that does the same, shown as the press action&apos;s key binding the description worked out only when a screen reader asks for it (a card&apos;s filled text): the bridge asks for the role and state far more often</extracomment>
        <translation>Κύλιση</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="14"/>
        <source>Call</source>
        <translation>Κλήση</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="15"/>
        <source>Cards</source>
        <translation>Κάρτες</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="16"/>
        <source>Mood</source>
        <translation>Διάθεση</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="17"/>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="18"/>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="19"/>
        <source>Use another playbook (by id); the call in progress keeps its state</source>
        <translation>Αλλαγή playbook (με id)· η τρέχουσα κλήση μένει ως έχει</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="22"/>
        <source>The playbooks that loaded; * marks the one in use</source>
        <translation>Τα playbook που φορτώθηκαν· το * δείχνει αυτό σε χρήση</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="23"/>
        <source>Window</source>
        <translation>Παράθυρο</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="24"/>
        <source>Record a promise: what, --who, --due &apos;YYYY-MM-DD HH:MM&apos;</source>
        <translation>Καταγραφή υπόσχεσης: τι, --who, --due &apos;YYYY-MM-DD HH:MM&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="25"/>
        <source>Show every key and what it does</source>
        <translation>Όλα τα πλήκτρα και τι κάνουν</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="26"/>
        <source>Back to the step&apos;s cards</source>
        <translation>Πίσω στις κάρτες του βήματος</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="27"/>
        <source>Close search, a situation or a question</source>
        <translation>Κλείσιμο αναζήτησης, κατάστασης ή ερώτησης</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="28"/>
        <source>Put the cursor in the free notes</source>
        <translation>Ο κέρσορας στις ελεύθερες σημειώσεις</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="29"/>
        <source>Go to step N</source>
        <translation>Μετάβαση στο βήμα N</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="30"/>
        <source>Customer is angrier</source>
        <translation>Ο πελάτης θυμώνει περισσότερο</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="31"/>
        <source>Customer is calmer</source>
        <translation>Ο πελάτης ηρεμεί</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="32"/>
        <source>Start a new call</source>
        <translation>Έναρξη νέας κλήσης</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="33"/>
        <source>Go to the next step</source>
        <translation>Επόμενο βήμα</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="34"/>
        <source>Show a situation&apos;s cards (by number or id)</source>
        <translation>Οι κάρτες μιας κατάστασης (με αριθμό ή id)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="35"/>
        <source>Go to the previous step</source>
        <translation>Προηγούμενο βήμα</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="36"/>
        <source>Close Calmline</source>
        <translation>Κλείσιμο του Calmline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="37"/>
        <source>Bring the window to the front</source>
        <translation>Το παράθυρο μπροστά</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="38"/>
        <source>Customer flared up again: back to acknowledging</source>
        <translation>Ο πελάτης θύμωσε ξανά: πίσω στην αναγνώριση</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="39"/>
        <source>Save the call to the log</source>
        <translation>Αποθήκευση της κλήσης στο αρχείο</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="40"/>
        <source>Search every card by title, text and tags</source>
        <translation>Αναζήτηση σε όλες τις κάρτες: τίτλος, κείμενο, ετικέτες</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="41"/>
        <source>Fill in a note field (name, account, phone, category, reason, resolution, outcome, notes)</source>
        <translation>Συμπλήρωση πεδίου σημειώσεων (όνομα, λογαριασμός, τηλέφωνο, κατηγορία, αιτία, λύση, έκβαση, σημειώσεις)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="45"/>
        <source>Set the customer&apos;s mood, 1 (furious) to 5 (calm)</source>
        <translation>Διάθεση πελάτη, από 1 (έξαλλος) έως 5 (ήρεμος)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="46"/>
        <source>Larger text</source>
        <translation>Μεγαλύτερα γράμματα</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="47"/>
        <source>Text at its normal size</source>
        <translation>Κανονικό μέγεθος γραμμάτων</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="48"/>
        <source>Smaller text</source>
        <translation>Μικρότερα γράμματα</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="49"/>
        <source>Compact mode: steps and cards only</source>
        <translation>Συμπτυγμένη προβολή: μόνο βήματα και κάρτες</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="50"/>
        <source>Keep the window above other windows, or not</source>
        <translation>Το παράθυρο πάντα μπροστά, ή όχι</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="51"/>
        <source>Copy card N of this step (or of the open situation)</source>
        <translation>Αντιγραφή της κάρτας N του βήματος (ή της ανοιχτής κατάστασης)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="52"/>
        <source>Copy the card with this id, wherever it is</source>
        <translation>Αντιγραφή της κάρτας με αυτό το id, όπου κι αν είναι</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="53"/>
        <source>Log</source>
        <translation>Αρχείο</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="54"/>
        <source>Find a past call: search, open, copy, export</source>
        <translation>Εύρεση κλήσης: αναζήτηση, άνοιγμα, αντιγραφή, εξαγωγή</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="55"/>
        <source>Promises to keep: overdue, today, later</source>
        <translation>Υποσχέσεις: εκπρόθεσμες, σήμερα, αργότερα</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="56"/>
        <source>Recurring complaints: calls per category per week</source>
        <translation>Επαναλαμβανόμενα παράπονα: κλήσεις ανά κατηγορία και εβδομάδα</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="57"/>
        <source>Export calls as CSV, JSON Lines, Markdown or PDF</source>
        <translation>Εξαγωγή κλήσεων σε CSV, JSON Lines, Markdown ή PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="58"/>
        <source>Copy this call as a note for a CRM ticket</source>
        <translation>Αντιγραφή της κλήσης ως σημείωση για αίτημα CRM</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="59"/>
        <source>The window&apos;s state as JSON: step, situation, mood, call, draft, waiting</source>
        <translation>Η κατάσταση του παραθύρου σε JSON: βήμα, κατάσταση, διάθεση, κλήση, πρόχειρο, αναμονή</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="62"/>
        <source>Carry on with the call left unfinished when Calmline last stopped</source>
        <translation>Συνέχεια της κλήσης που έμεινε ανολοκλήρωτη όταν έκλεισε το Calmline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="65"/>
        <source>Keep last time&apos;s unfinished call in the log, and start afresh</source>
        <translation>Η ανολοκλήρωτη κλήση μένει στο αρχείο· νέο ξεκίνημα</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="66"/>
        <source>What the repeat-caller banner says about this call&apos;s customer</source>
        <translation>Τι λέει η ειδοποίηση επαναλαμβανόμενης κλήσης για τον πελάτη</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="70"/>
        <source>Call saved to the log</source>
        <translation>Η κλήση αποθηκεύτηκε στο αρχείο</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="71"/>
        <source>Not on disk yet: {problem}</source>
        <translation>Δεν γράφτηκε ακόμη στον δίσκο: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="72"/>
        <source>“{title}” used {times} times this call: say it in your own words this time</source>
        <translation>Η «{title}» χρησιμοποιήθηκε {times} φορές σε αυτή την κλήση· πείτε τη με δικά σας λόγια</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="75"/>
        <source>Copied: {title}</source>
        <translation>Αντιγράφηκε: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="76"/>
        <source>no unfinished call is offered</source>
        <translation>δεν υπάρχει ανολοκλήρωτη κλήση</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="77"/>
        <source>carrying on with the call from {started}</source>
        <translation>συνέχεια της κλήσης των {started}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/catalogue.py" line="78"/>
        <source>Last time&apos;s unfinished call is kept in the log</source>
        <translation>Η ανολοκλήρωτη κλήση κρατήθηκε στο αρχείο</translation>
    </message>
</context>
<context>
    <name>self._parent</name>
    <message>
        <location filename="../../desktop_app/ui/log_tools/history.py" line="103"/>
        <source>Ticket note copied</source>
        <extracomment>Newest matches shown; more means the agent should narrow the search. The search runs on the event loop&apos;s next turn after a key, not inside the key press: keys that arrive together (a paste, fast typing) are searched once, and each key shows its result at once (the log&apos;s full-text search answers in a few milliseconds, even over 100,000 calls). the titles steps, cards and situations are named by, as loaded now</extracomment>
        <translation>Η σημείωση αιτήματος αντιγράφηκε</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/history.py" line="110"/>
        <source>Export call</source>
        <translation>Εξαγωγή κλήσης</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/log_tools/history.py" line="121"/>
        <source>Call exported to {0}</source>
        <translation>Η κλήση εξήχθη στο {0}</translation>
    </message>
</context>
<context>
    <name>self.desk</name>
    <message>
        <location filename="../../desktop_app/desk/phone_calls.py" line="98"/>
        <source>Call waiting: {caller}. take-call opens it</source>
        <extracomment>``offer-call`` options, as the command line spells them -&gt; ``Caller`` fields timeline kinds a call that only rang holds; anything else means the agent worked on it the phone program&apos;s id for the call; &quot;&quot; for a link (kind, when, detail), replayed into the call&apos;s timeline when it is taken the phone line of the call in progress, and that call&apos;s id what the window adds to ``phone-status`` (the connection, the repeat-caller alert)</extracomment>
        <translation>Κλήση σε αναμονή: {caller}. Το take-call την ανοίγει</translation>
    </message>
    <message>
        <location filename="../../desktop_app/desk/phone_calls.py" line="150"/>
        <location filename="../../desktop_app/desk/phone_calls.py" line="167"/>
        <source>Missed call: {caller}</source>
        <translation>Αναπάντητη κλήση: {caller}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/desk/phone_calls.py" line="156"/>
        <source>Call ended: wrap up and save it to the log</source>
        <translation>Η κλήση τελείωσε: ολοκληρώστε και αποθηκεύστε</translation>
    </message>
</context>
</TS>
