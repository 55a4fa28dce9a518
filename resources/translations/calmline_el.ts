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
        <source>Move on when: {0}</source>
        <translation>Προχωρήστε όταν: {0}</translation>
    </message>
    <message>
        <source>Cards</source>
        <extracomment>the cards a page keeps in view under its goal, when it can the most lines of text per card (None: all of it) the &quot;Cards&quot; heading above them the cue to move on stays under the goal (else it goes below the cards) from the roomiest to the densest; a page takes the first that fits compact mode: one line per card, its title and key the cue to move on (step pages), below the guidance or the cards (``Fit``) the do / don&apos;t reminders below the cards, on step pages</extracomment>
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
        <extracomment>the colour of each text on a card, as ``style_as`` gives labels of the same kind each value still missing, as (start, length) of its &quot;[words]&quot; in ``text`` a card&apos;s text as it is shown, heard and copied now (start, length) of the runs set in italics and ``draw``&apos;s ``mark`` colour the bottom of each line, from the top of the first the text cut short to a number of lines, by that number (for this font and width) a card cut to a few lines keeps less room above and below its texts too the width a card asks for; the page gives it its own width only a card with placeholders changes its text as the call goes on the most lines of text shown (0: the title only), or None for all of it the card as painted, by state; all for ``_pictures_for`` (size, pixel ratio, palette), emptied when the fonts or the key hint change</extracomment>
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
    <message>
        <source>Kept off the disk: {0}. The log keeps only a card&apos;s last four digits.</source>
        <translation>Δεν γράφτηκε στον δίσκο: {0}. Το αρχείο κρατά μόνο τα τέσσερα τελευταία ψηφία μιας κάρτας.</translation>
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
        <extracomment>room kept above and below the free notes when they are scrolled into view (their caption) the columns it takes when the pane has two takes the room a taller pane gives (the free notes)</extracomment>
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
        <extracomment>each caption and heading with its English source, to translate again (``retranslate``) the pane&apos;s fields in order, laid out in the grid by ``_lay_out``</extracomment>
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
    <name>RepeatCallerBanner</name>
    <message>
        <source>Repeat caller</source>
        <extracomment>Open commitments listed by name; the rest are counted. the agent asked to see the last call (its id)</extracomment>
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
        <extracomment>asks where to save; None for Qt&apos;s save dialog (tests pass their own)</extracomment>
        <translation>Ιστορικό</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Εκκρεμότητες</translation>
    </message>
    <message>
        <source>Recurring complaints</source>
        <translation>Επαναλαμβανόμενα παράπονα</translation>
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
        <extracomment>sets the value, as a click on it would what it says now beside its name (a value&apos;s word, a label&apos;s text) what pressing it does (a card is copied, a step is gone to), if it can be pressed the key that does the same, shown as the press action&apos;s key binding the description worked out only when a screen reader asks for it (a card&apos;s filled text): the bridge asks for the role and state far more often</extracomment>
        <translation>Κύλιση</translation>
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
