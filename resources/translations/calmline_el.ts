<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el_GR">
<context>
    <name>AskBar</name>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Όνομα πελάτη</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Το όνομά σας</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Όνομα εταιρείας</translation>
    </message>
    <message>
        <source>When (date and time)</source>
        <translation>Πότε (ημερομηνία και ώρα)</translation>
    </message>
    <message>
        <source>Account or ticket</source>
        <translation>Λογαριασμός ή αίτημα</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <source>A card needs a value</source>
        <extracomment>What the bar asks, by kind: for ``status`` and for what Escape says. Enter waits until this one is filled</extracomment>
        <translation>Η κάρτα θέλει μια τιμή</translation>
    </message>
    <message>
        <source>“{0}” needs:</source>
        <extracomment>what is being asked (``CARD``, ``BEFORE_SAVING``, ...); &quot;&quot; when nothing is</extracomment>
        <translation>Η «{0}» θέλει:</translation>
    </message>
    <message>
        <source>Enter copies the card · Esc skips it</source>
        <translation>Enter: αντιγραφή κάρτας · Esc: παράλειψη</translation>
    </message>
</context>
<context>
    <name>CallActions</name>
    <message>
        <source>Ticket note copied</source>
        <extracomment>Newest matches shown; more means the agent should narrow the search. The search runs on the event loop&apos;s next turn after a key, not inside the key press: keys that arrive together (a paste, fast typing) are searched once, and each key shows its result at once (the log&apos;s full-text search answers in a few milliseconds, even over 100,000 calls). the titles steps, cards and situations are named by, as loaded now</extracomment>
        <translation>Η σημείωση αιτήματος αντιγράφηκε</translation>
    </message>
    <message>
        <source>Export call</source>
        <translation>Εξαγωγή κλήσης</translation>
    </message>
    <message>
        <source>Call exported to {0}</source>
        <translation>Η κλήση εξήχθη στο {0}</translation>
    </message>
</context>
<context>
    <name>CallViewer</name>
    <message>
        <source>Past call</source>
        <translation>Παλαιότερη κλήση</translation>
    </message>
    <message>
        <source>Copy note</source>
        <translation>Αντιγραφή σημείωσης</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Εξαγωγή…</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Reminders</source>
        <translation>Υπενθυμίσεις</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Να κάνετε</translation>
    </message>
    <message>
        <source>Don&apos;t</source>
        <translation>Να μην κάνετε</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Στόχος</translation>
    </message>
    <message>
        <source>Move on when: {0}</source>
        <translation>Προχωρήστε όταν: {0}</translation>
    </message>
    <message>
        <source>Cards</source>
        <extracomment>between cards cut to a few lines between one-line cards (compact mode), so that nine fit under the goal at 380x600 a focus change is to be told to a screen reader (``_tell_soon``) the width the cards were placed for (-1: to be placed again)
----------
the cards a page keeps in view under its goal, when it can around a page&apos;s column (left, top, right, bottom), and between its parts the same in compact mode the most lines of text per card (None: all of it) the &quot;Cards&quot; heading above them the cue to move on stays under the goal (else it goes below the cards) from the roomiest to the densest; a page takes the first that fits compact mode: one line per card, its title and key compact mode&apos;s one line in place of the guidance: the step&apos;s goal (``add_summary``) the cue to move on (step pages), below the guidance or the cards (``Fit``) the do / don&apos;t reminders below the cards, on step pages</extracomment>
        <translation>Κάρτες</translation>
    </message>
    <message>
        <source>Step: {0}</source>
        <translation>Βήμα: {0}</translation>
    </message>
    <message>
        <source>{0} goes back to the step</source>
        <translation>{0}: πίσω στο βήμα</translation>
    </message>
    <message>
        <source>Situation: {0}</source>
        <translation>Κατάσταση: {0}</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>{0} · used {1}×</source>
        <extracomment>the colour of each text on a card, as ``style_as`` gives labels of the same kind each value still missing, as (start, length) of its &quot;[words]&quot; in ``text`` a card&apos;s text as it is shown, heard and copied now (start, length) of the runs set in italics and ``draw``&apos;s ``mark`` colour the bottom of each line, from the top of the first the text cut short to a number of lines, by that number (for this font and width) a card cut to a few lines keeps less room above and below its texts too the width a card asks for; the page gives it its own width only a card with placeholders changes its text as the call goes on the most lines of text shown (0: the title only), or None for all of it where the list paints it, in the list&apos;s coordinates the card as painted, by state; all for ``_pictures_for`` (size, pixel ratio, palette), emptied when the fonts or the key hint change</extracomment>
        <translation>{0} · {1}× χρήση</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <source>Calmline — keys</source>
        <translation>Calmline — πλήκτρα</translation>
    </message>
    <message>
        <source>Keys and what they do</source>
        <translation>Τα πλήκτρα και τι κάνουν</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Πλήκτρο</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Τι κάνει</translation>
    </message>
    <message>
        <source>Change keys in {0} (one &apos;key: command&apos; a line). Esc closes.</source>
        <translation>Αλλάξτε πλήκτρα στο {0} (ένα «πλήκτρο: εντολή» ανά γραμμή). Esc: κλείσιμο.</translation>
    </message>
</context>
<context>
    <name>ComplaintsChart</name>
    <message>
        <source>Calls per category per week</source>
        <extracomment>Okabe–Ito colours: told apart by colour-blind readers too; grey for &quot;other&quot;.</extracomment>
        <translation>Κλήσεις ανά κατηγορία και εβδομάδα</translation>
    </message>
    <message>
        <source>No calls in this range</source>
        <translation>Καμία κλήση σε αυτό το διάστημα</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>κλήσεις</translation>
    </message>
    <message>
        <source>ISO week, {0} to {1}</source>
        <translation>Εβδομάδα ISO, {0} έως {1}</translation>
    </message>
    <message>
        <source>other</source>
        <translation>άλλο</translation>
    </message>
    <message>
        <source>uncategorised</source>
        <translation>χωρίς κατηγορία</translation>
    </message>
</context>
<context>
    <name>DateRangeFilter</name>
    <message>
        <source>From</source>
        <extracomment>the range the agent chose changed</extracomment>
        <translation>Από</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Από ημερομηνία</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Έως</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Έως ημερομηνία</translation>
    </message>
</context>
<context>
    <name>Durability</name>
    <message>
        <source>Could not keep your name and company in {0}: {1}</source>
        <extracomment>asked before closing would lose calls the disk refused</extracomment>
        <translation>Δεν κρατήθηκαν το όνομά σας και η εταιρεία στο {0}: {1}</translation>
    </message>
    <message>
        <source>Not written to disk: {0}
Nothing is lost: Calmline keeps it and writes it as soon as the disk allows.</source>
        <translation>Δεν γράφτηκε στον δίσκο: {0}
Δεν χάνεται τίποτα: το Calmline το κρατά και το γράφει μόλις το επιτρέψει ο δίσκος.</translation>
    </message>
    <message>
        <source>The call log was damaged and has been replaced</source>
        <translation>Το αρχείο κλήσεων είχε βλάβη και αντικαταστάθηκε</translation>
    </message>
    <message>
        <source>Writing works again: everything is in {0}</source>
        <translation>Η εγγραφή λειτουργεί ξανά: όλα είναι στο {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n saved call(s)</source>
        <translation>
            <numerusform>%n αποθηκευμένη κλήση</numerusform>
            <numerusform>%n αποθηκευμένες κλήσεις</numerusform>
        </translation>
    </message>
    <message>
        <source>the call in progress</source>
        <translation>η τρέχουσα κλήση</translation>
    </message>
    <message>
        <source>{what} could not be written to {path} yet: {problem}

If Calmline closes now, this is lost. Close anyway?</source>
        <translation>{what}: δεν γράφτηκε ακόμη στο {path}: {problem}

Αν το Calmline κλείσει τώρα, θα χαθεί. Κλείσιμο παρ&apos; όλα αυτά;</translation>
    </message>
    <message>
        <source> and </source>
        <translation> και </translation>
    </message>
    <message>
        <source>the disk refuses to write</source>
        <translation>ο δίσκος αρνείται την εγγραφή</translation>
    </message>
    <message>
        <source>Keep Calmline open</source>
        <translation>Να μείνει ανοιχτό</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation>Κλείσιμο με απώλεια</translation>
    </message>
</context>
<context>
    <name>ExportCallsDialog</name>
    <message>
        <source>Export calls</source>
        <extracomment>the formats offered, in the order of the list</extracomment>
        <translation>Εξαγωγή κλήσεων</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (υπολογιστικό φύλλο)</translation>
    </message>
    <message>
        <source>JSON Lines (full records)</source>
        <translation>JSON Lines (πλήρεις εγγραφές)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Εξαγωγή…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Μορφή</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Κλήσεις</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) exported to {0}</source>
        <translation>
            <numerusform>Εξήχθη %n κλήση στο {0}</numerusform>
            <numerusform>Εξήχθησαν %n κλήσεις στο {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>no call with id {0} in the log</source>
        <translation>δεν υπάρχει κλήση με id {0} στο αρχείο κλήσεων</translation>
    </message>
</context>
<context>
    <name>FollowUpNotifier</name>
    <message>
        <source>Follow-up due</source>
        <extracomment>How often the notifier looks at the clock. the follow-ups that just fell due, soonest first</extracomment>
        <translation>Λήγει υπόσχεση</translation>
    </message>
</context>
<context>
    <name>FollowUpsWidget</name>
    <message>
        <source>Follow-ups</source>
        <translation>Εκκρεμότητες</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>Rows shown per group; a group with more says how many more there are. A colleague&apos;s name longer than this is a paste gone wrong, not a name. the agent asked to open the call a commitment belongs to (its id) a commitment was marked done or handed over in the log how due times read: the agent&apos;s locale unless a test chooses</extracomment>
        <translation>Έως</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Υπόσχεση</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>Promises to follow up</source>
        <translation>Υποσχέσεις προς τήρηση</translation>
    </message>
    <message>
        <source>Mark done (Space)</source>
        <translation>Έγινε (Space)</translation>
    </message>
    <message>
        <source>Hand over… (Ctrl+Shift+H)</source>
        <translation>Ανάθεση… (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)</source>
        <translation>Εξαγωγή σε ημερολόγιο (.ics)</translation>
    </message>
    <message>
        <source>Colleague&apos;s name</source>
        <translation>Όνομα συναδέλφου</translation>
    </message>
    <message>
        <source>Colleague&apos;s name, Enter to hand over</source>
        <translation>Όνομα συναδέλφου, Enter για ανάθεση</translation>
    </message>
    <message>
        <source>Not marked done: {0}</source>
        <translation>Δεν σημειώθηκε ως έγινε: {0}</translation>
    </message>
    <message>
        <source>Marked done: {0}</source>
        <translation>Σημειώθηκε ως έγινε: {0}</translation>
    </message>
    <message>
        <source>Hand over: choose a promise in the list first</source>
        <translation>Ανάθεση: επιλέξτε πρώτα μια υπόσχεση</translation>
    </message>
    <message>
        <source>Hand over “{0}” to:</source>
        <translation>Ανάθεση της «{0}» σε:</translation>
    </message>
    <message>
        <source>Hand over: type the colleague&apos;s name first</source>
        <translation>Ανάθεση: γράψτε πρώτα το όνομα του συναδέλφου</translation>
    </message>
    <message>
        <source>Not handed over: {0}</source>
        <translation>Δεν ανατέθηκε: {0}</translation>
    </message>
    <message>
        <source>Handed over to {0}: {1}</source>
        <translation>Ανατέθηκε σε {0}: {1}</translation>
    </message>
    <message>
        <source>Export follow-ups</source>
        <translation>Εξαγωγή εκκρεμοτήτων</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Ημερολόγιο (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) exported to {0}</source>
        <translation>
            <numerusform>Εξήχθη %n εκκρεμότητα στο {0}</numerusform>
            <numerusform>Εξήχθησαν %n εκκρεμότητες στο {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Εκπρόθεσμες</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Σήμερα</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Αργότερα</translation>
    </message>
    <message>
        <source>{0} overdue · {1} today · {2} later</source>
        <translation>{0} εκπρόθεσμες · {1} σήμερα · {2} αργότερα</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… και %n ακόμη</numerusform>
            <numerusform>… και %n ακόμη</numerusform>
        </translation>
    </message>
    <message>
        <source>empty</source>
        <translation>κενό</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <source>History</source>
        <translation>Ιστορικό</translation>
    </message>
    <message>
        <source>Search notes, names, phone, account, category</source>
        <translation>Αναζήτηση σε σημειώσεις, ονόματα, τηλέφωνα, λογαριασμούς, κατηγορίες</translation>
    </message>
    <message>
        <source>Search past calls</source>
        <translation>Αναζήτηση παλαιότερων κλήσεων</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>a past call was opened in a viewer (its id) how many calls the last search found</extracomment>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Έκβαση</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Εκπρόσωπος</translation>
    </message>
    <message>
        <source>Past calls found</source>
        <translation>Κλήσεις που βρέθηκαν</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>Άνοιγμα (Enter)</translation>
    </message>
    <message>
        <source>Copy note (Ctrl+C)</source>
        <translation>Αντιγραφή σημείωσης (Ctrl+C)</translation>
    </message>
    <message>
        <source>Export… (Ctrl+E)</source>
        <translation>Εξαγωγή… (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n calls; add words or dates to narrow.</source>
        <translation>
            <numerusform>Εμφανίζεται μόνο %n κλήση, η νεότερη· προσθέστε λέξεις ή ημερομηνίες για περιορισμό.</numerusform>
            <numerusform>Εμφανίζονται οι %n νεότερες κλήσεις· προσθέστε λέξεις ή ημερομηνίες για περιορισμό.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) found</source>
        <translation>
            <numerusform>Βρέθηκε %n κλήση</numerusform>
            <numerusform>Βρέθηκαν %n κλήσεις</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <extracomment>the language code of each entry, &quot;&quot; for the system&apos;s language</extracomment>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Γλώσσα συστήματος</translation>
    </message>
</context>
<context>
    <name>LiveContent</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <extracomment>A broken edit lists at most this many problems in the bar; the rest are counted.</extracomment>
        <translation>
            <numerusform>… και %n ακόμη</numerusform>
            <numerusform>… και %n ακόμη</numerusform>
        </translation>
    </message>
    <message>
        <source>A playbook file has mistakes; the playbook in use stays as it was:</source>
        <translation>Ένα αρχείο playbook έχει λάθη· το playbook σε χρήση μένει ως είχε:</translation>
    </message>
    <message>
        <source>Playbook updated: {0}</source>
        <translation>Το playbook ενημερώθηκε: {0}</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n steps)</source>
        <translation>
            <numerusform>{0} (%n βήμα)</numerusform>
            <numerusform>{0} (%n βήματα)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalFormats</name>
    <message>
        <source>{0} min</source>
        <translation>{0} λεπ.</translation>
    </message>
</context>
<context>
    <name>LogReview</name>
    <message>
        <source>(not filled in)</source>
        <translation>(δεν συμπληρώθηκε)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Λύση</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Έκβαση</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Διάθεση</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Υποσχέσεις</translation>
    </message>
    <message>
        <source>none</source>
        <translation>καμία</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Χρονολόγιο</translation>
    </message>
    <message>
        <source>mood</source>
        <translation>διάθεση</translation>
    </message>
    <message>
        <source>card</source>
        <translation>κάρτα</translation>
    </message>
    <message>
        <source>flared up again</source>
        <translation>θύμωσε ξανά</translation>
    </message>
    <message>
        <source>situation</source>
        <translation>κατάσταση</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Calmline started, but some of your files need attention:</source>
        <extracomment>Messages Qt prints that say nothing about Calmline (the offscreen and minimal platform plugins do not implement every window hint).</extracomment>
        <translation>Το Calmline ξεκίνησε, αλλά κάποια αρχεία σας θέλουν προσοχή:</translation>
    </message>
    <message>
        <source>Something went wrong: {0}

Details are in {1}.</source>
        <translation>Κάτι πήγε στραβά: {0}

Λεπτομέρειες στο {1}.</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Καταστάσεις</translation>
    </message>
    <message>
        <source>More…</source>
        <extracomment>At this width and wider the notes sit beside the cards instead of below. A window fewer lines of body text high than this is short for its text size: stacked, the situations row folds away (their keys and Ctrl+F still open them). From this text size on, stacked, the cards take more of the height from the notes. what waits for the first paint runs this long after the window was made at the latest the menu group of the window&apos;s own commands (in the cheat sheet)</extracomment>
        <translation>Άλλες…</translation>
    </message>
    <message>
        <source>More situations: search every card</source>
        <translation>Άλλες καταστάσεις: αναζήτηση σε όλες τις κάρτες</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Τρέχον βήμα</translation>
    </message>
    <message>
        <source>Call time</source>
        <translation>Διάρκεια κλήσης</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Μενού</translation>
    </message>
    <message>
        <source>Where the call is</source>
        <translation>Πού βρίσκεται η κλήση</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Διάθεση</translation>
    </message>
    <message>
        <source>More… ({0})</source>
        <translation>Άλλες… ({0})</translation>
    </message>
    <message>
        <source>Log entry — check it, then save</source>
        <translation>Καταχώριση — ελέγξτε, μετά αποθηκεύστε</translation>
    </message>
    <message>
        <source>Situation: {0}</source>
        <translation>Κατάσταση: {0}</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Νέα κλήση</translation>
    </message>
    <message>
        <source>Save call</source>
        <translation>Αποθήκευση κλήσης</translation>
    </message>
    <message>
        <source>Search cards</source>
        <translation>Αναζήτηση καρτών</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Πλήκτρα</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Πάντα μπροστά</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Συμπτυγμένο</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Μεγαλύτερα γράμματα</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Μικρότερα γράμματα</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Βήμα {0} από {1}</translation>
    </message>
    <message>
        <source>{0} next</source>
        <translation>Επόμενο: {0}</translation>
    </message>
    <message>
        <source>No call under way</source>
        <translation>Καμία κλήση σε εξέλιξη</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Κουδουνίζει</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Δεν αντιγράφηκε</translation>
    </message>
    <message>
        <source>No notices</source>
        <translation>Καμία ειδοποίηση</translation>
    </message>
    <message>
        <source>Could not save the window options: {0}</source>
        <translation>Οι επιλογές του παραθύρου δεν αποθηκεύτηκαν: {0}</translation>
    </message>
</context>
<context>
    <name>MoodMeter</name>
    <message>
        <source>Customer mood</source>
        <extracomment>between the last dot and the word room around the dots for the keyboard focus ring</extracomment>
        <translation>Διάθεση πελάτη</translation>
    </message>
    <message>
        <source>Mood: {0}</source>
        <translation>Διάθεση: {0}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>δεν ορίστηκε</translation>
    </message>
    <message>
        <source>{0} of {1}, {2}</source>
        <translation>{0} από {1}, {2}</translation>
    </message>
    <message>
        <source>1 furious to 5 calm</source>
        <translation>1 έξαλλος έως 5 ήρεμος</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Resolved</source>
        <extracomment>room kept above and below a field and its caption scrolled into view the columns it takes when the pane has two takes the room a taller pane gives (the free notes)</extracomment>
        <translation>Λύθηκε</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Θέλει συνέχεια</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Κλιμακώθηκε</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Δεν λύθηκε</translation>
    </message>
    <message>
        <source>Call notes</source>
        <translation>Σημειώσεις κλήσης</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>each caption with its field and English source, to translate again (``retranslate``) each heading with its English source the pane&apos;s fields in order, laid out in the grid by ``_lay_out``</extracomment>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Όνομα πελάτη</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Account or ticket</source>
        <translation>Λογαριασμός ή αίτημα</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <source>Reason for the call</source>
        <translation>Αιτία κλήσης</translation>
    </message>
    <message>
        <source>Cause, after the call (a process, not a person)</source>
        <translation>Αιτία, μετά την κλήση (μια διαδικασία, όχι ένα πρόσωπο)</translation>
    </message>
    <message>
        <source>Where it first went wrong, and why</source>
        <translation>Πού στράβωσε πρώτα και γιατί</translation>
    </message>
    <message>
        <source>What the customer says, facts, feelings…</source>
        <translation>Τι λέει ο πελάτης, γεγονότα, συναισθήματα…</translation>
    </message>
    <message>
        <source>Free notes</source>
        <translation>Ελεύθερες σημειώσεις</translation>
    </message>
    <message>
        <source>Agreed resolution</source>
        <translation>Συμφωνημένη λύση</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Έκβαση</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Υποσχέσεις</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>Τι υποσχεθήκατε</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Υπόσχεση</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Εσείς</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Ποιος το κάνει</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Έως</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Έχει προθεσμία</translation>
    </message>
    <message>
        <source>Add promise</source>
        <translation>Προσθήκη υπόσχεσης</translation>
    </message>
    <message>
        <source>Promised so far (Delete removes)</source>
        <translation>Υποσχέσεις ως τώρα (Delete: αφαίρεση)</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <extracomment>the notice went up (True: shown, or shown again with new words) or down (False)</extracomment>
        <translation>Ειδοποίηση</translation>
    </message>
    <message>
        <source>× Esc</source>
        <translation>× Esc</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Κλείσιμο ειδοποίησης</translation>
    </message>
    <message>
        <source>To close this notice, press Escape or its button “Close this notice”.</source>
        <translation>Για να κλείσει η ειδοποίηση, πατήστε Escape ή το κουμπί «Κλείσιμο ειδοποίησης».</translation>
    </message>
</context>
<context>
    <name>NoticeStrip</name>
    <message>
        <source>Notices</source>
        <extracomment>the key that unfolds and folds the notices, shown on the strip</extracomment>
        <translation>Ειδοποιήσεις</translation>
    </message>
    <message>
        <source>{0} notices · Esc closes the newest</source>
        <translation>{0} ειδοποιήσεις · το Esc κλείνει την πιο πρόσφατη</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>Σύμπτυξη</translation>
    </message>
    <message>
        <source>{0} notices · newest: {1}</source>
        <translation>{0} ειδοποιήσεις · πιο πρόσφατη: {1}</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Ανάγνωση</translation>
    </message>
    <message>
        <source>Fold the notices</source>
        <translation>Σύμπτυξη των ειδοποιήσεων</translation>
    </message>
    <message>
        <source>Read every notice</source>
        <translation>Ανάγνωση όλων των ειδοποιήσεων</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>a PDF holds at most {limit} calls; choose a shorter range, or CSV</source>
        <extracomment>A PDF is laid out in memory; past this many calls, CSV or JSON Lines is the tool.</extracomment>
        <translation>ένα PDF χωράει έως {limit} κλήσεις· επιλέξτε μικρότερο διάστημα ή CSV</translation>
    </message>
    <message>
        <source>No calls in this range.</source>
        <translation>Δεν υπάρχουν κλήσεις σε αυτό το διάστημα.</translation>
    </message>
</context>
<context>
    <name>PhoneBridge</name>
    <message>
        <source>Phone connection</source>
        <extracomment>a ``PhoneEvent`` or ``LineStatus`` from the softphone&apos;s thread</extracomment>
        <translation>Σύνδεση τηλεφώνου</translation>
    </message>
    <message>
        <source>Take call</source>
        <translation>Απάντηση</translation>
    </message>
    <message>
        <source>Save this call and take the call waiting</source>
        <translation>Αποθήκευση κλήσης και απάντηση στην αναμονή</translation>
    </message>
    <message>
        <source>Phone not connected ({0}): {1}. Keys work as always.</source>
        <translation>Το τηλέφωνο δεν συνδέθηκε ({0}): {1}. Τα πλήκτρα λειτουργούν κανονικά.</translation>
    </message>
    <message>
        <source>Call waiting: {0}</source>
        <translation>Κλήση σε αναμονή: {0}</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(και %n ακόμη)</numerusform>
            <numerusform>(και %n ακόμη)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} saves this call and takes it</source>
        <translation>{0}: αποθήκευση και απάντηση</translation>
    </message>
</context>
<context>
    <name>RedactionWords</name>
    <message>
        <source>agent</source>
        <translation>συνεργάτης</translation>
    </message>
    <message>
        <source>playbook</source>
        <translation>σενάριο</translation>
    </message>
    <message>
        <source>customer name</source>
        <translation>όνομα πελάτη</translation>
    </message>
    <message>
        <source>account</source>
        <translation>λογαριασμός</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>τηλέφωνο</translation>
    </message>
    <message>
        <source>category</source>
        <translation>κατηγορία</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>αιτία κλήσης</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>λύση</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>έκβαση</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>αιτία</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>σημειώσεις</translation>
    </message>
    <message>
        <source>promises</source>
        <translation>υποσχέσεις</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>χρονολόγιο</translation>
    </message>
    <message>
        <source>1 card number masked</source>
        <translation>κρύφτηκε 1 αριθμός κάρτας</translation>
    </message>
    <message numerus="yes">
        <source>%n card numbers masked</source>
        <translation>
            <numerusform>κρύφτηκε %n αριθμός κάρτας</numerusform>
            <numerusform>κρύφτηκαν %n αριθμοί καρτών</numerusform>
        </translation>
    </message>
    <message>
        <source>1 security code removed</source>
        <translation>αφαιρέθηκε 1 κωδικός ασφαλείας</translation>
    </message>
    <message numerus="yes">
        <source>%n security codes removed</source>
        <translation>
            <numerusform>αφαιρέθηκε %n κωδικός ασφαλείας</numerusform>
            <numerusform>αφαιρέθηκαν %n κωδικοί ασφαλείας</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} before saving ({1})</source>
        <translation>{0} πριν από την αποθήκευση ({1})</translation>
    </message>
    <message>
        <source> and </source>
        <translation> και </translation>
    </message>
    <message>
        <source>Kept off the disk: {0}. The log keeps only a card&apos;s last four digits.</source>
        <translation>Δεν γράφτηκε στον δίσκο: {0}. Το αρχείο κρατά μόνο τα τέσσερα τελευταία ψηφία μιας κάρτας.</translation>
    </message>
</context>
<context>
    <name>RepeatCallerBanner</name>
    <message>
        <source>Repeat caller</source>
        <extracomment>Open commitments listed by name in the detail; the rest are counted. the agent asked to see the last call (its id)</extracomment>
        <translation>Καλεί ξανά</translation>
    </message>
    <message>
        <source>Last call…</source>
        <translation>Τελευταία κλήση…</translation>
    </message>
    <message>
        <source>Show the last call</source>
        <translation>Εμφάνιση της τελευταίας κλήσης</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>Δίπλωμα</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Λεπτομέρειες</translation>
    </message>
    <message>
        <source>Fold the caller&apos;s detail</source>
        <translation>Δίπλωμα των λεπτομερειών του πελάτη</translation>
    </message>
    <message>
        <source>Show the last call and the open promises</source>
        <translation>Εμφάνιση της τελευταίας κλήσης και των ανοιχτών υποσχέσεων</translation>
    </message>
    <message>
        <source>Called once before</source>
        <translation>Έχει καλέσει μία φορά</translation>
    </message>
    <message numerus="yes">
        <source>Called %n times before</source>
        <translation>
            <numerusform>Έχει καλέσει %n φορά</numerusform>
            <numerusform>Έχει καλέσει %n φορές</numerusform>
        </translation>
    </message>
    <message>
        <source>last {0}</source>
        <translation>τελευταία {0}</translation>
    </message>
    <message>
        <source>1 open promise</source>
        <translation>1 ανοιχτή υπόσχεση</translation>
    </message>
    <message numerus="yes">
        <source>%n open promises</source>
        <translation>
            <numerusform>%n ανοιχτή υπόσχεση</numerusform>
            <numerusform>%n ανοιχτές υποσχέσεις</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n εκπρόθεσμη</numerusform>
            <numerusform>%n εκπρόθεσμες</numerusform>
        </translation>
    </message>
    <message>
        <source>by {0}</source>
        <translation>από {0}</translation>
    </message>
    <message>
        <source>Last call: {0}</source>
        <translation>Τελευταία κλήση: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Open promises: %n</source>
        <translation>
            <numerusform>Ανοιχτές υποσχέσεις: %n</numerusform>
            <numerusform>Ανοιχτές υποσχέσεις: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue since {0}</source>
        <translation>εκπρόθεσμη από {0}</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>έως {0}</translation>
    </message>
    <message numerus="yes">
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
        <source>Recurring complaints</source>
        <translation>Επαναλαμβανόμενα παράπονα</translation>
    </message>
    <message>
        <source>Weeks to look back</source>
        <translation>Εβδομάδες προς τα πίσω</translation>
    </message>
    <message>
        <source>last </source>
        <translation>τελευταίες </translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> εβδομάδες</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Εξαγωγή CSV…</translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation>Εξαγωγή γραφήματος σε PNG…</translation>
    </message>
    <message>
        <source>Top categories and their trend over the last {0} weeks:</source>
        <translation>Κύριες κατηγορίες και η πορεία τους τις τελευταίες {0} εβδομάδες:</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n κλήση</numerusform>
            <numerusform>%n κλήσεις</numerusform>
        </translation>
    </message>
    <message>
        <source>No calls in this range.</source>
        <translation>Καμία κλήση σε αυτό το διάστημα.</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>ανοδική</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>καθοδική</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>σταθερή</translation>
    </message>
    <message>
        <source>new</source>
        <translation>νέα</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>χωρίς κλήσεις πια</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n call(s) lately, none before)</source>
        <translation>
            <numerusform>{0} (%n κλήση πρόσφατα, καμία πριν)</numerusform>
            <numerusform>{0} (%n κλήσεις πρόσφατα, καμία πριν)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} ({1}%: {2} → {3})</source>
        <translation>{0} ({1}%: {2} → {3})</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Εξαγωγή αναφοράς</translation>
    </message>
    <message>
        <source>Report exported to {0}</source>
        <translation>Η αναφορά εξήχθη στο {0}</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Εικόνα PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>ReviewBlock</name>
    <message>
        <source>Drafted log entry</source>
        <translation>Πρόχειρη καταχώριση</translation>
    </message>
    <message>
        <source>Save call</source>
        <translation>Αποθήκευση</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search cards: title, words, tags…</source>
        <translation>Αναζήτηση καρτών: τίτλος, λέξεις, ετικέτες…</translation>
    </message>
    <message>
        <source>Search cards</source>
        <translation>Αναζήτηση καρτών</translation>
    </message>
    <message>
        <source>Matching cards</source>
        <translation>Κάρτες που ταιριάζουν</translation>
    </message>
    <message>
        <source>No card matches these words.</source>
        <translation>Καμία κάρτα δεν ταιριάζει με αυτές τις λέξεις.</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter copies · Esc closes</source>
        <translation>↑↓ επιλογή · Enter αντιγραφή · Esc κλείσιμο</translation>
    </message>
    <message numerus="yes">
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
        <source>Steps</source>
        <extracomment>the narrowest a step other than the current one gets (its bar stays visible) rail pictures kept (a call passes through a dozen or so looks) each step&apos;s slot, by the current step (worked out once per size and font)</extracomment>
        <translation>Βήματα</translation>
    </message>
    <message>
        <source>Left and Right go to the previous and next step</source>
        <translation>Αριστερό και Δεξί βέλος: προηγούμενο και επόμενο βήμα</translation>
    </message>
    <message>
        <source>Step {0} of {1}: {2}</source>
        <translation>Βήμα {0} από {1}: {2}</translation>
    </message>
</context>
<context>
    <name>TeamLine</name>
    <message>
        <source>Team log</source>
        <extracomment>How often the line looks at the worker&apos;s state. what the team log announced; emitted in the worker&apos;s thread, received in this one</extracomment>
        <translation>Κοινό αρχείο</translation>
    </message>
    <message>
        <source>1 call waiting</source>
        <translation>1 κλήση σε αναμονή</translation>
    </message>
    <message numerus="yes">
        <source>%n calls waiting</source>
        <translation>
            <numerusform>%n κλήση σε αναμονή</numerusform>
            <numerusform>%n κλήσεις σε αναμονή</numerusform>
        </translation>
    </message>
    <message>
        <source>Team log offline · {0} · team answers from this PC only (sent when the server is back)</source>
        <translation>Κοινό αρχείο εκτός σύνδεσης · {0} · απαντήσεις της ομάδας μόνο από αυτόν τον υπολογιστή (στέλνονται όταν επανέλθει ο διακομιστής)</translation>
    </message>
    <message>
        <source>Team log: connecting · {0}</source>
        <translation>Κοινό αρχείο: σύνδεση · {0}</translation>
    </message>
    <message>
        <source>Team log: sending · {0}</source>
        <translation>Κοινό αρχείο: αποστολή · {0}</translation>
    </message>
</context>
<context>
    <name>TeamTools</name>
    <message>
        <source>History…</source>
        <extracomment>Pause in typing a phone, name or account before the log is asked about them. Announced calls looked at one by one; more than this, and the caller is simply looked up again. (menu text, command line), the text translated when the menu is built.</extracomment>
        <translation>Ιστορικό…</translation>
    </message>
    <message>
        <source>Follow-ups…</source>
        <translation>Εκκρεμότητες…</translation>
    </message>
    <message>
        <source>Complaints report…</source>
        <translation>Αναφορά παραπόνων…</translation>
    </message>
    <message>
        <source>Export calls…</source>
        <translation>Εξαγωγή κλήσεων…</translation>
    </message>
    <message>
        <source>Copy ticket note</source>
        <translation>Αντιγραφή σημείωσης αιτήματος</translation>
    </message>
    <message>
        <source>Open Follow-ups</source>
        <translation>Άνοιγμα Εκκρεμοτήτων</translation>
    </message>
    <message>
        <source>Follow-up due: {0}</source>
        <translation>Λήγει υπόσχεση: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups due</source>
        <translation>
            <numerusform>%n εκκρεμότητα προς ολοκλήρωση</numerusform>
            <numerusform>%n εκκρεμότητες προς ολοκλήρωση</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Υποσχέσεις που λήγουν</translation>
    </message>
    <message>
        <source>Ticket note copied</source>
        <translation>Η σημείωση αιτήματος αντιγράφηκε</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Ιστορικό</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <extracomment>asks where to save; None for Qt&apos;s save dialog (tests pass their own)</extracomment>
        <translation>Εκκρεμότητες</translation>
    </message>
    <message>
        <source>Recurring complaints</source>
        <translation>Επαναλαμβανόμενα παράπονα</translation>
    </message>
    <message>
        <source>No earlier calls from this customer</source>
        <translation>Ο πελάτης δεν έχει καλέσει ξανά</translation>
    </message>
    <message>
        <source>That call is no longer in the log</source>
        <translation>Η κλήση αυτή δεν υπάρχει πια στο αρχείο</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Message</source>
        <translation>Μήνυμα</translation>
    </message>
</context>
<context>
    <name>WrapUp</name>
    <message>
        <source>Customer&apos;s name</source>
        <extracomment>Runs a command line&apos;s words without asking anything first: (worked, message, status).</extracomment>
        <translation>Όνομα πελάτη</translation>
    </message>
    <message>
        <source>Account or ticket</source>
        <translation>Λογαριασμός ή αίτημα</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <source>Reason for the call</source>
        <translation>Αιτία κλήσης</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Λύση</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Έκβαση</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Before it is saved, the log entry needs:</source>
        <translation>Πριν αποθηκευτεί, η καταχώριση χρειάζεται:</translation>
    </message>
    <message>
        <source>Enter saves the call · Esc goes back to it</source>
        <translation>Το Enter αποθηκεύει την κλήση · το Esc επιστρέφει σε αυτήν</translation>
    </message>
    <message>
        <source>Not saved: back to the call</source>
        <translation>Δεν αποθηκεύτηκε: πίσω στην κλήση</translation>
    </message>
    <message>
        <source>Save this call to the log before starting a new one?</source>
        <translation>Να αποθηκευτεί αυτή η κλήση στο αρχείο πριν ξεκινήσει νέα;</translation>
    </message>
    <message>
        <source>Enter saves it, then starts the new call · Esc goes back to the call</source>
        <translation>Το Enter την αποθηκεύει και ξεκινά τη νέα · το Esc επιστρέφει στην κλήση</translation>
    </message>
    <message>
        <source>Back to the call</source>
        <translation>Πίσω στην κλήση</translation>
    </message>
</context>
<context>
    <name>_LinkOpener</name>
    <message>
        <source>This link was not opened: {0}</source>
        <translation>Ο σύνδεσμος δεν άνοιξε: {0}</translation>
    </message>
</context>
<context>
    <name>accessible</name>
    <message>
        <source>Scroll</source>
        <extracomment>sets the value, as a click on it would what it says now beside its name (a value&apos;s word, a label&apos;s text) what pressing it does (a card is copied, a step is gone to), if it can be pressed the key that does the same, shown as the press action&apos;s key binding the description worked out only when a screen reader asks for it (a card&apos;s filled text): the bridge asks for the role and state far more often the parts&apos; interfaces handed out, by index; Qt&apos;s cache may hold them, so they are deleted through it when the widget goes (see ``_forget``)</extracomment>
        <translation>Κύλιση</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>argparse&apos;s own words that reach a person (&quot;usage: &quot;, &quot;error:&quot;, ...), as this Python&apos;s argparse writes them; ``cli_translation`` hands them to argparse, and a test keeps each one in argparse&apos;s source.</extracomment>
        <translation>χρήση: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>ορίσματα θέσης</translation>
    </message>
    <message>
        <source>options</source>
        <translation>επιλογές</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>εμφανίζει αυτή τη βοήθεια και τερματίζει</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: σφάλμα: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>όρισμα %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>μη αναγνωρισμένα ορίσματα: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>απαιτούνται τα εξής ορίσματα: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>απαιτείται ένα από τα ορίσματα %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>δεν επιτρέπεται μαζί με το όρισμα %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>μη έγκυρη επιλογή: %(value)r (επιλέξτε από %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>μη έγκυρη τιμή %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>αναμενόταν ένα όρισμα</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>αναμενόταν το πολύ ένα όρισμα</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>αναμενόταν τουλάχιστον ένα όρισμα</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>αναμενόταν %s όρισμα</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>αναμένονταν %s ορίσματα</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>αμφίσημη επιλογή: η %(option)s ταιριάζει με %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>αγνοείται το ρητό όρισμα %r</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>άγνωστη εντολή %(parser_name)r (επιλογές: %(choices)s)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>exported %n calls to {target}</source>
        <translation>
            <numerusform>εξήχθη %n κλήση σε {target}</numerusform>
            <numerusform>εξήχθησαν %n κλήσεις σε {target}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n βήμα</numerusform>
            <numerusform>%n βήματα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cards</source>
        <translation>
            <numerusform>%n κάρτα</numerusform>
            <numerusform>%n κάρτες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n situations</source>
        <translation>
            <numerusform>%n κατάσταση</numerusform>
            <numerusform>%n καταστάσεις</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layers</source>
        <translation>
            <numerusform>%n επίπεδο</numerusform>
            <numerusform>%n επίπεδα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calls</source>
        <translation>
            <numerusform>%n κλήση</numerusform>
            <numerusform>%n κλήσεις</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>erased %n calls with {customer} from {path}</source>
        <translation>
            <numerusform>διαγράφηκε %n κλήση με {customer} από το {path}</numerusform>
            <numerusform>διαγράφηκαν %n κλήσεις με {customer} από το {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>erased %n calls from the team log at {server} (an audit row says who and when; every agent&apos;s copy follows at its next sync)</source>
        <translation>
            <numerusform>διαγράφηκε %n κλήση από το αρχείο της ομάδας στο {server} (μια εγγραφή ελέγχου λέει ποιος και πότε· το αντίγραφο κάθε εκπροσώπου ακολουθεί στον επόμενο συγχρονισμό του)</numerusform>
            <numerusform>διαγράφηκαν %n κλήσεις από το αρχείο της ομάδας στο {server} (μια εγγραφή ελέγχου λέει ποιος και πότε· το αντίγραφο κάθε εκπροσώπου ακολουθεί στον επόμενο συγχρονισμό του)</numerusform>
        </translation>
    </message>
    <message>
        <source>no Calmline is running on the data dir {folder}; start it first (same --data-dir or CALMLINE_DATA_DIR)</source>
        <extracomment>What the command line prints for a person (``cli_translation.tr``, context &quot;cli&quot;).</extracomment>
        <translation>δεν τρέχει Calmline με τον φάκελο δεδομένων {folder}· ανοίξτε το πρώτα (ίδιο --data-dir ή CALMLINE_DATA_DIR)</translation>
    </message>
    <message>
        <source>the Calmline window on the data dir {folder} does not answer (stopped or hung); {command} was not run</source>
        <translation>το παράθυρο του Calmline με τον φάκελο δεδομένων {folder} δεν αποκρίνεται (σταμάτησε ή κόλλησε)· η εντολή {command} δεν εκτελέστηκε</translation>
    </message>
    <message>
        <source>--since {since} is not before --until {until}</source>
        <translation>το --since {since} δεν είναι πριν από το --until {until}</translation>
    </message>
    <message>
        <source>{option} {text} is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>το {option} {text} δεν είναι ημερομηνία· γράψτε ΕΕΕΕ-ΜΜ-ΗΗ ή ΕΕΕΕ-ΜΜ-ΗΗTωω:λλ</translation>
    </message>
    <message>
        <source>give --call or a date range (--since/--until), not both</source>
        <translation>δώστε --call ή διάστημα ημερομηνιών (--since/--until), όχι και τα δύο</translation>
    </message>
    <message>
        <source>{problem}; nothing was exported</source>
        <translation>{problem}· δεν εξήχθη τίποτα</translation>
    </message>
    <message>
        <source>there is no call log yet at {path}</source>
        <translation>δεν υπάρχει ακόμη αρχείο κλήσεων στο {path}</translation>
    </message>
    <message>
        <source>no call log at {path} yet: nothing to forget on this PC</source>
        <translation>δεν υπάρχει ακόμη αρχείο κλήσεων στο {path}: τίποτα για διαγραφή σε αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <source>{problem}; answering from this PC&apos;s log only (calls of other agents are not in it)</source>
        <translation>{problem}· η απάντηση προέρχεται μόνο από το αρχείο αυτού του υπολογιστή (χωρίς τις κλήσεις άλλων εκπροσώπων)</translation>
    </message>
    <message>
        <source>no call log at {path} yet</source>
        <translation>δεν υπάρχει ακόμη αρχείο κλήσεων στο {path}</translation>
    </message>
    <message>
        <source>no call matches {text}</source>
        <translation>καμία κλήση δεν ταιριάζει με {text}</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>εμφανίζει την έκδοση του προγράμματος και τερματίζει</translation>
    </message>
    <message>
        <source>this link was not opened: {reason}</source>
        <translation>αυτός ο σύνδεσμος δεν άνοιξε: {reason}</translation>
    </message>
    <message>
        <source>check playbook files or folders and report every problem</source>
        <translation>ελέγχει αρχεία ή φακέλους σεναρίων και αναφέρει κάθε πρόβλημα</translation>
    </message>
    <message>
        <source>Check playbook files (or every .yaml/.yml file in a folder) on top of the built-in playbooks. Prints FILE:LINE: message for each problem, then a summary per playbook; exits 1 when anything is wrong.</source>
        <translation>Ελέγχει αρχεία σεναρίων (ή κάθε αρχείο .yaml/.yml ενός φακέλου) πάνω στα ενσωματωμένα σενάρια. Γράφει ΑΡΧΕΙΟ:ΓΡΑΜΜΗ: μήνυμα για κάθε πρόβλημα και μετά μια σύνοψη ανά σενάριο· τερματίζει με 1 όταν κάτι είναι λάθος.</translation>
    </message>
    <message>
        <source>check on top of the built-in playbooks in this language (en, es, el, ...)</source>
        <translation>έλεγχος πάνω στα ενσωματωμένα σενάρια αυτής της γλώσσας (en, es, el, ...)</translation>
    </message>
    <message>
        <source>its wording is in {language}, and no playbook in that language was loaded to check it against</source>
        <translation>η διατύπωσή του είναι σε {language} και δεν φορτώθηκε σενάριο σε αυτή τη γλώσσα για να ελεγχθεί</translation>
    </message>
    <message>
        <source>no .yaml or .yml files in this folder</source>
        <translation>δεν υπάρχουν αρχεία .yaml ή .yml σε αυτόν τον φάκελο</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>δεν υπάρχει τέτοιο αρχείο ή φάκελος</translation>
    </message>
    <message>
        <source>cannot read the folder: {reason}</source>
        <translation>ο φάκελος δεν διαβάζεται: {reason}</translation>
    </message>
    <message>
        <source>drive one call offscreen in a temporary data dir and report; exit 0 when all works</source>
        <translation>εκτελεί μια κλήση χωρίς οθόνη σε προσωρινό φάκελο δεδομένων και αναφέρει· τερματίζει με 0 όταν όλα λειτουργούν</translation>
    </message>
    <message>
        <source>run a command in the Calmline window that runs on this data dir</source>
        <translation>εκτελεί μια εντολή στο παράθυρο του Calmline που τρέχει σε αυτόν τον φάκελο δεδομένων</translation>
    </message>
    <message>
        <source>the command&apos;s name, e.g. next-step</source>
        <translation>το όνομα της εντολής, π.χ. next-step</translation>
    </message>
    <message>
        <source>its arguments and --options</source>
        <translation>τα ορίσματα και οι --επιλογές της</translation>
    </message>
    <message>
        <source>{app}: a calm companion window for calls with upset customers.</source>
        <translation>{app}: ένα ήρεμο βοηθητικό παράθυρο για κλήσεις με αναστατωμένους πελάτες.</translation>
    </message>
    <message>
        <source>keep every file Calmline writes under DIR (default: ${variable}, then the platform&apos;s app-data folder)</source>
        <translation>όλα τα αρχεία του Calmline κάτω από τον DIR (προεπιλογή: ${variable}, μετά ο φάκελος δεδομένων εφαρμογών του συστήματος)</translation>
    </message>
    <message>
        <source>Run a command in the running Calmline window, e.g. &apos;calmline ctl next-step&apos;, &apos;calmline ctl use-card 3&apos;, &apos;calmline ctl new-call --phone +15551234567 --name &quot;Dana Reyes&quot;&apos;. Press F1 in the window for every command. Exit status: 0 done, {failed} the command failed, {not_running} no Calmline runs on the data dir, {not_written} the call is kept in memory but not written to disk, {no_answer} the window does not answer, {missing} save-call: fields the playbook requires are empty.</source>
        <translation>Εκτελεί μια εντολή στο ανοιχτό παράθυρο του Calmline, π.χ. &apos;calmline ctl next-step&apos;, &apos;calmline ctl use-card 3&apos;, &apos;calmline ctl new-call --phone +15551234567 --name &quot;Dana Reyes&quot;&apos;. Πατήστε F1 στο παράθυρο για όλες τις εντολές. Κωδικός εξόδου: 0 έγινε, {failed} η εντολή απέτυχε, {not_running} κανένα Calmline δεν τρέχει στον φάκελο δεδομένων, {not_written} η κλήση κρατιέται στη μνήμη αλλά δεν γράφτηκε στον δίσκο, {no_answer} το παράθυρο δεν απαντά, {missing} save-call: είναι κενά πεδία που απαιτεί το σενάριο.</translation>
    </message>
    <message>
        <source>export calls from the log to CSV, JSON Lines, Markdown or PDF</source>
        <translation>εξάγει κλήσεις από το αρχείο σε CSV, JSON Lines, Markdown ή PDF</translation>
    </message>
    <message>
        <source>Export one call or the calls of a date range to a file.</source>
        <translation>Εξάγει μία κλήση ή τις κλήσεις ενός διαστήματος ημερομηνιών σε αρχείο.</translation>
    </message>
    <message>
        <source>csv (spreadsheet-safe), jsonl (full records), md (Markdown) or pdf</source>
        <translation>csv (ασφαλές για υπολογιστικά φύλλα), jsonl (πλήρεις εγγραφές), md (Markdown) ή pdf</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD) or ISO time</source>
        <translation>πρώτη ημέρα (ΕΕΕΕ-ΜΜ-ΗΗ) ή ώρα ISO</translation>
    </message>
    <message>
        <source>last day, included, or ISO time</source>
        <translation>τελευταία ημέρα, συμπεριλαμβάνεται, ή ώρα ISO</translation>
    </message>
    <message>
        <source>export only the call with this id</source>
        <translation>εξαγωγή μόνο της κλήσης με αυτό το id</translation>
    </message>
    <message>
        <source>the file to write, in an existing folder</source>
        <translation>το αρχείο που γράφεται, σε φάκελο που υπάρχει</translation>
    </message>
    <message>
        <source>the call log: statistics, forgetting a customer</source>
        <translation>το αρχείο κλήσεων: στατιστικά, διαγραφή πελάτη</translation>
    </message>
    <message>
        <source>number of calls, date range and size on disk</source>
        <translation>αριθμός κλήσεων, εύρος ημερομηνιών και μέγεθος στον δίσκο</translation>
    </message>
    <message>
        <source>erase every call of one customer, leaving no trace (Calmline must be closed)</source>
        <translation>διαγράφει κάθε κλήση ενός πελάτη χωρίς ίχνος (το Calmline πρέπει να είναι κλειστό)</translation>
    </message>
    <message>
        <source>phone number (compared by its digits)</source>
        <translation>αριθμός τηλεφώνου (συγκρίνονται τα ψηφία του)</translation>
    </message>
    <message>
        <source>account number (case ignored)</source>
        <translation>αριθμός λογαριασμού (χωρίς διάκριση κεφαλαίων)</translation>
    </message>
    <message>
        <source>customer name (case and extra spaces ignored)</source>
        <translation>όνομα πελάτη (χωρίς διάκριση κεφαλαίων και επιπλέον κενών)</translation>
    </message>
    <message>
        <source>{megabytes} MB ({bytes} bytes)</source>
        <translation>{megabytes} MB ({bytes} byte)</translation>
    </message>
    <message>
        <source>call log:</source>
        <translation>αρχείο κλήσεων:</translation>
    </message>
    <message>
        <source>calls:</source>
        <translation>κλήσεις:</translation>
    </message>
    <message>
        <source>first call:</source>
        <translation>πρώτη κλήση:</translation>
    </message>
    <message>
        <source>last call:</source>
        <translation>τελευταία κλήση:</translation>
    </message>
    <message>
        <source>size on disk:</source>
        <translation>μέγεθος στον δίσκο:</translation>
    </message>
    <message>
        <source>{problem}. Close Calmline, then run this again; nothing was changed.</source>
        <translation>{problem}. Κλείστε το Calmline και εκτελέστε το ξανά· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>damaged logs moved aside earlier were not touched and may still hold this customer:</source>
        <translation>τα κατεστραμμένα αρχεία που παραμερίστηκαν νωρίτερα δεν αγγίχτηκαν και μπορεί να περιέχουν ακόμη αυτόν τον πελάτη:</translation>
    </message>
    <message>
        <source>this PC&apos;s log follows as soon as its Calmline next syncs ({problem})</source>
        <translation>το αρχείο αυτού του υπολογιστή ακολουθεί μόλις συγχρονιστεί το Calmline του ({problem})</translation>
    </message>
    <message>
        <source>phone {phone}</source>
        <translation>τηλέφωνο {phone}</translation>
    </message>
    <message>
        <source>account {account}</source>
        <translation>λογαριασμό {account}</translation>
    </message>
    <message>
        <source>name {name}</source>
        <translation>όνομα {name}</translation>
    </message>
    <message>
        <source>calls matching every word (the team log&apos;s when configured)</source>
        <translation>κλήσεις που ταιριάζουν με όλες τις λέξεις (του αρχείου της ομάδας όταν έχει ρυθμιστεί)</translation>
    </message>
    <message>
        <source>Calls whose notes, names, phone, account, category or resolution match every word typed (word starts; accents and case ignored), newest first.</source>
        <translation>Κλήσεις των οποίων οι σημειώσεις, τα ονόματα, το τηλέφωνο, ο λογαριασμός, η κατηγορία ή η λύση ταιριάζουν με όλες τις λέξεις (αρχές λέξεων· χωρίς διάκριση τόνων και κεφαλαίων), οι νεότερες πρώτες.</translation>
    </message>
    <message>
        <source>the words to find</source>
        <translation>οι λέξεις προς αναζήτηση</translation>
    </message>
    <message>
        <source>at most this many (default 50)</source>
        <translation>το πολύ τόσες (προεπιλογή 50)</translation>
    </message>
    <message>
        <source>what the log knows of one customer: earlier calls, open promises</source>
        <translation>τι ξέρει το αρχείο για έναν πελάτη: προηγούμενες κλήσεις, ανοιχτές δεσμεύσεις</translation>
    </message>
    <message>
        <source>the team log at {server} is up to date (schema {version})</source>
        <translation>το αρχείο της ομάδας στο {server} είναι ενημερωμένο (σχήμα {version})</translation>
    </message>
    <message>
        <source>the team log on PostgreSQL: set up and check</source>
        <translation>το αρχείο της ομάδας σε PostgreSQL: ρύθμιση και έλεγχος</translation>
    </message>
    <message>
        <source>create or upgrade the team log&apos;s tables (IT, as the owning role)</source>
        <translation>δημιουργεί ή αναβαθμίζει τους πίνακες του αρχείου της ομάδας (IT, ως ο ρόλος-ιδιοκτήτης)</translation>
    </message>
    <message>
        <source>can this PC reach, sign in to, read and write the team log?</source>
        <translation>μπορεί αυτός ο υπολογιστής να φτάσει, να συνδεθεί, να διαβάσει και να γράψει στο αρχείο της ομάδας;</translation>
    </message>
    <message>
        <source>created the team log at {server} (schema {version})</source>
        <translation>δημιουργήθηκε το αρχείο της ομάδας στο {server} (σχήμα {version})</translation>
    </message>
    <message>
        <source>upgraded the team log at {server} from schema {before} to {after}</source>
        <translation>αναβαθμίστηκε το αρχείο της ομάδας στο {server} από το σχήμα {before} στο {after}</translation>
    </message>
    <message>
        <source>team log:</source>
        <translation>αρχείο ομάδας:</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>εντάξει</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>ΟΧΙ</translation>
    </message>
    <message>
        <source>a libpq connection string or service=NAME (default: as the window uses: CALMLINE_TEAM_LOG, then team_log in settings.json)</source>
        <translation>μια συμβολοσειρά σύνδεσης libpq ή service=ΟΝΟΜΑ (προεπιλογή, όπως το παράθυρο: CALMLINE_TEAM_LOG, μετά team_log στο settings.json)</translation>
    </message>
    <message>
        <source>the team log&apos;s tables could not be set up at {server}: {reason}; nothing was changed</source>
        <translation>οι πίνακες του αρχείου της ομάδας δεν ρυθμίστηκαν στο {server}: {reason}· δεν άλλαξε τίποτα</translation>
    </message>
    <message>
        <source>no team log is configured: set team_log in {path} or CALMLINE_TEAM_LOG, or give the connection string</source>
        <translation>δεν έχει ρυθμιστεί αρχείο ομάδας: ορίστε team_log στο {path} ή CALMLINE_TEAM_LOG, ή δώστε τη συμβολοσειρά σύνδεσης</translation>
    </message>
    <message>
        <source>{problem}: erasing on this PC now; the team log is told when Calmline next reaches it (with a team lead&apos;s login)</source>
        <translation>{problem}: διαγράφεται τώρα σε αυτόν τον υπολογιστή· το αρχείο της ομάδας ενημερώνεται όταν το Calmline το ξαναβρεί (με σύνδεση υπεύθυνου ομάδας)</translation>
    </message>
    <message>
        <source>{problem}; nothing was erased</source>
        <translation>{problem}· δεν διαγράφηκε τίποτα</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Call</source>
        <translation>Κλήση</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Κάρτες</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Διάθεση</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Use another playbook (by id); the call in progress keeps its state</source>
        <translation>Αλλαγή playbook (με id)· η τρέχουσα κλήση μένει ως έχει</translation>
    </message>
    <message>
        <source>The playbooks that loaded; * marks the one in use</source>
        <translation>Τα playbook που φορτώθηκαν· το * δείχνει αυτό σε χρήση</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Παράθυρο</translation>
    </message>
    <message>
        <source>Record a promise: what, --who, --due &apos;YYYY-MM-DD HH:MM&apos;</source>
        <translation>Καταγραφή υπόσχεσης: τι, --who, --due &apos;YYYY-MM-DD HH:MM&apos;</translation>
    </message>
    <message>
        <source>Show every key and what it does</source>
        <translation>Όλα τα πλήκτρα και τι κάνουν</translation>
    </message>
    <message>
        <source>Back to the step&apos;s cards</source>
        <translation>Πίσω στις κάρτες του βήματος</translation>
    </message>
    <message>
        <source>Close search, a situation or a question</source>
        <translation>Κλείσιμο αναζήτησης, κατάστασης ή ερώτησης</translation>
    </message>
    <message>
        <source>Show every notice, or fold them into one line</source>
        <translation>Εμφάνιση όλων των ειδοποιήσεων ή σύμπτυξή τους σε μία γραμμή</translation>
    </message>
    <message>
        <source>Put the cursor in the free notes</source>
        <translation>Ο κέρσορας στις ελεύθερες σημειώσεις</translation>
    </message>
    <message>
        <source>Go to step N</source>
        <translation>Μετάβαση στο βήμα N</translation>
    </message>
    <message>
        <source>Customer is angrier</source>
        <translation>Ο πελάτης θυμώνει περισσότερο</translation>
    </message>
    <message>
        <source>Customer is calmer</source>
        <translation>Ο πελάτης ηρεμεί</translation>
    </message>
    <message>
        <source>Start a new call</source>
        <translation>Έναρξη νέας κλήσης</translation>
    </message>
    <message>
        <source>Go to the next step</source>
        <translation>Επόμενο βήμα</translation>
    </message>
    <message>
        <source>Show a situation&apos;s cards (by number or id)</source>
        <translation>Οι κάρτες μιας κατάστασης (με αριθμό ή id)</translation>
    </message>
    <message>
        <source>Go to the previous step</source>
        <translation>Προηγούμενο βήμα</translation>
    </message>
    <message>
        <source>Close Calmline</source>
        <translation>Κλείσιμο του Calmline</translation>
    </message>
    <message>
        <source>Bring the window to the front</source>
        <translation>Το παράθυρο μπροστά</translation>
    </message>
    <message>
        <source>Customer flared up again: back to acknowledging</source>
        <translation>Ο πελάτης θύμωσε ξανά: πίσω στην αναγνώριση</translation>
    </message>
    <message>
        <source>Save the call to the log</source>
        <translation>Αποθήκευση της κλήσης στο αρχείο</translation>
    </message>
    <message>
        <source>Search every card by title, text and tags</source>
        <translation>Αναζήτηση σε όλες τις κάρτες: τίτλος, κείμενο, ετικέτες</translation>
    </message>
    <message>
        <source>Fill in a note field (name, account, phone, category, reason, resolution, outcome, cause, notes)</source>
        <translation>Συμπλήρωση πεδίου σημειώσεων (name, account, phone, category, reason, resolution, outcome, cause, notes)</translation>
    </message>
    <message>
        <source>Unfold the repeat caller&apos;s last call and open promises, or fold them</source>
        <translation>Ανάπτυξη της τελευταίας κλήσης και των ανοιχτών υποσχέσεων του πελάτη που ξανακαλεί, ή δίπλωμά τους</translation>
    </message>
    <message>
        <source>Choose the window&apos;s language (en, es, ...; empty for the system&apos;s)</source>
        <translation>Επιλογή γλώσσας του παραθύρου (en, es, el…· κενό για τη γλώσσα του συστήματος)</translation>
    </message>
    <message>
        <source>Set the customer&apos;s mood, 1 (furious) to 5 (calm)</source>
        <translation>Διάθεση πελάτη, από 1 (έξαλλος) έως 5 (ήρεμος)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Μεγαλύτερα γράμματα</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>Κανονικό μέγεθος γραμμάτων</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Μικρότερα γράμματα</translation>
    </message>
    <message>
        <source>Compact mode: steps and cards only</source>
        <translation>Συμπτυγμένη προβολή: μόνο βήματα και κάρτες</translation>
    </message>
    <message>
        <source>Keep the window above other windows, or not</source>
        <translation>Το παράθυρο πάντα μπροστά, ή όχι</translation>
    </message>
    <message>
        <source>Copy card N of this step (or of the open situation)</source>
        <translation>Αντιγραφή της κάρτας N του βήματος (ή της ανοιχτής κατάστασης)</translation>
    </message>
    <message>
        <source>Copy the card with this id, wherever it is</source>
        <translation>Αντιγραφή της κάρτας με αυτό το id, όπου κι αν είναι</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Αρχείο</translation>
    </message>
    <message>
        <source>Find a past call: search, open, copy, export</source>
        <translation>Εύρεση κλήσης: αναζήτηση, άνοιγμα, αντιγραφή, εξαγωγή</translation>
    </message>
    <message>
        <source>Promises to keep: overdue, today, later</source>
        <translation>Υποσχέσεις: εκπρόθεσμες, σήμερα, αργότερα</translation>
    </message>
    <message>
        <source>Recurring complaints: calls per category per week</source>
        <translation>Επαναλαμβανόμενα παράπονα: κλήσεις ανά κατηγορία και εβδομάδα</translation>
    </message>
    <message>
        <source>Export calls as CSV, JSON Lines, Markdown or PDF</source>
        <translation>Εξαγωγή κλήσεων σε CSV, JSON Lines, Markdown ή PDF</translation>
    </message>
    <message>
        <source>Copy this call as a note for a CRM ticket</source>
        <translation>Αντιγραφή της κλήσης ως σημείωση για αίτημα CRM</translation>
    </message>
    <message>
        <source>The window&apos;s state as JSON: step, situation, mood, call, draft, waiting</source>
        <translation>Η κατάσταση του παραθύρου σε JSON: βήμα, κατάσταση, διάθεση, κλήση, πρόχειρο, αναμονή</translation>
    </message>
    <message>
        <source>Carry on with the call left unfinished when Calmline last stopped</source>
        <translation>Συνέχεια της κλήσης που έμεινε ανολοκλήρωτη όταν έκλεισε το Calmline</translation>
    </message>
    <message>
        <source>Keep last time&apos;s unfinished call in the log, and start afresh</source>
        <translation>Η ανολοκλήρωτη κλήση μένει στο αρχείο· νέο ξεκίνημα</translation>
    </message>
    <message>
        <source>What the repeat-caller banner says about this call&apos;s customer</source>
        <translation>Τι λέει η ειδοποίηση επαναλαμβανόμενης κλήσης για τον πελάτη</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>Call saved to the log</source>
        <translation>Η κλήση αποθηκεύτηκε στο αρχείο</translation>
    </message>
    <message>
        <source>Not on disk yet: {problem}</source>
        <translation>Δεν γράφτηκε ακόμη στον δίσκο: {problem}</translation>
    </message>
    <message>
        <source>Copied: {title}</source>
        <translation>Αντιγράφηκε: {title}</translation>
    </message>
    <message>
        <source>no unfinished call is offered</source>
        <translation>δεν υπάρχει ανολοκλήρωτη κλήση</translation>
    </message>
    <message>
        <source>carrying on with the call from {started}</source>
        <translation>συνέχεια της κλήσης των {started}</translation>
    </message>
    <message>
        <source>Last time&apos;s unfinished call is kept in the log</source>
        <translation>Η ανολοκλήρωτη κλήση κρατήθηκε στο αρχείο</translation>
    </message>
    <message>
        <source>Call waiting: {caller}. take-call opens it</source>
        <translation>Κλήση σε αναμονή: {caller}. Το take-call την ανοίγει</translation>
    </message>
    <message>
        <source>Missed call: {caller}</source>
        <translation>Αναπάντητη κλήση: {caller}</translation>
    </message>
    <message>
        <source>Call ended: wrap up and save it to the log</source>
        <translation>Η κλήση τελείωσε: ολοκληρώστε και αποθηκεύστε</translation>
    </message>
    <message>
        <source>Back to {step} · mood: {mood}</source>
        <translation>Πίσω στο {step} · διάθεση: {mood}</translation>
    </message>
    <message>
        <source>furious</source>
        <translation>έξαλλος</translation>
    </message>
    <message>
        <source>angry</source>
        <translation>θυμωμένος</translation>
    </message>
    <message>
        <source>upset</source>
        <translation>αναστατωμένος</translation>
    </message>
    <message>
        <source>settling</source>
        <translation>ηρεμεί</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>ήρεμος</translation>
    </message>
    <message numerus="yes">
        <source>“{title}” used %n times this call: say it in your own words this time</source>
        <extracomment>Messages of the plain-Python layers with a count (``%n``), translated with their plural forms: the desk&apos;s ``tr_count`` (context &quot;desk&quot;) and the command line&apos;s (``cli_translation.tr_count``, context &quot;cli&quot;).</extracomment>
        <translation>
            <numerusform>Η «{title}» χρησιμοποιήθηκε %n φορά σε αυτή την κλήση· πείτε τη με δικά σας λόγια</numerusform>
            <numerusform>Η «{title}» χρησιμοποιήθηκε %n φορές σε αυτή την κλήση· πείτε τη με δικά σας λόγια</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>the call log {path} is damaged: {reason}</source>
        <translation>το αρχείο κλήσεων {path} είναι κατεστραμμένο: {reason}</translation>
    </message>
    <message>
        <source>its header is not valid</source>
        <translation>η κεφαλίδα του δεν είναι έγκυρη</translation>
    </message>
    <message>
        <source>schema number {version}</source>
        <translation>αριθμός σχήματος {version}</translation>
    </message>
    <message>
        <source>its tables are not those of schema {version}</source>
        <translation>οι πίνακές του δεν είναι του σχήματος {version}</translation>
    </message>
    <message>
        <source>the call log {path} cannot be read (permission denied)</source>
        <translation>το αρχείο κλήσεων {path} δεν διαβάζεται (δεν επιτρέπεται η πρόσβαση)</translation>
    </message>
    <message>
        <source>the call log {path} was written by a newer Calmline (schema {version}, this one knows up to {known})</source>
        <translation>το αρχείο κλήσεων {path} γράφτηκε από νεότερο Calmline (σχήμα {version}, αυτό γνωρίζει έως το {known})</translation>
    </message>
    <message>
        <source>{problem}, and it cannot be moved aside: {reason}</source>
        <translation>{problem}, και δεν μπορεί να παραμεριστεί: {reason}</translation>
    </message>
    <message>
        <source>{problem}; moving it aside failed too</source>
        <translation>{problem}· απέτυχε και ο παραμερισμός του</translation>
    </message>
    <message>
        <source>the log at {path} is in use by another Calmline{pid}</source>
        <translation>το αρχείο στο {path} το χρησιμοποιεί άλλο Calmline{pid}</translation>
    </message>
    <message>
        <source>cannot open the call log&apos;s lock file {path}: {reason}</source>
        <translation>δεν ανοίγει το αρχείο κλειδώματος του αρχείου κλήσεων {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot open the call log {path}: {reason}</source>
        <translation>δεν ανοίγει το αρχείο κλήσεων {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot tidy up the call log {path}: another reader is busy; try again</source>
        <translation>δεν γίνεται τακτοποίηση του αρχείου κλήσεων {path}: άλλος αναγνώστης είναι απασχολημένος· δοκιμάστε ξανά</translation>
    </message>
    <message>
        <source>cannot back up the call log to {path}: {reason}</source>
        <translation>δεν γίνεται αντίγραφο του αρχείου κλήσεων στο {path}: {reason}</translation>
    </message>
    <message>
        <source>no commitment {commitment} of call {call} in {log}</source>
        <translation>δεν υπάρχει δέσμευση {commitment} της κλήσης {call} στο {log}</translation>
    </message>
    <message>
        <source>say whose calls to forget: a phone number, an account or a name</source>
        <translation>πείτε ποιανού τις κλήσεις να διαγραφούν: τηλέφωνο, λογαριασμό ή όνομα</translation>
    </message>
    <message>
        <source>another program keeps the log busy</source>
        <translation>άλλο πρόγραμμα κρατά απασχολημένο το αρχείο</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>το αρχείο ή ο φάκελός του είναι μόνο για ανάγνωση</translation>
    </message>
    <message>
        <source>a disk write failed (is the disk full, or the file at its size limit?)</source>
        <translation>απέτυχε μια εγγραφή στον δίσκο (είναι γεμάτος ο δίσκος ή το αρχείο στο όριο μεγέθους του;)</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>το αρχείο είναι κατεστραμμένο</translation>
    </message>
    <message>
        <source>the file cannot be opened (is its folder read-only or missing?)</source>
        <translation>το αρχείο δεν ανοίγει (ο φάκελός του είναι μόνο για ανάγνωση ή λείπει;)</translation>
    </message>
    <message>
        <source>the file is not a Calmline log</source>
        <translation>το αρχείο δεν είναι αρχείο κλήσεων του Calmline</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>δεν γράφεται το {path}: {reason}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ο δίσκος είναι γεμάτος</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>εξαντλήθηκε το όριο χώρου στον δίσκο</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>ο δίσκος είναι μόνο για ανάγνωση</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>δεν επιτρέπεται η πρόσβαση</translation>
    </message>
    <message>
        <source>the file is larger than this system allows</source>
        <translation>το αρχείο είναι μεγαλύτερο από όσο επιτρέπει το σύστημα</translation>
    </message>
    <message>
        <source>{name} is not a plain file name; choose a name without folders</source>
        <translation>το {name} δεν είναι απλό όνομα αρχείου· επιλέξτε όνομα χωρίς φακέλους</translation>
    </message>
    <message>
        <source>cannot export to {path}: the folder {folder} does not exist</source>
        <translation>δεν γίνεται εξαγωγή στο {path}: ο φάκελος {folder} δεν υπάρχει</translation>
    </message>
    <message>
        <source>cannot export to {path}: it is outside {folder}</source>
        <translation>δεν γίνεται εξαγωγή στο {path}: είναι έξω από τον {folder}</translation>
    </message>
    <message>
        <source>--out needs a file name</source>
        <translation>το --out χρειάζεται όνομα αρχείου</translation>
    </message>
    <message>
        <source>--out {out} contains &apos;..&apos;; give the folder without &apos;..&apos;</source>
        <translation>το --out {out} περιέχει &apos;..&apos;· δώστε τον φάκελο χωρίς &apos;..&apos;</translation>
    </message>
    <message>
        <source>cannot export to {path}: it is a symbolic link; exports never follow links</source>
        <translation>δεν γίνεται εξαγωγή στο {path}: είναι συμβολικός σύνδεσμος· οι εξαγωγές δεν ακολουθούν ποτέ συνδέσμους</translation>
    </message>
    <message>
        <source>cannot export to {path}: it exists and is not a regular file</source>
        <translation>δεν γίνεται εξαγωγή στο {path}: υπάρχει και δεν είναι κανονικό αρχείο</translation>
    </message>
    <message>
        <source>cannot reach the team log at {server}: {reason}</source>
        <translation>το αρχείο της ομάδας στο {server} δεν είναι προσβάσιμο: {reason}</translation>
    </message>
    <message>
        <source>lost the connection to {server}: {reason}</source>
        <translation>χάθηκε η σύνδεση με {server}: {reason}</translation>
    </message>
    <message>
        <source>{server} refused: {reason}</source>
        <translation>{server}: απορρίφθηκε: {reason}</translation>
    </message>
    <message>
        <source>the team log at {server}</source>
        <translation>το αρχείο της ομάδας στο {server}</translation>
    </message>
    <message>
        <source>only a team lead (role {role}) may erase a customer from {server}; nothing was erased</source>
        <translation>μόνο υπεύθυνος ομάδας (ρόλος {role}) μπορεί να διαγράψει πελάτη από {server}· δεν διαγράφηκε τίποτα</translation>
    </message>
    <message>
        <source>{source}: not a valid PostgreSQL connection string{detail}</source>
        <translation>{source}: μη έγκυρη συμβολοσειρά σύνδεσης PostgreSQL{detail}</translation>
    </message>
    <message>
        <source>{source}: not a valid PostgreSQL connection string</source>
        <translation>{source}: μη έγκυρη συμβολοσειρά σύνδεσης PostgreSQL</translation>
    </message>
    <message>
        <source>the connection string given</source>
        <translation>η συμβολοσειρά σύνδεσης που δόθηκε</translation>
    </message>
    <message>
        <source>the team log has no Calmline tables yet: IT runs &apos;calmline team init&apos; once</source>
        <translation>το αρχείο της ομάδας δεν έχει ακόμη πίνακες του Calmline: το IT εκτελεί μία φορά &apos;calmline team init&apos;</translation>
    </message>
    <message>
        <source>the team log was set up by a newer Calmline (schema {version}, this one knows up to {known}): update Calmline on this PC</source>
        <translation>το αρχείο της ομάδας ρυθμίστηκε από νεότερο Calmline (σχήμα {version}, αυτό γνωρίζει έως το {known}): ενημερώστε το Calmline σε αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <source>the team log&apos;s tables are older (schema {version}) than this Calmline needs ({known}): IT runs &apos;calmline team init&apos; to upgrade them</source>
        <translation>οι πίνακες του αρχείου της ομάδας είναι παλαιότεροι (σχήμα {version}) από όσο χρειάζεται αυτό το Calmline ({known}): το IT εκτελεί &apos;calmline team init&apos; για αναβάθμιση</translation>
    </message>
    <message>
        <source>the team log was set up by a newer Calmline (schema {version}, this one knows up to {known}); nothing was changed</source>
        <translation>το αρχείο της ομάδας ρυθμίστηκε από νεότερο Calmline (σχήμα {version}, αυτό γνωρίζει έως το {known})· δεν άλλαξε τίποτα</translation>
    </message>
    <message>
        <source>the call in progress is kept on this PC, never in the team log</source>
        <translation>η τρέχουσα κλήση κρατιέται σε αυτόν τον υπολογιστή, ποτέ στο αρχείο της ομάδας</translation>
    </message>
    <message>
        <source>the team log keeps calls as IT decides; nothing is purged from a PC</source>
        <translation>το αρχείο της ομάδας κρατά τις κλήσεις όπως αποφασίζει το IT· τίποτα δεν εκκαθαρίζεται από έναν υπολογιστή</translation>
    </message>
    <message>
        <source>reach and sign in:</source>
        <translation>πρόσβαση και σύνδεση:</translation>
    </message>
    <message>
        <source>schema:</source>
        <translation>σχήμα:</translation>
    </message>
    <message>
        <source>read:</source>
        <translation>ανάγνωση:</translation>
    </message>
    <message>
        <source>write:</source>
        <translation>εγγραφή:</translation>
    </message>
    <message>
        <source>erase customers:</source>
        <translation>διαγραφή πελατών:</translation>
    </message>
    <message>
        <source>as {user}</source>
        <translation>ως {user}</translation>
    </message>
    <message>
        <source>a trial call was written and taken back</source>
        <translation>γράφτηκε μια δοκιμαστική κλήση και αναιρέθηκε</translation>
    </message>
    <message>
        <source>this login has the lead role</source>
        <translation>αυτή η σύνδεση έχει τον ρόλο υπεύθυνου</translation>
    </message>
    <message>
        <source>only logins with {role} may</source>
        <translation>μόνο συνδέσεις με {role}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>το αρχείο είναι κενό</translation>
    </message>
    <message>
        <source>the key {key} is written twice in {what}</source>
        <translation>το κλειδί {key} γράφεται δύο φορές σε {what}</translation>
    </message>
    <message>
        <source>a playbook file</source>
        <translation>ένα αρχείο σεναρίου</translation>
    </message>
    <message>
        <source>a playbook needs a name</source>
        <translation>ένα σενάριο χρειάζεται όνομα (name)</translation>
    </message>
    <message>
        <source>a playbook needs a language</source>
        <translation>ένα σενάριο χρειάζεται γλώσσα (language)</translation>
    </message>
    <message>
        <source>a playbook needs a list of steps</source>
        <translation>ένα σενάριο χρειάζεται λίστα βημάτων (steps)</translation>
    </message>
    <message>
        <source>not valid YAML: {reason}</source>
        <translation>μη έγκυρο YAML: {reason}</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <extracomment>What can be wrong in a playbook file (``core.content``, context &quot;errors&quot;): each problem&apos;s template and the words put into it (&quot;the title of {label}&quot;, &quot;step {id}&quot;), rendered by ``ContentProblem.said_in`` in the window&apos;s or the command line&apos;s language; file names, lines, ids, keys and counts are the values, kept as written. A test keeps every template ``core.content`` writes listed here.</extracomment>
        <translation>το αρχείο δεν διαβάζεται: {reason}</translation>
    </message>
    <message>
        <source>Calmline cannot start: its data dir {path} cannot be used: {reason}. Make it writable, or choose another with --data-dir DIR or {variable}.</source>
        <extracomment>Messages of the store and core that the command line prints (context &quot;errors&quot;), with ``{name}`` where a path, an id or a reason goes: ``cli_translation.tr_error`` matches a message against them, most particular first, and says it again in the language. A test keeps every message the store and the export target raise here.</extracomment>
        <translation>Το Calmline δεν μπορεί να ξεκινήσει: ο φάκελος δεδομένων {path} δεν μπορεί να χρησιμοποιηθεί: {reason}. Δώστε δικαίωμα εγγραφής ή επιλέξτε άλλον με --data-dir DIR ή {variable}.</translation>
    </message>
    <message>
        <source>Calmline cannot start: {problem}, and its window did not answer within {seconds} s (stopped or hung). End that Calmline, then start again.</source>
        <translation>Το Calmline δεν μπορεί να ξεκινήσει: {problem}, και το παράθυρό του δεν απάντησε μέσα σε {seconds} s (σταμάτησε ή κόλλησε). Τερματίστε εκείνο το Calmline και ξεκινήστε ξανά.</translation>
    </message>
    <message>
        <source>Calmline cannot start: {problem}; its window says: {message}</source>
        <translation>Το Calmline δεν μπορεί να ξεκινήσει: {problem}· το παράθυρό του λέει: {message}</translation>
    </message>
    <message>
        <source>Calmline cannot start: {problem}</source>
        <translation>Το Calmline δεν μπορεί να ξεκινήσει: {problem}</translation>
    </message>
    <message>
        <source>no playbook loaded.</source>
        <translation>δεν φορτώθηκε κανένα σενάριο.</translation>
    </message>
    <message>
        <source>the data dir {path} is on a network file system ({kind}); the call log must be on this PC&apos;s own disk, since SQLite cannot lock a file over the network and a shared file gets corrupted. To share calls with the team, keep the data dir local (--data-dir or CALMLINE_DATA_DIR) and configure the team log (team_log in settings.json; see docs/team-log.md)</source>
        <translation>ο φάκελος δεδομένων {path} βρίσκεται σε δικτυακό σύστημα αρχείων ({kind})· το αρχείο κλήσεων πρέπει να είναι στον δίσκο αυτού του υπολογιστή, γιατί το SQLite δεν μπορεί να κλειδώσει αρχείο μέσω δικτύου και ένα κοινόχρηστο αρχείο καταστρέφεται. Για να μοιράζεστε κλήσεις με την ομάδα, κρατήστε τον φάκελο δεδομένων τοπικά (--data-dir ή CALMLINE_DATA_DIR) και ρυθμίστε το αρχείο της ομάδας (team_log στο settings.json· δείτε docs/team-log.md)</translation>
    </message>
    <message>
        <source>a network share</source>
        <translation>ένας κοινόχρηστος φάκελος δικτύου</translation>
    </message>
    <message>
        <source>Calmline is already running for {folder}; brought its window to the front.</source>
        <translation>Το Calmline τρέχει ήδη με τον φάκελο δεδομένων {folder}· το παράθυρό του ήρθε μπροστά.</translation>
    </message>
    <message>
        <source>Calmline is already running for {folder}; the call was opened there.</source>
        <translation>Το Calmline τρέχει ήδη με τον φάκελο δεδομένων {folder}· η κλήση άνοιξε εκεί.</translation>
    </message>
    <message numerus="yes">
        <source>{problem}. It was moved to {path} (nothing was deleted); the %n call(s) that could still be read were copied into a fresh log{detail}.</source>
        <translation>
            <numerusform>{problem}. Μετακινήθηκε στο {path} (δεν διαγράφηκε τίποτα)· η %n κλήση που διαβαζόταν ακόμη αντιγράφηκε σε νέο αρχείο κλήσεων{detail}.</numerusform>
            <numerusform>{problem}. Μετακινήθηκε στο {path} (δεν διαγράφηκε τίποτα)· οι %n κλήσεις που διαβάζονταν ακόμη αντιγράφηκαν σε νέο αρχείο κλήσεων{detail}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n call(s) could not be read and are only in the moved file</source>
        <translation>
            <numerusform>· %n κλήση δεν διαβάστηκε και υπάρχει μόνο στο αρχείο που μετακινήθηκε</numerusform>
            <numerusform>· %n κλήσεις δεν διαβάστηκαν και υπάρχουν μόνο στο αρχείο που μετακινήθηκε</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}. It was moved to {path} (nothing was deleted) and a fresh, empty log was started.</source>
        <translation>{problem}. Μετακινήθηκε στο {path} (δεν διαγράφηκε τίποτα) και ξεκίνησε νέο, άδειο αρχείο κλήσεων.</translation>
    </message>
    <message>
        <source>{problem}. Calls are kept in memory and written as soon as the log can be written.</source>
        <translation>{problem}. Οι κλήσεις κρατιούνται στη μνήμη και γράφονται μόλις μπορεί να γραφτεί το αρχείο κλήσεων.</translation>
    </message>
    <message>
        <source>Old calls could not be purged: {problem}</source>
        <translation>Δεν ήταν δυνατό να διαγραφούν οι παλιές κλήσεις: {problem}</translation>
    </message>
    <message>
        <source>{problem}. The team log is off until this is fixed.</source>
        <translation>{problem}. Το αρχείο της ομάδας μένει ανενεργό μέχρι να διορθωθεί.</translation>
    </message>
    <message>
        <source>a password does not belong in the team log setting: put it in libpq&apos;s password file (~/.pgpass on Linux and macOS, %APPDATA%\postgresql\pgpass.conf on Windows, or the file PGPASSFILE names) or use a service file, and leave it out of the connection string</source>
        <translation>ο κωδικός πρόσβασης δεν μπαίνει στη ρύθμιση του αρχείου της ομάδας: βάλτε τον στο αρχείο κωδικών του libpq (~/.pgpass σε Linux και macOS, %APPDATA%\postgresql\pgpass.conf σε Windows, ή το αρχείο που ορίζει το PGPASSFILE) ή χρησιμοποιήστε αρχείο υπηρεσίας, και αφαιρέστε τον από τη συμβολοσειρά σύνδεσης</translation>
    </message>
    <message>
        <source>Remote control (calmline ctl) is off: cannot listen on {name}: {reason}</source>
        <translation>Ο απομακρυσμένος έλεγχος (calmline ctl) είναι ανενεργός: δεν είναι δυνατή η ακρόαση στο {name}: {reason}</translation>
    </message>
    <message>
        <source>{problem}; the phone is not connected</source>
        <translation>{problem}· το τηλέφωνο δεν είναι συνδεδεμένο</translation>
    </message>
    <message>
        <source>softphone {setting}: unknown phone program {kind} (known: {known}; e.g. baresip:127.0.0.1:4444)</source>
        <translation>softphone {setting}: άγνωστο πρόγραμμα τηλεφώνου {kind} (γνωστά: {known}· π.χ. baresip:127.0.0.1:4444)</translation>
    </message>
    <message>
        <source>softphone {setting}: expected {kind}:HOST:PORT, e.g. {example}</source>
        <translation>softphone {setting}: αναμενόταν {kind}:HOST:PORT, π.χ. {example}</translation>
    </message>
    <message>
        <source>softphone {setting}: {host} is not this computer; the phone program&apos;s control port must be on 127.0.0.1 (it has no password)</source>
        <translation>softphone {setting}: το {host} δεν είναι αυτός ο υπολογιστής· η θύρα ελέγχου του προγράμματος τηλεφώνου πρέπει να είναι στο 127.0.0.1 (δεν έχει κωδικό)</translation>
    </message>
    <message>
        <source>the file is over 1 MB; a playbook is far smaller</source>
        <translation>το αρχείο ξεπερνά το 1 MB· ένα σενάριο είναι πολύ μικρότερο</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation>το αρχείο δεν είναι κείμενο UTF-8· αποθηκεύστε το ως UTF-8</translation>
    </message>
    <message>
        <source>the file holds a control character ({code}); remove it</source>
        <translation>το αρχείο περιέχει χαρακτήρα ελέγχου ({code})· αφαιρέστε τον</translation>
    </message>
    <message>
        <source>more than {most} aliases (*name); write the values out instead</source>
        <translation>πάνω από {most} ψευδώνυμα (*όνομα)· γράψτε τις τιμές ολόκληρες</translation>
    </message>
    <message>
        <source>lists or mappings nest too deeply</source>
        <translation>οι λίστες ή οι αντιστοιχίσεις φωλιάζουν πολύ βαθιά</translation>
    </message>
    <message>
        <source>the file expands to too many values (an alias bomb?)</source>
        <translation>το αρχείο αναπτύσσεται σε πάρα πολλές τιμές (βόμβα ψευδωνύμων;)</translation>
    </message>
    <message>
        <source>lists or mappings nest deeper than {most} levels</source>
        <translation>οι λίστες ή οι αντιστοιχίσεις φωλιάζουν βαθύτερα από {most} επίπεδα</translation>
    </message>
    <message>
        <source>keys must be plain words</source>
        <translation>τα κλειδιά πρέπει να είναι απλές λέξεις</translation>
    </message>
    <message>
        <source>unexpected kind of YAML node</source>
        <translation>απρόσμενο είδος κόμβου YAML</translation>
    </message>
    <message>
        <source>the tag {tag} is not allowed; content files hold plain text, lists and mappings</source>
        <translation>η ετικέτα {tag} δεν επιτρέπεται· τα αρχεία περιεχομένου έχουν μόνο κείμενο, λίστες και αντιστοιχίσεις</translation>
    </message>
    <message>
        <source>unexpected value</source>
        <translation>απρόσμενη τιμή</translation>
    </message>
    <message>
        <source>{what} must be a mapping of keys to values</source>
        <translation>{what}: πρέπει να είναι αντιστοίχιση κλειδιών σε τιμές</translation>
    </message>
    <message>
        <source>unknown key {key} in {what}{hint}</source>
        <translation>άγνωστο κλειδί {key} σε {what}{hint}</translation>
    </message>
    <message>
        <source>{what} must be a list</source>
        <translation>{what}: πρέπει να είναι λίστα</translation>
    </message>
    <message>
        <source>{what} must be text, not {kind}</source>
        <translation>{what}: πρέπει να είναι κείμενο, όχι {kind}</translation>
    </message>
    <message>
        <source>{what} is empty</source>
        <translation>{what}: είναι κενό</translation>
    </message>
    <message>
        <source>{what} is {count} characters; at most {most} fit</source>
        <translation>{what}: έχει {count} χαρακτήρες· χωρούν το πολύ {most}</translation>
    </message>
    <message>
        <source>{what} cannot use placeholders; only card text is filled in</source>
        <translation>{what}: δεν επιτρέπονται σύμβολα συμπλήρωσης· συμπληρώνεται μόνο το κείμενο των καρτών</translation>
    </message>
    <message>
        <source>{what} must be an id, not {kind}</source>
        <translation>{what}: πρέπει να είναι id, όχι {kind}</translation>
    </message>
    <message>
        <source>{what} {id} is not a valid id: use lower-case letters, digits, - and _, at most 60</source>
        <translation>{what} {id}: δεν είναι έγκυρο id· χρησιμοποιήστε πεζά λατινικά, ψηφία, - και _, έως 60</translation>
    </message>
    <message>
        <source>an entry of {what}</source>
        <translation>μια καταχώριση σε {what}</translation>
    </message>
    <message>
        <source>{what} must be true or false, not {kind}</source>
        <translation>{what}: πρέπει να είναι true ή false, όχι {kind}</translation>
    </message>
    <message>
        <source>unknown placeholder {placeholder} in {what}{hint}; known: {known}</source>
        <translation>άγνωστο σύμβολο συμπλήρωσης {placeholder} σε {what}{hint}· γνωστά: {known}</translation>
    </message>
    <message>
        <source>{what} must map placeholder names to wording</source>
        <translation>{what}: πρέπει να δίνει κείμενο για κάθε όνομα συμβόλου συμπλήρωσης</translation>
    </message>
    <message>
        <source>unknown placeholder {name} in {what}{hint}</source>
        <translation>άγνωστο σύμβολο συμπλήρωσης {name} σε {what}{hint}</translation>
    </message>
    <message>
        <source>the fallback for {placeholder}</source>
        <translation>εφεδρικό κείμενο για το {placeholder}</translation>
    </message>
    <message>
        <source>{what} has more than {most} entries</source>
        <translation>{what}: έχει πάνω από {most} καταχωρίσεις</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>τίποτα</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>αριθμός</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>λίστα</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>αντιστοίχιση</translation>
    </message>
    <message>
        <source>text</source>
        <translation>κείμενο</translation>
    </message>
    <message>
        <source>say which format the file is written in: add &apos;format: {version}&apos;</source>
        <translation>δηλώστε σε ποια μορφή είναι γραμμένο το αρχείο: προσθέστε &apos;format: {version}&apos;</translation>
    </message>
    <message>
        <source>format must be a whole number such as {version}</source>
        <translation>το format πρέπει να είναι ακέραιος αριθμός, π.χ. {version}</translation>
    </message>
    <message>
        <source>written for a newer Calmline (format {found}); this one reads format {version}</source>
        <translation>γραμμένο για νεότερο Calmline (μορφή {found})· αυτό διαβάζει τη μορφή {version}</translation>
    </message>
    <message>
        <source>there is no format {found}; use {version}</source>
        <translation>δεν υπάρχει μορφή {found}· χρησιμοποιήστε {version}</translation>
    </message>
    <message>
        <source>a file either defines a playbook (id) or changes one (extends), not both</source>
        <translation>ένα αρχείο ή ορίζει σενάριο (id) ή αλλάζει ένα (extends), όχι και τα δύο</translation>
    </message>
    <message>
        <source>the playbook id</source>
        <translation>πεδίο id του σεναρίου</translation>
    </message>
    <message>
        <source>a playbook needs an id (or &apos;extends: ID&apos; to change an existing one)</source>
        <translation>ένα σενάριο χρειάζεται id (ή &apos;extends: ID&apos; για να αλλάξει ένα υπάρχον)</translation>
    </message>
    <message>
        <source>the playbook name</source>
        <translation>πεδίο name του σεναρίου</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>πεδίο description</translation>
    </message>
    <message>
        <source>the playbook tags</source>
        <translation>πεδίο tags του σεναρίου</translation>
    </message>
    <message>
        <source>the language</source>
        <translation>πεδίο language</translation>
    </message>
    <message>
        <source>language {code} should be a code such as en, de or pt-BR</source>
        <translation>η γλώσσα {code} πρέπει να είναι κωδικός όπως en, de ή pt-BR</translation>
    </message>
    <message>
        <source>categories is empty; list at least one, such as &apos;other&apos;</source>
        <translation>το categories είναι κενό· γράψτε τουλάχιστον μία, π.χ. &apos;other&apos;</translation>
    </message>
    <message>
        <source>the category {category} is listed twice</source>
        <translation>η κατηγορία {category} γράφεται δύο φορές</translation>
    </message>
    <message>
        <source>required must be a list of log-entry fields, e.g. [category]</source>
        <translation>το required πρέπει να είναι λίστα πεδίων της καταγραφής, π.χ. [category]</translation>
    </message>
    <message>
        <source>unknown log-entry field {name} in required{hint}; known: {known}</source>
        <translation>άγνωστο πεδίο καταγραφής {name} στο required{hint}· γνωστά: {known}</translation>
    </message>
    <message>
        <source>duplicate id {id} in {what} (first on line {first})</source>
        <translation>διπλό id {id} σε {what} (πρώτη φορά στη γραμμή {first})</translation>
    </message>
    <message>
        <source>step {id}</source>
        <translation>βήμα {id}</translation>
    </message>
    <message>
        <source>situation {id}</source>
        <translation>κατάσταση {id}</translation>
    </message>
    <message>
        <source>card {id}</source>
        <translation>κάρτα {id}</translation>
    </message>
    <message>
        <source>a step</source>
        <translation>ένα βήμα</translation>
    </message>
    <message>
        <source>step needs an id</source>
        <translation>το βήμα χρειάζεται id</translation>
    </message>
    <message>
        <source>the step id</source>
        <translation>πεδίο id του βήματος</translation>
    </message>
    <message>
        <source>a situation</source>
        <translation>μια κατάσταση</translation>
    </message>
    <message>
        <source>situation needs an id</source>
        <translation>η κατάσταση χρειάζεται id</translation>
    </message>
    <message>
        <source>the situation id</source>
        <translation>πεδίο id της κατάστασης</translation>
    </message>
    <message>
        <source>a card</source>
        <translation>μια κάρτα</translation>
    </message>
    <message>
        <source>card needs an id</source>
        <translation>η κάρτα χρειάζεται id</translation>
    </message>
    <message>
        <source>the card id</source>
        <translation>πεδίο id της κάρτας</translation>
    </message>
    <message>
        <source>disabled on {label}</source>
        <translation>πεδίο disabled ({label})</translation>
    </message>
    <message>
        <source>the title of {label}</source>
        <translation>πεδίο title ({label})</translation>
    </message>
    <message>
        <source>the text of {label}</source>
        <translation>πεδίο text ({label})</translation>
    </message>
    <message>
        <source>the tags of {label}</source>
        <translation>πεδίο tags ({label})</translation>
    </message>
    <message>
        <source>the fallbacks of {label}</source>
        <translation>πεδίο fallbacks ({label})</translation>
    </message>
    <message>
        <source>delivery of {label} must be one of {choices}, not {value}{hint}</source>
        <translation>πεδίο delivery ({label}): πρέπει να είναι ένα από {choices}, όχι {value}{hint}</translation>
    </message>
    <message>
        <source>the priority of {label} must be a whole number from 1 (most used) to {most}, not {value}</source>
        <translation>πεδίο priority ({label}): πρέπει να είναι ακέραιος από 1 (η πιο συχνή) έως {most}, όχι {value}</translation>
    </message>
    <message>
        <source>title of {label}</source>
        <translation>πεδίο title ({label})</translation>
    </message>
    <message>
        <source>goal of {label}</source>
        <translation>πεδίο goal ({label})</translation>
    </message>
    <message>
        <source>move on when of {label}</source>
        <translation>πεδίο move_on_when ({label})</translation>
    </message>
    <message>
        <source>the cards of {label}</source>
        <translation>πεδίο cards ({label})</translation>
    </message>
    <message>
        <source>&apos;after&apos; of {label}</source>
        <translation>πεδίο after ({label})</translation>
    </message>
    <message>
        <source>the {key} reminders of {label}</source>
        <translation>υπενθυμίσεις {key} ({label})</translation>
    </message>
    <message>
        <source>&apos;asks_for&apos; of {label}</source>
        <translation>πεδίο asks_for ({label})</translation>
    </message>
    <message>
        <source>&apos;asks_for&apos; of {label} names {name}, which is no log field a step can ask for (known: {known}){hint}</source>
        <translation>πεδίο asks_for ({label}): το {name} δεν είναι πεδίο καταγραφής που ζητά ένα βήμα (γνωστά: {known}){hint}</translation>
    </message>
    <message>
        <source>the advice of {label}</source>
        <translation>πεδίο advice ({label})</translation>
    </message>
    <message>
        <source>the keywords of {label}</source>
        <translation>πεδίο keywords ({label})</translation>
    </message>
    <message>
        <source>a new step</source>
        <translation>ένα νέο βήμα</translation>
    </message>
    <message>
        <source>a new situation</source>
        <translation>μια νέα κατάσταση</translation>
    </message>
    <message>
        <source>a new card</source>
        <translation>μια νέα κάρτα</translation>
    </message>
    <message>
        <source>playbook {id}</source>
        <translation>σενάριο {id}</translation>
    </message>
    <message>
        <source>at least one card</source>
        <translation>τουλάχιστον μία κάρτα</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} και {second}</translation>
    </message>
    <message>
        <source>{label} needs {needs}</source>
        <translation>{label}: χρειάζεται {needs}</translation>
    </message>
    <message>
        <source>{label} is not in {target}{hint}; {new} needs {needs}</source>
        <translation>{label}: δεν υπάρχει στο {target}{hint}· {new} χρειάζεται {needs}</translation>
    </message>
    <message>
        <source>cannot disable card {id}: it is not here in {target}{hint}</source>
        <translation>η κάρτα {id} δεν απενεργοποιείται: δεν υπάρχει εδώ στο {target}{hint}</translation>
    </message>
    <message>
        <source>card {id} has a fallback for {placeholder} but its text never uses it</source>
        <translation>η κάρτα {id} έχει εφεδρικό κείμενο για το {placeholder}, αλλά το κείμενό της δεν το χρησιμοποιεί</translation>
    </message>
    <message>
        <source>&apos;after: {step}&apos; names no step{hint}</source>
        <translation>το &apos;after: {step}&apos; δεν δείχνει κανένα βήμα{hint}</translation>
    </message>
    <message>
        <source>cannot disable step {id}: {target} has no such step{hint}</source>
        <translation>το βήμα {id} δεν απενεργοποιείται: το {target} δεν έχει τέτοιο βήμα{hint}</translation>
    </message>
    <message>
        <source>cannot disable situation {id}: {target} has no such situation{hint}</source>
        <translation>η κατάσταση {id} δεν απενεργοποιείται: το {target} δεν έχει τέτοια κατάσταση{hint}</translation>
    </message>
    <message>
        <source>{target} has no steps left</source>
        <translation>{target}: δεν έμεινε κανένα βήμα</translation>
    </message>
    <message>
        <source>reescalate_to names the step {id}, which is not in {target}{hint}</source>
        <translation>το reescalate_to δείχνει το βήμα {id}, που δεν υπάρχει στο {target}{hint}</translation>
    </message>
    <message>
        <source>duplicate card id {id}: used in {first} and {second}</source>
        <translation>διπλό id κάρτας {id}: χρησιμοποιείται στο {first} και στο {second}</translation>
    </message>
    <message>
        <source>this file changes a playbook; it is not one</source>
        <translation>αυτό το αρχείο αλλάζει ένα σενάριο· δεν είναι σενάριο</translation>
    </message>
    <message>
        <source>duplicate playbook id {id}: {first} has it too</source>
        <translation>διπλό id σεναρίου {id}: το έχει και το {first}</translation>
    </message>
    <message>
        <source>extends {id}, but no such playbook is loaded{hint} (loaded: {known})</source>
        <translation>extends {id}, αλλά δεν φορτώθηκε τέτοιο σενάριο{hint} (φορτώθηκαν: {known})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>κανένα</translation>
    </message>
    <message>
        <source> (did you mean {choice}?)</source>
        <translation> (μήπως εννοείτε {choice};)</translation>
    </message>
    <message>
        <source>cannot read the settings, using defaults: {reason}</source>
        <extracomment>What the start finds wrong besides a playbook&apos;s mistakes, kept as words with values (``Said``, context &quot;errors&quot;): the settings file (``core.settings``), the playbook language (``core.content.languages``), the content library&apos;s notices (``core.content.library``) and the keymap (``core.keymap``). The window says them in the agent&apos;s language at start; file names, keys, ids and dates are the values, kept as written. A test keeps every template listed here.</extracomment>
        <translation>δεν είναι δυνατή η ανάγνωση των ρυθμίσεων· χρησιμοποιούνται οι προεπιλογές: {reason}</translation>
    </message>
    <message>
        <source>settings must be a JSON object; using defaults</source>
        <translation>οι ρυθμίσεις πρέπει να είναι αντικείμενο JSON· χρησιμοποιούνται οι προεπιλογές</translation>
    </message>
    <message>
        <source>unknown setting, ignored{hint}</source>
        <translation>άγνωστη ρύθμιση, αγνοείται{hint}</translation>
    </message>
    <message>
        <source>expected {expected}, found {found}; using {default}</source>
        <translation>αναμενόταν {expected}, βρέθηκε {found}· χρησιμοποιείται το {default}</translation>
    </message>
    <message>
        <source>no playbooks in the language {wanted}; the playbook languages are {languages}; using English (en)</source>
        <translation>δεν υπάρχουν σενάρια στη γλώσσα {wanted}· οι γλώσσες των σεναρίων είναι {languages}· χρησιμοποιούνται τα αγγλικά (en)</translation>
    </message>
    <message>
        <source>No playbook could be loaded.</source>
        <translation>Δεν φορτώθηκε κανένα σενάριο.</translation>
    </message>
    <message>
        <source>The playbook {id} is not available{hint}; using {chosen} instead.</source>
        <translation>Το σενάριο {id} δεν είναι διαθέσιμο{hint}· χρησιμοποιείται το {chosen}.</translation>
    </message>
    <message>
        <source>The built-in playbooks cannot be read ({reason}).</source>
        <translation>Δεν είναι δυνατή η ανάγνωση των ενσωματωμένων σεναρίων ({reason}).</translation>
    </message>
    <message>
        <source>Your own playbook folder {folder} cannot be read ({reason}).</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του δικού σας φακέλου σεναρίων {folder} ({reason}).</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>δεν διαβάζεται</translation>
    </message>
    <message>
        <source>not found or not a folder</source>
        <translation>δεν βρέθηκε ή δεν είναι φάκελος</translation>
    </message>
    <message>
        <source>The team playbook folder {folder} cannot be reached ({reason}) and there is no earlier copy of it; team content is left out until it is back.</source>
        <translation>Ο φάκελος σεναρίων της ομάδας {folder} δεν είναι προσβάσιμος ({reason}) και δεν υπάρχει παλαιότερο αντίγραφό του· τα σενάρια της ομάδας μένουν εκτός μέχρι να επανέλθει.</translation>
    </message>
    <message>
        <source>The team playbook folder {folder} cannot be reached ({reason}); using the copy {since}.</source>
        <translation>Ο φάκελος σεναρίων της ομάδας {folder} δεν είναι προσβάσιμος ({reason})· χρησιμοποιείται το αντίγραφο {since}.</translation>
    </message>
    <message>
        <source>that loaded on {when}</source>
        <translation>που φορτώθηκε στις {when}</translation>
    </message>
    <message>
        <source>that last loaded cleanly</source>
        <translation>που φορτώθηκε τελευταία φορά χωρίς λάθη</translation>
    </message>
    <message>
        <source>Could not keep a copy of the team playbooks: {reason}</source>
        <translation>Δεν ήταν δυνατό να κρατηθεί αντίγραφο των σεναρίων της ομάδας: {reason}</translation>
    </message>
    <message>
        <source>unknown modifier {modifier}</source>
        <translation>άγνωστο πλήκτρο τροποποίησης {modifier}</translation>
    </message>
    <message>
        <source>unknown key {key}</source>
        <translation>άγνωστο πλήκτρο {key}</translation>
    </message>
    <message>
        <source>unknown key name {name}</source>
        <translation>άγνωστο όνομα πλήκτρου {name}</translation>
    </message>
    <message>
        <source>empty key</source>
        <translation>κενό πλήκτρο</translation>
    </message>
    <message>
        <source>cannot read key {key}: a &apos;+&apos; with nothing beside it</source>
        <translation>δεν διαβάζεται το πλήκτρο {key}: ένα &apos;+&apos; χωρίς τίποτα δίπλα του</translation>
    </message>
    <message>
        <source>unknown modifier {modifier} in {key}</source>
        <translation>άγνωστο πλήκτρο τροποποίησης {modifier} στο {key}</translation>
    </message>
    <message>
        <source>modifier {modifier} given twice in {key}</source>
        <translation>το πλήκτρο τροποποίησης {modifier} δίνεται δύο φορές στο {key}</translation>
    </message>
    <message>
        <source>{key} is a text-editing key and stays with the text fields</source>
        <translation>το {key} είναι πλήκτρο επεξεργασίας κειμένου και μένει στα πεδία κειμένου</translation>
    </message>
    <message>
        <source>cannot read the keymap: {reason}</source>
        <translation>δεν διαβάζεται το αρχείο πλήκτρων: {reason}</translation>
    </message>
    <message>
        <source>a keymap is a list of &apos;key: command&apos;</source>
        <translation>ένα αρχείο πλήκτρων είναι λίστα από &apos;πλήκτρο: εντολή&apos;</translation>
    </message>
    <message>
        <source>each entry is &apos;key: command line&apos;</source>
        <translation>κάθε γραμμή είναι &apos;πλήκτρο: γραμμή εντολής&apos;</translation>
    </message>
    <message>
        <source>{command}: option --{option} needs a value</source>
        <translation>{command}: η επιλογή --{option} χρειάζεται τιμή</translation>
    </message>
    <message>
        <source>{command}: unknown option --{option} (known options: {known})</source>
        <translation>{command}: άγνωστη επιλογή --{option} (γνωστές επιλογές: {known})</translation>
    </message>
    <message>
        <source>{command}: too many arguments ({count} given); usage: {usage}</source>
        <translation>{command}: πάρα πολλά ορίσματα (δόθηκαν {count})· χρήση: {usage}</translation>
    </message>
    <message>
        <source>{command}: missing &lt;{argument}&gt;; usage: {usage}</source>
        <translation>{command}: λείπει το &lt;{argument}&gt;· χρήση: {usage}</translation>
    </message>
    <message>
        <source>{command}: &lt;{argument}&gt; must be a whole number, not {value}</source>
        <translation>{command}: το &lt;{argument}&gt; πρέπει να είναι ακέραιος αριθμός, όχι {value}</translation>
    </message>
    <message>
        <source>unknown command {name}{hint}</source>
        <translation>άγνωστη εντολή {name}{hint}</translation>
    </message>
    <message>
        <source>cannot read command {line}: {reason}</source>
        <translation>δεν διαβάζεται η εντολή {line}: {reason}</translation>
    </message>
    <message>
        <source>empty command</source>
        <translation>κενή εντολή</translation>
    </message>
    <message numerus="yes">
        <source>{path} was skipped (%n problems); the rest of the content loaded without it.</source>
        <translation>
            <numerusform>Το {path} παραλείφθηκε (%n πρόβλημα)· τα υπόλοιπα σενάρια φορτώθηκαν χωρίς αυτό.</numerusform>
            <numerusform>Το {path} παραλείφθηκε (%n προβλήματα)· τα υπόλοιπα σενάρια φορτώθηκαν χωρίς αυτό.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown field {name} (known: {known})</source>
        <extracomment>What a command says when it cannot be done (``CommandError`` in ``core.commands`` and the desk, ``SessionError`` in ``core.session``; context &quot;errors&quot;): the window says it in its language as a toast and as the reply ``calmline ctl`` prints. Command, option and field names, ids, numbers and usages are the values, kept as written. A test keeps every template listed here.</extracomment>
        <translation>άγνωστο πεδίο {name} (γνωστά: {known})</translation>
    </message>
    <message>
        <source>{name} is {length} characters long; at most {most} are taken</source>
        <translation>το {name} έχει {length} χαρακτήρες· λαμβάνονται το πολύ {most}</translation>
    </message>
    <message>
        <source>phone {text} is not a phone number (digits, + ( ) - . * # only)</source>
        <translation>το τηλέφωνο {text} δεν είναι αριθμός τηλεφώνου (μόνο ψηφία και + ( ) - . * #)</translation>
    </message>
    <message>
        <source>not saved: the call needs {fields} (fill them in or give {options})</source>
        <translation>δεν αποθηκεύτηκε: η κλήση χρειάζεται {fields} (συμπληρώστε τα ή δώστε {options})</translation>
    </message>
    <message>
        <source>call {id}: {problem}</source>
        <translation>κλήση {id}: {problem}</translation>
    </message>
    <message>
        <source>{command}: starting — try again in a moment</source>
        <translation>{command}: εκκίνηση σε εξέλιξη· δοκιμάστε ξανά σε λίγο</translation>
    </message>
    <message>
        <source>playbook {id} has no steps</source>
        <translation>το σενάριο {id} δεν έχει βήματα</translation>
    </message>
    <message numerus="yes">
        <source>there is no step {number}; this playbook has %n</source>
        <translation>
            <numerusform>δεν υπάρχει βήμα {number}· αυτό το σενάριο έχει %n βήμα</numerusform>
            <numerusform>δεν υπάρχει βήμα {number}· αυτό το σενάριο έχει %n βήματα</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no step called {id}</source>
        <translation>δεν υπάρχει βήμα με το όνομα {id}</translation>
    </message>
    <message>
        <source>there is no situation called {id}</source>
        <translation>δεν υπάρχει κατάσταση με το όνομα {id}</translation>
    </message>
    <message>
        <source>mood must be {least} to {most}, not {mood}</source>
        <translation>η διάθεση πρέπει να είναι από {least} έως {most}, όχι {mood}</translation>
    </message>
    <message>
        <source>this call is already saved; start a new call</source>
        <translation>η κλήση έχει ήδη αποθηκευτεί· ξεκινήστε νέα κλήση</translation>
    </message>
    <message numerus="yes">
        <source>there is no situation {number}; there are %n</source>
        <translation>
            <numerusform>δεν υπάρχει κατάσταση {number}· υπάρχει %n</numerusform>
            <numerusform>δεν υπάρχει κατάσταση {number}· υπάρχουν %n</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no situation called {id} (known: {known})</source>
        <translation>δεν υπάρχει κατάσταση με το όνομα {id} (γνωστές: {known})</translation>
    </message>
    <message numerus="yes">
        <source>{where} has %n cards, no card {number}</source>
        <translation>
            <numerusform>το {where} έχει %n κάρτα, δεν υπάρχει κάρτα {number}</numerusform>
            <numerusform>το {where} έχει %n κάρτες, δεν υπάρχει κάρτα {number}</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no card called {id}</source>
        <translation>δεν υπάρχει κάρτα με το όνομα {id}</translation>
    </message>
    <message>
        <source>set-field: unknown field {name} (fields: {fields})</source>
        <translation>set-field: άγνωστο πεδίο {name} (πεδία: {fields})</translation>
    </message>
    <message>
        <source>a commitment needs to say what was promised</source>
        <translation>μια δέσμευση πρέπει να λέει τι υποσχεθήκατε</translation>
    </message>
    <message>
        <source>due {text} is not a date and time like {example}</source>
        <translation>η προθεσμία {text} δεν είναι ημερομηνία και ώρα όπως {example}</translation>
    </message>
    <message>
        <source>{what} {value} is not one of: {allowed}</source>
        <translation>το {what} {value} δεν είναι ένα από: {allowed}</translation>
    </message>
    <message>
        <source>no call is waiting</source>
        <translation>δεν υπάρχει κλήση σε αναμονή</translation>
    </message>
    <message>
        <source>offer-call: {problem}</source>
        <translation>offer-call: {problem}</translation>
    </message>
    <message>
        <source>settings.json, ticket_template: {problem}</source>
        <translation>settings.json, ticket_template: {problem}</translation>
    </message>
    <message>
        <source>there is no playbook called {id} (loaded: {known})</source>
        <translation>δεν υπάρχει σενάριο με το όνομα {id} (φορτώθηκαν: {known})</translation>
    </message>
    <message>
        <source>now using {name}, but the choice could not be saved: {reason}</source>
        <translation>χρησιμοποιείται τώρα το {name}, αλλά η επιλογή δεν αποθηκεύτηκε: {reason}</translation>
    </message>
    <message>
        <source>no window text in the language {code}; the languages are {languages}</source>
        <translation>δεν υπάρχουν κείμενα παραθύρου στη γλώσσα {code}· οι γλώσσες είναι {languages}</translation>
    </message>
    <message>
        <source>the link has a &apos;#&apos; part; write &apos;#&apos; in a value as %23</source>
        <translation>ο σύνδεσμος έχει τμήμα &apos;#&apos;· γράψτε το &apos;#&apos; σε μια τιμή ως %23</translation>
    </message>
    <message>
        <source>the link has a second &apos;?&apos;; write &apos;?&apos; in a value as %3F</source>
        <translation>ο σύνδεσμος έχει δεύτερο &apos;?&apos;· γράψτε το &apos;?&apos; σε μια τιμή ως %3F</translation>
    </message>
    <message>
        <source>not a calmline: link (expected something like {example})</source>
        <translation>δεν είναι σύνδεσμος calmline: (αναμενόταν κάτι όπως {example})</translation>
    </message>
    <message>
        <source>unknown action {action}: a calmline: link can only open a call, as in {example}</source>
        <translation>άγνωστη ενέργεια {action}: ένας σύνδεσμος calmline: μπορεί μόνο να ανοίξει κλήση, όπως στο {example}</translation>
    </message>
    <message>
        <source>unknown field {field} in the link (known: {known})</source>
        <translation>άγνωστο πεδίο {field} στον σύνδεσμο (γνωστά: {known})</translation>
    </message>
    <message>
        <source>{field} is given twice in the link</source>
        <translation>το {field} δίνεται δύο φορές στον σύνδεσμο</translation>
    </message>
    <message>
        <source>a &apos;%&apos; not followed by two hex digits</source>
        <translation>ένα &apos;%&apos; χωρίς δύο δεκαεξαδικά ψηφία μετά</translation>
    </message>
    <message>
        <source>its %-encoded bytes are not UTF-8 text</source>
        <translation>τα κωδικοποιημένα με % byte του δεν είναι κείμενο UTF-8</translation>
    </message>
    <message>
        <source>the link is {length} characters long; at most {most} are read</source>
        <translation>ο σύνδεσμος έχει μήκος {length} χαρακτήρων· διαβάζονται το πολύ {most}</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>Calmline calls</source>
        <extracomment>The words of the exports people read (Markdown, PDF, the ticket note and the call viewer), from ``desktop_app/core/export``; ``ui.locale_formats`` hands them in translated. CSV column names and JSON Lines keys are a file format and stay English.</extracomment>
        <translation>Κλήσεις Calmline</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Άγνωστος</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Λογαριασμός</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Έκβαση</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Λόγος κλήσης</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Λύση</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Διάθεση</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Διάρκεια</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Εκπρόσωπος</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>Id κλήσης</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Δεσμεύσεις</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Χρονολόγιο</translation>
    </message>
    <message>
        <source>[open]</source>
        <translation>[ανοιχτή]</translation>
    </message>
    <message>
        <source>[done]</source>
        <translation>[έγινε]</translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation>έως {when}</translation>
    </message>
    <message>
        <source>(1 furious … 5 calm)</source>
        <translation>(1 έξαλλος … 5 ήρεμος)</translation>
    </message>
    <message>
        <source>Step: {step}</source>
        <translation>Βήμα: {step}</translation>
    </message>
    <message>
        <source>Left step: {step}</source>
        <translation>Έξοδος από το βήμα: {step}</translation>
    </message>
    <message>
        <source>Card used on {step}: {card}</source>
        <translation>Κάρτα στο βήμα {step}: {card}</translation>
    </message>
    <message>
        <source>Situation on {step}: {situation}</source>
        <translation>Κατάσταση στο βήμα {step}: {situation}</translation>
    </message>
    <message>
        <source>Mood: {mood} of {most}</source>
        <translation>Διάθεση: {mood} από {most}</translation>
    </message>
    <message>
        <source>Flared up again on {step} (mood {mood} of {most})</source>
        <translation>Θύμωσε ξανά στο βήμα {step} (διάθεση {mood} από {most})</translation>
    </message>
    <message>
        <source>Flared up again on {step}</source>
        <translation>Θύμωσε ξανά στο βήμα {step}</translation>
    </message>
    <message>
        <source>Phone rang ({caller})</source>
        <translation>Χτύπησε το τηλέφωνο ({caller})</translation>
    </message>
    <message>
        <source>Phone rang</source>
        <translation>Χτύπησε το τηλέφωνο</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Απαντήθηκε</translation>
    </message>
    <message>
        <source>Phone call ended</source>
        <translation>Η τηλεφωνική κλήση τελείωσε</translation>
    </message>
    <message>
        <source>Screen pop ({caller})</source>
        <translation>Άνοιξε η καρτέλα πελάτη ({caller})</translation>
    </message>
    <message>
        <source>Screen pop</source>
        <translation>Άνοιξε η καρτέλα πελάτη</translation>
    </message>
    <message>
        <source>{date} · {category} · {outcome}
Customer: {customer_name} · {account} · {phone}
Reason: {reason}
Resolution: {resolution}
Commitments:
{commitments}
Steps: {timeline_short}
Mood: {mood}
Notes: {notes}
Agent: {agent_name} · {duration}</source>
        <translation>{date} · {category} · {outcome}
Πελάτης: {customer_name} · {account} · {phone}
Λόγος κλήσης: {reason}
Λύση: {resolution}
Δεσμεύσεις:
{commitments}
Βήματα: {timeline_short}
Διάθεση: {mood}
Σημειώσεις: {notes}
Εκπρόσωπος: {agent_name} · {duration}</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Meta</source>
        <extracomment>modifiers in the order Qt writes them, each as its keycap says it</extracomment>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <source>Calmline was closed during a call. Carry on with it?</source>
        <extracomment>Answers a question at once (tests and the self-test): True for yes.</extracomment>
        <translation>Το Calmline έκλεισε κατά τη διάρκεια μιας κλήσης. Να συνεχιστεί;</translation>
    </message>
    <message>
        <source>Call started {started}</source>
        <translation>Η κλήση ξεκίνησε {started}</translation>
    </message>
    <message>
        <source>Customer: {who}</source>
        <translation>Πελάτης: {who}</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation>Βήμα {number}</translation>
    </message>
    <message>
        <source>If not, it is kept in the call log as an unfinished call.</source>
        <translation>Αν όχι, μένει στο αρχείο κλήσεων ως ημιτελής κλήση.</translation>
    </message>
    <message>
        <source>Unfinished call from last time</source>
        <translation>Ημιτελής κλήση από την προηγούμενη φορά</translation>
    </message>
    <message>
        <source>Carry on with it (Enter)</source>
        <translation>Συνέχεια (Enter)</translation>
    </message>
    <message>
        <source>Keep it in the log (Esc)</source>
        <translation>Να μείνει στο αρχείο (Esc)</translation>
    </message>
</context>
</TS>
