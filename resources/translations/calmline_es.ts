<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AskBar</name>
    <message>
        <source>Customer&apos;s name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nombre del agente</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>When (date and time)</source>
        <translation>Cuándo (fecha y hora)</translation>
    </message>
    <message>
        <source>Account or ticket</source>
        <translation>Cuenta o ticket</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>A card needs a value</source>
        <extracomment>What the bar asks, by kind: for ``status`` and for what Escape says. Enter waits until this one is filled</extracomment>
        <translation>A la tarjeta le falta un dato</translation>
    </message>
    <message>
        <source>“{0}” needs:</source>
        <extracomment>what is being asked (``CARD``, ``BEFORE_SAVING``, ...); &quot;&quot; when nothing is</extracomment>
        <translation>«{0}» necesita:</translation>
    </message>
    <message>
        <source>Enter copies the card · Esc skips it</source>
        <translation>Intro copia la tarjeta · Esc la omite</translation>
    </message>
</context>
<context>
    <name>CallActions</name>
    <message>
        <source>Ticket note copied</source>
        <extracomment>Newest matches shown; more means the agent should narrow the search. The search runs on the event loop&apos;s next turn after a key, not inside the key press: keys that arrive together (a paste, fast typing) are searched once, and each key shows its result at once (the log&apos;s full-text search answers in a few milliseconds, even over 100,000 calls). the titles steps, cards and situations are named by, as loaded now</extracomment>
        <translation>Nota de ticket copiada</translation>
    </message>
    <message>
        <source>Export call</source>
        <translation>Exportar llamada</translation>
    </message>
    <message>
        <source>Call exported to {0}</source>
        <translation>Llamada exportada a {0}</translation>
    </message>
</context>
<context>
    <name>CallViewer</name>
    <message>
        <source>Past call</source>
        <translation>Llamada anterior</translation>
    </message>
    <message>
        <source>Copy note</source>
        <translation>Copiar nota</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Hacer</translation>
    </message>
    <message>
        <source>Don&apos;t</source>
        <translation>No hacer</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Move on when: {0}</source>
        <translation>Avanzar cuando: {0}</translation>
    </message>
    <message>
        <source>Cards</source>
        <extracomment>between cards cut to a few lines between one-line cards (compact mode), so that nine fit under the goal at 380x600 a focus change is to be told to a screen reader (``_tell_soon``) the width the cards were placed for (-1: to be placed again)
----------
the cards a page keeps in view under its goal, when it can around a page&apos;s column (left, top, right, bottom), and between its parts the same in compact mode the most lines of text per card (None: all of it) the &quot;Cards&quot; heading above them the cue to move on stays under the goal (else it goes below the cards) from the roomiest to the densest; a page takes the first that fits compact mode: one line per card, its title and key compact mode&apos;s one line in place of the guidance: the step&apos;s goal (``add_summary``) the cue to move on (step pages), below the guidance or the cards (``Fit``) the do / don&apos;t reminders below the cards, on step pages</extracomment>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Step: {0}</source>
        <translation>Paso: {0}</translation>
    </message>
    <message>
        <source>{0} goes back to the step</source>
        <translation>{0} vuelve al paso</translation>
    </message>
    <message>
        <source>Situation: {0}</source>
        <translation>Situación: {0}</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>{0} · used {1}×</source>
        <extracomment>the colour of each text on a card, as ``style_as`` gives labels of the same kind each value still missing, as (start, length) of its &quot;[words]&quot; in ``text`` a card&apos;s text as it is shown, heard and copied now (start, length) of the runs set in italics and ``draw``&apos;s ``mark`` colour the bottom of each line, from the top of the first the text cut short to a number of lines, by that number (for this font and width) a card cut to a few lines keeps less room above and below its texts too the width a card asks for; the page gives it its own width only a card with placeholders changes its text as the call goes on the most lines of text shown (0: the title only), or None for all of it where the list paints it, in the list&apos;s coordinates the card as painted, by state; all for ``_pictures_for`` (size, pixel ratio, palette), emptied when the fonts or the key hint change</extracomment>
        <translation>{0} · usada {1}×</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <source>Calmline — keys</source>
        <translation>Calmline — teclas</translation>
    </message>
    <message>
        <source>Keys and what they do</source>
        <translation>Teclas y lo que hacen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Change keys in {0} (one &apos;key: command&apos; a line). Esc closes.</source>
        <translation>Las teclas se cambian en {0} (una línea «tecla: comando» cada una). Esc cierra.</translation>
    </message>
</context>
<context>
    <name>ComplaintsChart</name>
    <message>
        <source>Calls per category per week</source>
        <extracomment>Okabe–Ito colours: told apart by colour-blind readers too; grey for &quot;other&quot;.</extracomment>
        <translation>Llamadas por categoría y semana</translation>
    </message>
    <message>
        <source>No calls in this range</source>
        <translation>No hay llamadas en este periodo</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>llamadas</translation>
    </message>
    <message>
        <source>ISO week, {0} to {1}</source>
        <translation>Semana ISO, del {0} al {1}</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otras</translation>
    </message>
    <message>
        <source>uncategorised</source>
        <translation>sin categoría</translation>
    </message>
</context>
<context>
    <name>DateRangeFilter</name>
    <message>
        <source>From</source>
        <extracomment>the range the agent chose changed</extracomment>
        <translation>Desde</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
</context>
<context>
    <name>Durability</name>
    <message>
        <source>Could not keep your name and company in {0}: {1}</source>
        <extracomment>asked before closing would lose calls the disk refused</extracomment>
        <translation>No se pudieron guardar el nombre y la empresa en {0}: {1}</translation>
    </message>
    <message>
        <source>Not written to disk: {0}
Nothing is lost: Calmline keeps it and writes it as soon as the disk allows.</source>
        <translation>Sin guardar en el disco: {0}
No se pierde nada: Calmline lo conserva y lo guarda en cuanto el disco lo permita.</translation>
    </message>
    <message>
        <source>The call log was damaged and has been replaced</source>
        <translation>El registro de llamadas estaba dañado y se ha sustituido</translation>
    </message>
    <message>
        <source>Writing works again: everything is in {0}</source>
        <translation>Ya se puede guardar de nuevo: todo está en {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n saved call(s)</source>
        <translation>
            <numerusform>%n llamada guardada</numerusform>
            <numerusform>%n llamadas guardadas</numerusform>
        </translation>
    </message>
    <message>
        <source>the call in progress</source>
        <translation>la llamada en curso</translation>
    </message>
    <message>
        <source>{what} could not be written to {path} yet: {problem}

If Calmline closes now, this is lost. Close anyway?</source>
        <translation>Aún no se ha podido guardar {what} en {path}: {problem}

Si Calmline se cierra ahora, se perderá. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>the disk refuses to write</source>
        <translation>el disco no permite guardar</translation>
    </message>
    <message>
        <source>Keep Calmline open</source>
        <translation>Mantener Calmline abierto</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation>Cerrar y perderlo</translation>
    </message>
</context>
<context>
    <name>ExportCallsDialog</name>
    <message>
        <source>Export calls</source>
        <extracomment>the formats offered, in the order of the list</extracomment>
        <translation>Exportar llamadas</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (hoja de cálculo)</translation>
    </message>
    <message>
        <source>JSON Lines (full records)</source>
        <translation>JSON Lines (registros completos)</translation>
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
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) exported to {0}</source>
        <translation>
            <numerusform>%n llamada exportada a {0}</numerusform>
            <numerusform>%n llamadas exportadas a {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>no call with id {0} in the log</source>
        <translation>no hay ninguna llamada con el id {0} en el registro</translation>
    </message>
</context>
<context>
    <name>FollowUpNotifier</name>
    <message>
        <source>Follow-up due</source>
        <extracomment>How often the notifier looks at the clock. the follow-ups that just fell due, soonest first</extracomment>
        <translation>Seguimiento pendiente</translation>
    </message>
</context>
<context>
    <name>FollowUpsWidget</name>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>Rows shown per group; a group with more says how many more there are. A colleague&apos;s name longer than this is a paste gone wrong, not a name. the agent asked to open the call a commitment belongs to (its id) a commitment was marked done or handed over in the log how due times read: the agent&apos;s locale unless a test chooses</extracomment>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Promises to follow up</source>
        <translation>Compromisos por cumplir</translation>
    </message>
    <message>
        <source>Mark done (Space)</source>
        <translation>Marcar como hecho (Espacio)</translation>
    </message>
    <message>
        <source>Hand over… (Ctrl+Shift+H)</source>
        <translation>Traspasar… (Ctrl+Mayús+H)</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)</source>
        <translation>Exportar al calendario (.ics)</translation>
    </message>
    <message>
        <source>Colleague&apos;s name</source>
        <translation>Nombre del compañero</translation>
    </message>
    <message>
        <source>Colleague&apos;s name, Enter to hand over</source>
        <translation>Nombre del compañero; Intro para traspasar</translation>
    </message>
    <message>
        <source>Not marked done: {0}</source>
        <translation>No se marcó como hecho: {0}</translation>
    </message>
    <message>
        <source>Marked done: {0}</source>
        <translation>Marcado como hecho: {0}</translation>
    </message>
    <message>
        <source>Hand over: choose a promise in the list first</source>
        <translation>Traspasar: primero hay que elegir un compromiso de la lista</translation>
    </message>
    <message>
        <source>Hand over “{0}” to:</source>
        <translation>Traspasar «{0}» a:</translation>
    </message>
    <message>
        <source>Hand over: type the colleague&apos;s name first</source>
        <translation>Traspasar: primero hay que escribir el nombre del compañero</translation>
    </message>
    <message>
        <source>Not handed over: {0}</source>
        <translation>No se traspasó: {0}</translation>
    </message>
    <message>
        <source>Handed over to {0}: {1}</source>
        <translation>Traspasado a {0}: {1}</translation>
    </message>
    <message>
        <source>Export follow-ups</source>
        <translation>Exportar seguimientos</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) exported to {0}</source>
        <translation>
            <numerusform>%n seguimiento exportado a {0}</numerusform>
            <numerusform>%n seguimientos exportados a {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más adelante</translation>
    </message>
    <message>
        <source>{0} overdue · {1} today · {2} later</source>
        <translation>{0} vencidos · {1} para hoy · {2} más adelante</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Search notes, names, phone, account, category</source>
        <translation>Buscar en notas, nombres, teléfono, cuenta, categoría</translation>
    </message>
    <message>
        <source>Search past calls</source>
        <translation>Buscar llamadas anteriores</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>a past call was opened in a viewer (its id) how many calls the last search found</extracomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Past calls found</source>
        <translation>Llamadas anteriores encontradas</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>Abrir (Intro)</translation>
    </message>
    <message>
        <source>Copy note (Ctrl+C)</source>
        <translation>Copiar nota (Ctrl+C)</translation>
    </message>
    <message>
        <source>Export… (Ctrl+E)</source>
        <translation>Exportar… (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n calls; add words or dates to narrow.</source>
        <translation>
            <numerusform>Se muestra solo %n llamada, la más reciente; añadir palabras o fechas para acotar.</numerusform>
            <numerusform>Se muestran las %n llamadas más recientes; añadir palabras o fechas para acotar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) found</source>
        <translation>
            <numerusform>%n llamada encontrada</numerusform>
            <numerusform>%n llamadas encontradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <extracomment>the language code of each entry, &quot;&quot; for the system&apos;s language</extracomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>LiveContent</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <extracomment>A broken edit lists at most this many problems in the bar; the rest are counted.</extracomment>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>A playbook file has mistakes; the playbook in use stays as it was:</source>
        <translation>Un archivo de guion tiene errores; el guion en uso sigue como estaba:</translation>
    </message>
    <message>
        <source>Playbook updated: {0}</source>
        <translation>Guion actualizado: {0}</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Guion</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n steps)</source>
        <translation>
            <numerusform>{0} (%n paso)</numerusform>
            <numerusform>{0} (%n pasos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalFormats</name>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
</context>
<context>
    <name>LogReview</name>
    <message>
        <source>(not filled in)</source>
        <translation>(sin rellenar)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Solución</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>mood</source>
        <translation>ánimo</translation>
    </message>
    <message>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <source>flared up again</source>
        <translation>volvió a alterarse</translation>
    </message>
    <message>
        <source>situation</source>
        <translation>situación</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Calmline started, but some of your files need attention:</source>
        <extracomment>Messages Qt prints that say nothing about Calmline (the offscreen and minimal platform plugins do not implement every window hint).</extracomment>
        <translation>Calmline se ha iniciado, pero algunos archivos necesitan revisión:</translation>
    </message>
    <message>
        <source>Something went wrong: {0}

Details are in {1}.</source>
        <translation>Algo salió mal: {0}

Los detalles están en {1}.</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Situaciones</translation>
    </message>
    <message>
        <source>More…</source>
        <extracomment>At this width and wider the notes sit beside the cards instead of below. A window fewer lines of body text high than this is short for its text size: stacked, the situations row folds away (their keys and Ctrl+F still open them). From this text size on, stacked, the cards take more of the height from the notes. what waits for the first paint runs this long after the window was made at the latest the menu group of the window&apos;s own commands (in the cheat sheet)</extracomment>
        <translation>Más…</translation>
    </message>
    <message>
        <source>More situations: search every card</source>
        <translation>Más situaciones: buscar en todas las tarjetas</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Paso actual</translation>
    </message>
    <message>
        <source>Call time</source>
        <translation>Duración de la llamada</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Where the call is</source>
        <translation>En qué punto va la llamada</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>More… ({0})</source>
        <translation>Más… ({0})</translation>
    </message>
    <message>
        <source>Log entry — check it, then save</source>
        <translation>Registro: revisar y después guardar</translation>
    </message>
    <message>
        <source>Situation: {0}</source>
        <translation>Situación: {0}</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Nueva llamada</translation>
    </message>
    <message>
        <source>Save call</source>
        <translation>Guardar llamada</translation>
    </message>
    <message>
        <source>Search cards</source>
        <translation>Buscar tarjetas</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Siempre visible</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compacto</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Paso {0} de {1}</translation>
    </message>
    <message>
        <source>{0} next</source>
        <translation>{0} siguiente</translation>
    </message>
    <message>
        <source>No call under way</source>
        <translation>Ninguna llamada en curso</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonando</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>No copiado</translation>
    </message>
    <message>
        <source>No notices</source>
        <translation>No hay avisos</translation>
    </message>
    <message>
        <source>Could not save the window options: {0}</source>
        <translation>No se pudieron guardar las opciones de la ventana: {0}</translation>
    </message>
</context>
<context>
    <name>MoodMeter</name>
    <message>
        <source>Customer mood</source>
        <extracomment>between the last dot and the word room around the dots for the keyboard focus ring</extracomment>
        <translation>Ánimo del cliente</translation>
    </message>
    <message>
        <source>Mood: {0}</source>
        <translation>Ánimo: {0}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>{0} of {1}, {2}</source>
        <translation>{0} de {1}, {2}</translation>
    </message>
    <message>
        <source>1 furious to 5 calm</source>
        <translation>de 1 furioso a 5 tranquilo</translation>
    </message>
</context>
<context>
    <name>NotesPane</name>
    <message>
        <source>Resolved</source>
        <extracomment>room kept above and below a field and its caption scrolled into view the columns it takes when the pane has two takes the room a taller pane gives (the free notes)</extracomment>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Sin resolver</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>each caption with its field and English source, to translate again (``retranslate``) each heading with its English source the pane&apos;s fields in order, laid out in the grid by ``_lay_out``</extracomment>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Account or ticket</source>
        <translation>Cuenta o ticket</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Reason for the call</source>
        <translation>Motivo de la llamada</translation>
    </message>
    <message>
        <source>Free notes</source>
        <translation>Notas libres</translation>
    </message>
    <message>
        <source>Agreed resolution</source>
        <translation>Solución acordada</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Cause, after the call (a process, not a person)</source>
        <translation>Causa, tras la llamada (un proceso, no una persona)</translation>
    </message>
    <message>
        <source>Where it first went wrong, and why</source>
        <translation>Dónde empezó a fallar y por qué</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Quién lo hace</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Promised so far (Delete removes)</source>
        <translation>Compromisos hasta ahora (Supr elimina)</translation>
    </message>
    <message>
        <source>Call notes</source>
        <translation>Notas de la llamada</translation>
    </message>
    <message>
        <source>What the customer says, facts, feelings…</source>
        <translation>Lo que dice el cliente: hechos, sentimientos…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>Qué se prometió</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Con fecha límite</translation>
    </message>
    <message>
        <source>Add promise</source>
        <translation>Añadir compromiso</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <extracomment>the notice went up (True: shown, or shown again with new words) or down (False)</extracomment>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>× Esc</source>
        <translation>× Esc</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Cerrar este aviso</translation>
    </message>
    <message>
        <source>To close this notice, press Escape or its button “Close this notice”.</source>
        <translation>Para cerrar este aviso, pulsar Escape o su botón «Cerrar este aviso».</translation>
    </message>
</context>
<context>
    <name>NoticeStrip</name>
    <message>
        <source>Notices</source>
        <extracomment>the key that unfolds and folds the notices, shown on the strip</extracomment>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>{0} notices · Esc closes the newest</source>
        <translation>{0} avisos · Esc cierra el más reciente</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>Plegar</translation>
    </message>
    <message>
        <source>{0} notices · newest: {1}</source>
        <translation>{0} avisos · el más reciente: {1}</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Fold the notices</source>
        <translation>Plegar los avisos</translation>
    </message>
    <message>
        <source>Read every notice</source>
        <translation>Leer todos los avisos</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>a PDF holds at most {limit} calls; choose a shorter range, or CSV</source>
        <extracomment>A PDF is laid out in memory; past this many calls, CSV or JSON Lines is the tool.</extracomment>
        <translation>un PDF admite como máximo {limit} llamadas; elija un periodo más corto, o CSV</translation>
    </message>
    <message>
        <source>No calls in this range.</source>
        <translation>No hay llamadas en este periodo.</translation>
    </message>
</context>
<context>
    <name>PhoneBridge</name>
    <message>
        <source>Phone connection</source>
        <extracomment>a ``PhoneEvent`` or ``LineStatus`` from the softphone&apos;s thread</extracomment>
        <translation>Conexión telefónica</translation>
    </message>
    <message>
        <source>Take call</source>
        <translation>Atender llamada</translation>
    </message>
    <message>
        <source>Save this call and take the call waiting</source>
        <translation>Guardar esta llamada y atender la llamada en espera</translation>
    </message>
    <message>
        <source>Phone not connected ({0}): {1}. Keys work as always.</source>
        <translation>Teléfono sin conexión ({0}): {1}. Las teclas funcionan como siempre.</translation>
    </message>
    <message>
        <source>Call waiting: {0}</source>
        <translation>Llamada en espera: {0}</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(y %n más)</numerusform>
            <numerusform>(y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} saves this call and takes it</source>
        <translation>{0} guarda esta llamada y atiende la otra</translation>
    </message>
</context>
<context>
    <name>RedactionWords</name>
    <message>
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <source>playbook</source>
        <translation>guion</translation>
    </message>
    <message>
        <source>customer name</source>
        <translation>nombre del cliente</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>solución</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>causa</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>promises</source>
        <translation>compromisos</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>cronología</translation>
    </message>
    <message>
        <source>1 card number masked</source>
        <translation>1 número de tarjeta ocultado</translation>
    </message>
    <message numerus="yes">
        <source>%n card numbers masked</source>
        <translation>
            <numerusform>%n número de tarjeta ocultado</numerusform>
            <numerusform>%n números de tarjeta ocultados</numerusform>
        </translation>
    </message>
    <message>
        <source>1 security code removed</source>
        <translation>1 código de seguridad quitado</translation>
    </message>
    <message numerus="yes">
        <source>%n security codes removed</source>
        <translation>
            <numerusform>%n código de seguridad quitado</numerusform>
            <numerusform>%n códigos de seguridad quitados</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} before saving ({1})</source>
        <translation>{0} antes de guardar ({1})</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Kept off the disk: {0}. The log keeps only a card&apos;s last four digits.</source>
        <translation>No se guarda en el disco: {0}. El registro solo conserva los cuatro últimos dígitos de una tarjeta.</translation>
    </message>
</context>
<context>
    <name>RepeatCallerBanner</name>
    <message>
        <source>Repeat caller</source>
        <extracomment>Open commitments listed by name in the detail; the rest are counted. the agent asked to see the last call (its id)</extracomment>
        <translation>Cliente que vuelve a llamar</translation>
    </message>
    <message>
        <source>Last call…</source>
        <translation>Última llamada…</translation>
    </message>
    <message>
        <source>Show the last call</source>
        <translation>Mostrar la última llamada</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>Plegar</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Fold the caller&apos;s detail</source>
        <translation>Plegar el detalle del cliente</translation>
    </message>
    <message>
        <source>Show the last call and the open promises</source>
        <translation>Mostrar la última llamada y los compromisos pendientes</translation>
    </message>
    <message>
        <source>Called once before</source>
        <translation>Ya llamó una vez</translation>
    </message>
    <message numerus="yes">
        <source>Called %n times before</source>
        <translation>
            <numerusform>Ya llamó %n vez</numerusform>
            <numerusform>Ya llamó %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>last {0}</source>
        <translation>última {0}</translation>
    </message>
    <message>
        <source>1 open promise</source>
        <translation>1 compromiso pendiente</translation>
    </message>
    <message numerus="yes">
        <source>%n open promises</source>
        <translation>
            <numerusform>%n compromiso pendiente</numerusform>
            <numerusform>%n compromisos pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencido</numerusform>
            <numerusform>%n vencidos</numerusform>
        </translation>
    </message>
    <message>
        <source>by {0}</source>
        <translation>atendida por {0}</translation>
    </message>
    <message>
        <source>Last call: {0}</source>
        <translation>Última llamada: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Open promises: %n</source>
        <translation>
            <numerusform>Compromisos abiertos: %n</numerusform>
            <numerusform>Compromisos abiertos: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue since {0}</source>
        <translation>vencido desde {0}</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>vence {0}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Recurring complaints</source>
        <translation>Quejas recurrentes</translation>
    </message>
    <message>
        <source>Weeks to look back</source>
        <translation>Semanas hacia atrás</translation>
    </message>
    <message>
        <source>last </source>
        <translation>últimas </translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation>Exportar gráfico como PNG…</translation>
    </message>
    <message>
        <source>Top categories and their trend over the last {0} weeks:</source>
        <translation>Categorías principales y su tendencia en las últimas {0} semanas:</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n llamada</numerusform>
            <numerusform>%n llamadas</numerusform>
        </translation>
    </message>
    <message>
        <source>No calls in this range.</source>
        <translation>No hay llamadas en este periodo.</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>al alza</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>a la baja</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>estable</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>desaparecida</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n call(s) lately, none before)</source>
        <translation>
            <numerusform>{0} (%n llamada últimamente, ninguna antes)</numerusform>
            <numerusform>{0} (%n llamadas últimamente, ninguna antes)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} ({1}%: {2} → {3})</source>
        <translation>{0} ({1} %: {2} → {3})</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Report exported to {0}</source>
        <translation>Informe exportado a {0}</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>ReviewBlock</name>
    <message>
        <source>Drafted log entry</source>
        <translation>Borrador del registro</translation>
    </message>
    <message>
        <source>Save call</source>
        <translation>Guardar llamada</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search cards: title, words, tags…</source>
        <translation>Buscar tarjetas: título, palabras, etiquetas…</translation>
    </message>
    <message>
        <source>Search cards</source>
        <translation>Buscar tarjetas</translation>
    </message>
    <message>
        <source>Matching cards</source>
        <translation>Tarjetas encontradas</translation>
    </message>
    <message>
        <source>No card matches these words.</source>
        <translation>Ninguna tarjeta coincide con estas palabras.</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter copies · Esc closes</source>
        <translation>↑↓ elegir · Intro copia · Esc cierra</translation>
    </message>
    <message numerus="yes">
        <source>%n cards match</source>
        <translation>
            <numerusform>%n tarjeta coincide</numerusform>
            <numerusform>%n tarjetas coinciden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepRail</name>
    <message>
        <source>Steps</source>
        <extracomment>the narrowest a step other than the current one gets (its bar stays visible) rail pictures kept (a call passes through a dozen or so looks) each step&apos;s slot, by the current step (worked out once per size and font)</extracomment>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Left and Right go to the previous and next step</source>
        <translation>Izquierda y Derecha van al paso anterior y al siguiente</translation>
    </message>
    <message>
        <source>Step {0} of {1}: {2}</source>
        <translation>Paso {0} de {1}: {2}</translation>
    </message>
</context>
<context>
    <name>TeamLine</name>
    <message>
        <source>Team log</source>
        <extracomment>How often the line looks at the worker&apos;s state. what the team log announced; emitted in the worker&apos;s thread, received in this one</extracomment>
        <translation>Registro del equipo</translation>
    </message>
    <message>
        <source>1 call waiting</source>
        <translation>1 llamada en espera</translation>
    </message>
    <message numerus="yes">
        <source>%n calls waiting</source>
        <translation>
            <numerusform>%n llamada en espera</numerusform>
            <numerusform>%n llamadas en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Team log offline · {0} · team answers from this PC only (sent when the server is back)</source>
        <translation>Registro del equipo sin conexión · {0} · respuestas del equipo solo desde este PC (se envían al volver el servidor)</translation>
    </message>
    <message>
        <source>Team log: connecting · {0}</source>
        <translation>Registro del equipo: conectando · {0}</translation>
    </message>
    <message>
        <source>Team log: sending · {0}</source>
        <translation>Registro del equipo: enviando · {0}</translation>
    </message>
</context>
<context>
    <name>TeamTools</name>
    <message>
        <source>History…</source>
        <extracomment>Pause in typing a phone, name or account before the log is asked about them. Announced calls looked at one by one; more than this, and the caller is simply looked up again. (menu text, command line), the text translated when the menu is built.</extracomment>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Follow-ups…</source>
        <translation>Seguimientos…</translation>
    </message>
    <message>
        <source>Complaints report…</source>
        <translation>Informe de quejas…</translation>
    </message>
    <message>
        <source>Export calls…</source>
        <translation>Exportar llamadas…</translation>
    </message>
    <message>
        <source>Copy ticket note</source>
        <translation>Copiar nota de ticket</translation>
    </message>
    <message>
        <source>Open Follow-ups</source>
        <translation>Abrir Seguimientos</translation>
    </message>
    <message>
        <source>Follow-up due: {0}</source>
        <translation>Seguimiento pendiente: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups due</source>
        <translation>
            <numerusform>%n seguimiento pendiente</numerusform>
            <numerusform>%n seguimientos pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Ticket note copied</source>
        <translation>Nota de ticket copiada</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <extracomment>asks where to save; None for Qt&apos;s save dialog (tests pass their own)</extracomment>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Recurring complaints</source>
        <translation>Quejas recurrentes</translation>
    </message>
    <message>
        <source>No earlier calls from this customer</source>
        <translation>Este cliente no ha llamado antes</translation>
    </message>
    <message>
        <source>That call is no longer in the log</source>
        <translation>Esa llamada ya no está en el registro</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>WrapUp</name>
    <message>
        <source>Customer&apos;s name</source>
        <extracomment>Runs a command line&apos;s words without asking anything first: (worked, message, status).</extracomment>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Account or ticket</source>
        <translation>Cuenta o ticket</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Reason for the call</source>
        <translation>Motivo de la llamada</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Solución</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Before it is saved, the log entry needs:</source>
        <translation>Antes de guardarla, la entrada del registro necesita:</translation>
    </message>
    <message>
        <source>Enter saves the call · Esc goes back to it</source>
        <translation>Intro guarda la llamada · Esc vuelve a ella</translation>
    </message>
    <message>
        <source>Not saved: back to the call</source>
        <translation>Sin guardar: de vuelta a la llamada</translation>
    </message>
    <message>
        <source>Save this call to the log before starting a new one?</source>
        <translation>¿Guardar esta llamada en el registro antes de empezar otra?</translation>
    </message>
    <message>
        <source>Enter saves it, then starts the new call · Esc goes back to the call</source>
        <translation>Intro la guarda y empieza la nueva · Esc vuelve a la llamada</translation>
    </message>
    <message>
        <source>Back to the call</source>
        <translation>De vuelta a la llamada</translation>
    </message>
</context>
<context>
    <name>_LinkOpener</name>
    <message>
        <source>This link was not opened: {0}</source>
        <translation>No se abrió este enlace: {0}</translation>
    </message>
</context>
<context>
    <name>accessible</name>
    <message>
        <source>Scroll</source>
        <extracomment>sets the value, as a click on it would what it says now beside its name (a value&apos;s word, a label&apos;s text) what pressing it does (a card is copied, a step is gone to), if it can be pressed the key that does the same, shown as the press action&apos;s key binding the description worked out only when a screen reader asks for it (a card&apos;s filled text): the bridge asks for the role and state far more often the parts&apos; interfaces handed out, by index; Qt&apos;s cache may hold them, so they are deleted through it when the widget goes (see ``_forget``)</extracomment>
        <translation>Desplazar</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>argparse&apos;s own words that reach a person (&quot;usage: &quot;, &quot;error:&quot;, ...), as this Python&apos;s argparse writes them; ``cli_translation`` hands them to argparse, and a test keeps each one in argparse&apos;s source.</extracomment>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y sale</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos obligatorios: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>hace falta uno de los argumentos %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se admite junto con el argumento %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>se esperaba %s argumento</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>se esperaban %s argumentos</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>se ignora el argumento explícito %r</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>orden desconocida %(parser_name)r (opciones: %(choices)s)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>exported %n calls to {target}</source>
        <translation>
            <numerusform>exportada %n llamada a {target}</numerusform>
            <numerusform>exportadas %n llamadas a {target}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cards</source>
        <translation>
            <numerusform>%n tarjeta</numerusform>
            <numerusform>%n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n situations</source>
        <translation>
            <numerusform>%n situación</numerusform>
            <numerusform>%n situaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layers</source>
        <translation>
            <numerusform>%n capa</numerusform>
            <numerusform>%n capas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calls</source>
        <translation>
            <numerusform>%n llamada</numerusform>
            <numerusform>%n llamadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>erased %n calls with {customer} from {path}</source>
        <translation>
            <numerusform>borrada %n llamada con {customer} de {path}</numerusform>
            <numerusform>borradas %n llamadas con {customer} de {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>erased %n calls from the team log at {server} (an audit row says who and when; every agent&apos;s copy follows at its next sync)</source>
        <translation>
            <numerusform>borrada %n llamada del registro del equipo en {server} (una fila de auditoría indica quién y cuándo; la copia de cada agente se actualiza en su próxima sincronización)</numerusform>
            <numerusform>borradas %n llamadas del registro del equipo en {server} (una fila de auditoría indica quién y cuándo; la copia de cada agente se actualiza en su próxima sincronización)</numerusform>
        </translation>
    </message>
    <message>
        <source>no Calmline is running on the data dir {folder}; start it first (same --data-dir or CALMLINE_DATA_DIR)</source>
        <extracomment>What the command line prints for a person (``cli_translation.tr``, context &quot;cli&quot;).</extracomment>
        <translation>no hay ningún Calmline abierto con la carpeta de datos {folder}; ábralo antes (mismo --data-dir o CALMLINE_DATA_DIR)</translation>
    </message>
    <message>
        <source>the Calmline window on the data dir {folder} does not answer (stopped or hung); {command} was not run</source>
        <translation>la ventana de Calmline con la carpeta de datos {folder} no responde (detenida o bloqueada); {command} no se ejecutó</translation>
    </message>
    <message>
        <source>--since {since} is not before --until {until}</source>
        <translation>--since {since} no es anterior a --until {until}</translation>
    </message>
    <message>
        <source>{option} {text} is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>{option} {text} no es una fecha; use AAAA-MM-DD o AAAA-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>give --call or a date range (--since/--until), not both</source>
        <translation>indique --call o un periodo (--since/--until), no ambos</translation>
    </message>
    <message>
        <source>{problem}; nothing was exported</source>
        <translation>{problem}; no se exportó nada</translation>
    </message>
    <message>
        <source>there is no call log yet at {path}</source>
        <translation>todavía no hay registro de llamadas en {path}</translation>
    </message>
    <message>
        <source>no call log at {path} yet: nothing to forget on this PC</source>
        <translation>todavía no hay registro de llamadas en {path}: nada que olvidar en este equipo</translation>
    </message>
    <message>
        <source>{problem}; answering from this PC&apos;s log only (calls of other agents are not in it)</source>
        <translation>{problem}; se responde solo con el registro de este equipo (sin las llamadas de otros agentes)</translation>
    </message>
    <message>
        <source>no call log at {path} yet</source>
        <translation>todavía no hay registro de llamadas en {path}</translation>
    </message>
    <message>
        <source>no call matches {text}</source>
        <translation>ninguna llamada coincide con {text}</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>muestra la versión del programa y sale</translation>
    </message>
    <message>
        <source>this link was not opened: {reason}</source>
        <translation>este enlace no se abrió: {reason}</translation>
    </message>
    <message>
        <source>check playbook files or folders and report every problem</source>
        <translation>revisa archivos o carpetas de guiones e informa de cada problema</translation>
    </message>
    <message>
        <source>Check playbook files (or every .yaml/.yml file in a folder) on top of the built-in playbooks. Prints FILE:LINE: message for each problem, then a summary per playbook; exits 1 when anything is wrong.</source>
        <translation>Revisa archivos de guiones (o cada archivo .yaml/.yml de una carpeta) sobre los guiones incluidos. Escribe ARCHIVO:LÍNEA: mensaje por cada problema y después un resumen por guion; sale con 1 si algo está mal.</translation>
    </message>
    <message>
        <source>check on top of the built-in playbooks in this language (en, es, el, ...)</source>
        <translation>revisar sobre los guiones incluidos en este idioma (en, es, el, ...)</translation>
    </message>
    <message>
        <source>its wording is in {language}, and no playbook in that language was loaded to check it against</source>
        <translation>su texto está en {language} y no se cargó ningún guion en ese idioma para revisarlo</translation>
    </message>
    <message>
        <source>no .yaml or .yml files in this folder</source>
        <translation>no hay archivos .yaml ni .yml en esta carpeta</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe ese archivo o carpeta</translation>
    </message>
    <message>
        <source>cannot read the folder: {reason}</source>
        <translation>no se puede leer la carpeta: {reason}</translation>
    </message>
    <message>
        <source>drive one call offscreen in a temporary data dir and report; exit 0 when all works</source>
        <translation>hace una llamada sin pantalla en una carpeta de datos temporal e informa; sale con 0 si todo funciona</translation>
    </message>
    <message>
        <source>run a command in the Calmline window that runs on this data dir</source>
        <translation>ejecuta una orden en la ventana de Calmline abierta con esta carpeta de datos</translation>
    </message>
    <message>
        <source>the command&apos;s name, e.g. next-step</source>
        <translation>el nombre de la orden, p. ej. next-step</translation>
    </message>
    <message>
        <source>its arguments and --options</source>
        <translation>sus argumentos y --opciones</translation>
    </message>
    <message>
        <source>{app}: a calm companion window for calls with upset customers.</source>
        <translation>{app}: una ventana de apoyo tranquila para llamadas con clientes molestos.</translation>
    </message>
    <message>
        <source>keep every file Calmline writes under DIR (default: ${variable}, then the platform&apos;s app-data folder)</source>
        <translation>guardar todos los archivos de Calmline en DIR (por defecto: ${variable} y, si no, la carpeta de datos de aplicaciones del sistema)</translation>
    </message>
    <message>
        <source>Run a command in the running Calmline window, e.g. &apos;calmline ctl next-step&apos;, &apos;calmline ctl use-card 3&apos;, &apos;calmline ctl new-call --phone +15551234567 --name &quot;Dana Reyes&quot;&apos;. Press F1 in the window for every command. Exit status: 0 done, {failed} the command failed, {not_running} no Calmline runs on the data dir, {not_written} the call is kept in memory but not written to disk, {no_answer} the window does not answer, {missing} save-call: fields the playbook requires are empty.</source>
        <translation>Ejecuta una orden en la ventana de Calmline abierta, p. ej. &apos;calmline ctl next-step&apos;, &apos;calmline ctl use-card 3&apos;, &apos;calmline ctl new-call --phone +15551234567 --name &quot;Dana Reyes&quot;&apos;. Pulse F1 en la ventana para ver todas las órdenes. Código de salida: 0 hecho, {failed} la orden falló, {not_running} no hay ningún Calmline abierto con la carpeta de datos, {not_written} la llamada se conserva en memoria pero no se escribió en el disco, {no_answer} la ventana no responde, {missing} save-call: faltan campos que exige el guion.</translation>
    </message>
    <message>
        <source>export calls from the log to CSV, JSON Lines, Markdown or PDF</source>
        <translation>exporta llamadas del registro a CSV, JSON Lines, Markdown o PDF</translation>
    </message>
    <message>
        <source>Export one call or the calls of a date range to a file.</source>
        <translation>Exporta una llamada o las llamadas de un rango de fechas a un archivo.</translation>
    </message>
    <message>
        <source>csv (spreadsheet-safe), jsonl (full records), md (Markdown) or pdf</source>
        <translation>csv (seguro para hojas de cálculo), jsonl (registros completos), md (Markdown) o pdf</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD) or ISO time</source>
        <translation>primer día (AAAA-MM-DD) u hora ISO</translation>
    </message>
    <message>
        <source>last day, included, or ISO time</source>
        <translation>último día, incluido, u hora ISO</translation>
    </message>
    <message>
        <source>export only the call with this id</source>
        <translation>exportar solo la llamada con este id</translation>
    </message>
    <message>
        <source>the file to write, in an existing folder</source>
        <translation>el archivo que se escribe, en una carpeta que exista</translation>
    </message>
    <message>
        <source>the call log: statistics, forgetting a customer</source>
        <translation>el registro de llamadas: estadísticas, olvidar a un cliente</translation>
    </message>
    <message>
        <source>number of calls, date range and size on disk</source>
        <translation>número de llamadas, fechas y tamaño en disco</translation>
    </message>
    <message>
        <source>erase every call of one customer, leaving no trace (Calmline must be closed)</source>
        <translation>borra todas las llamadas de un cliente sin dejar rastro (Calmline debe estar cerrado)</translation>
    </message>
    <message>
        <source>phone number (compared by its digits)</source>
        <translation>número de teléfono (se comparan sus dígitos)</translation>
    </message>
    <message>
        <source>account number (case ignored)</source>
        <translation>número de cuenta (sin distinguir mayúsculas)</translation>
    </message>
    <message>
        <source>customer name (case and extra spaces ignored)</source>
        <translation>nombre del cliente (sin distinguir mayúsculas ni espacios de más)</translation>
    </message>
    <message>
        <source>{megabytes} MB ({bytes} bytes)</source>
        <translation>{megabytes} MB ({bytes} bytes)</translation>
    </message>
    <message>
        <source>call log:</source>
        <translation>registro:</translation>
    </message>
    <message>
        <source>calls:</source>
        <translation>llamadas:</translation>
    </message>
    <message>
        <source>first call:</source>
        <translation>primera llamada:</translation>
    </message>
    <message>
        <source>last call:</source>
        <translation>última llamada:</translation>
    </message>
    <message>
        <source>size on disk:</source>
        <translation>tamaño en disco:</translation>
    </message>
    <message>
        <source>{problem}. Close Calmline, then run this again; nothing was changed.</source>
        <translation>{problem}. Cierre Calmline y vuelva a ejecutar esto; no se cambió nada.</translation>
    </message>
    <message>
        <source>damaged logs moved aside earlier were not touched and may still hold this customer:</source>
        <translation>los registros dañados apartados antes no se tocaron y pueden contener aún a este cliente:</translation>
    </message>
    <message>
        <source>this PC&apos;s log follows as soon as its Calmline next syncs ({problem})</source>
        <translation>el registro de este PC se actualiza en cuanto su Calmline se sincronice ({problem})</translation>
    </message>
    <message>
        <source>phone {phone}</source>
        <translation>teléfono {phone}</translation>
    </message>
    <message>
        <source>account {account}</source>
        <translation>cuenta {account}</translation>
    </message>
    <message>
        <source>name {name}</source>
        <translation>nombre {name}</translation>
    </message>
    <message>
        <source>calls matching every word (the team log&apos;s when configured)</source>
        <translation>llamadas que coinciden con todas las palabras (las del registro del equipo si está configurado)</translation>
    </message>
    <message>
        <source>Calls whose notes, names, phone, account, category or resolution match every word typed (word starts; accents and case ignored), newest first.</source>
        <translation>Llamadas cuyas notas, nombres, teléfono, cuenta, categoría o solución coinciden con todas las palabras escritas (inicios de palabra; sin distinguir acentos ni mayúsculas), las más recientes primero.</translation>
    </message>
    <message>
        <source>the words to find</source>
        <translation>las palabras que se buscan</translation>
    </message>
    <message>
        <source>at most this many (default 50)</source>
        <translation>como máximo estas (por defecto 50)</translation>
    </message>
    <message>
        <source>what the log knows of one customer: earlier calls, open promises</source>
        <translation>lo que el registro sabe de un cliente: llamadas anteriores, compromisos pendientes</translation>
    </message>
    <message>
        <source>the team log at {server} is up to date (schema {version})</source>
        <translation>el registro del equipo en {server} está al día (esquema {version})</translation>
    </message>
    <message>
        <source>the team log on PostgreSQL: set up and check</source>
        <translation>el registro del equipo en PostgreSQL: preparar y comprobar</translation>
    </message>
    <message>
        <source>create or upgrade the team log&apos;s tables (IT, as the owning role)</source>
        <translation>crea o actualiza las tablas del registro del equipo (TI, con el rol propietario)</translation>
    </message>
    <message>
        <source>can this PC reach, sign in to, read and write the team log?</source>
        <translation>¿puede este PC llegar al registro del equipo, iniciar sesión, leer y escribir?</translation>
    </message>
    <message>
        <source>created the team log at {server} (schema {version})</source>
        <translation>creado el registro del equipo en {server} (esquema {version})</translation>
    </message>
    <message>
        <source>upgraded the team log at {server} from schema {before} to {after}</source>
        <translation>actualizado el registro del equipo en {server} del esquema {before} al {after}</translation>
    </message>
    <message>
        <source>team log:</source>
        <translation>registro del equipo:</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>bien</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>a libpq connection string or service=NAME (default: as the window uses: CALMLINE_TEAM_LOG, then team_log in settings.json)</source>
        <translation>una cadena de conexión de libpq o service=NOMBRE (por defecto, la que usa la ventana: CALMLINE_TEAM_LOG y, si no, team_log en settings.json)</translation>
    </message>
    <message>
        <source>the team log&apos;s tables could not be set up at {server}: {reason}; nothing was changed</source>
        <translation>no se pudieron preparar las tablas del registro del equipo en {server}: {reason}; no se cambió nada</translation>
    </message>
    <message>
        <source>no team log is configured: set team_log in {path} or CALMLINE_TEAM_LOG, or give the connection string</source>
        <translation>no hay registro del equipo configurado: ponga team_log en {path} o CALMLINE_TEAM_LOG, o indique la cadena de conexión</translation>
    </message>
    <message>
        <source>{problem}: erasing on this PC now; the team log is told when Calmline next reaches it (with a team lead&apos;s login)</source>
        <translation>{problem}: se borra ahora en este PC; el registro del equipo se avisa cuando Calmline vuelva a llegar a él (con el usuario de un responsable de equipo)</translation>
    </message>
    <message>
        <source>{problem}; nothing was erased</source>
        <translation>{problem}; no se borró nada</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Guion</translation>
    </message>
    <message>
        <source>Use another playbook (by id); the call in progress keeps its state</source>
        <translation>Usar otro guion (por id); la llamada en curso no cambia</translation>
    </message>
    <message>
        <source>The playbooks that loaded; * marks the one in use</source>
        <translation>Los guiones cargados; * marca el que está en uso</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Record a promise: what, --who, --due &apos;YYYY-MM-DD HH:MM&apos;</source>
        <translation>Anotar un compromiso: qué, --who, --due &apos;AAAA-MM-DD HH:MM&apos;</translation>
    </message>
    <message>
        <source>Show every key and what it does</source>
        <translation>Mostrar todas las teclas y lo que hacen</translation>
    </message>
    <message>
        <source>Back to the step&apos;s cards</source>
        <translation>Volver a las tarjetas del paso</translation>
    </message>
    <message>
        <source>Close search, a situation or a question</source>
        <translation>Cerrar la búsqueda, una situación o una pregunta</translation>
    </message>
    <message>
        <source>Show every notice, or fold them into one line</source>
        <translation>Mostrar todos los avisos o plegarlos en una línea</translation>
    </message>
    <message>
        <source>Put the cursor in the free notes</source>
        <translation>Poner el cursor en las notas libres</translation>
    </message>
    <message>
        <source>Go to step N</source>
        <translation>Ir al paso N</translation>
    </message>
    <message>
        <source>Customer is angrier</source>
        <translation>El cliente está más alterado</translation>
    </message>
    <message>
        <source>Customer is calmer</source>
        <translation>El cliente está más tranquilo</translation>
    </message>
    <message>
        <source>Start a new call</source>
        <translation>Empezar una llamada nueva</translation>
    </message>
    <message>
        <source>Go to the next step</source>
        <translation>Ir al paso siguiente</translation>
    </message>
    <message>
        <source>Show a situation&apos;s cards (by number or id)</source>
        <translation>Mostrar las tarjetas de una situación (por número o id)</translation>
    </message>
    <message>
        <source>Go to the previous step</source>
        <translation>Ir al paso anterior</translation>
    </message>
    <message>
        <source>Close Calmline</source>
        <translation>Cerrar Calmline</translation>
    </message>
    <message>
        <source>Bring the window to the front</source>
        <translation>Traer la ventana al frente</translation>
    </message>
    <message>
        <source>Customer flared up again: back to acknowledging</source>
        <translation>El cliente volvió a alterarse: volver a reconocer su malestar</translation>
    </message>
    <message>
        <source>Save the call to the log</source>
        <translation>Guardar la llamada en el registro</translation>
    </message>
    <message>
        <source>Search every card by title, text and tags</source>
        <translation>Buscar en todas las tarjetas por título, texto y etiquetas</translation>
    </message>
    <message>
        <source>Fill in a note field (name, account, phone, category, reason, resolution, outcome, cause, notes)</source>
        <translation>Rellenar un campo de notas (name, account, phone, category, reason, resolution, outcome, cause, notes)</translation>
    </message>
    <message>
        <source>Set the customer&apos;s mood, 1 (furious) to 5 (calm)</source>
        <translation>Indicar el ánimo del cliente, de 1 (furioso) a 5 (tranquilo)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>Texto a tamaño normal</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Compact mode: steps and cards only</source>
        <translation>Modo compacto: solo pasos y tarjetas</translation>
    </message>
    <message>
        <source>Keep the window above other windows, or not</source>
        <translation>Mantener la ventana por encima de las demás, o no</translation>
    </message>
    <message>
        <source>Copy card N of this step (or of the open situation)</source>
        <translation>Copiar la tarjeta N de este paso (o de la situación abierta)</translation>
    </message>
    <message>
        <source>Copy the card with this id, wherever it is</source>
        <translation>Copiar la tarjeta con este id, esté donde esté</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Find a past call: search, open, copy, export</source>
        <translation>Encontrar una llamada anterior: buscar, abrir, copiar, exportar</translation>
    </message>
    <message>
        <source>Promises to keep: overdue, today, later</source>
        <translation>Compromisos por cumplir: vencidos, hoy, más adelante</translation>
    </message>
    <message>
        <source>Recurring complaints: calls per category per week</source>
        <translation>Quejas recurrentes: llamadas por categoría y semana</translation>
    </message>
    <message>
        <source>Export calls as CSV, JSON Lines, Markdown or PDF</source>
        <translation>Exportar llamadas como CSV, JSON Lines, Markdown o PDF</translation>
    </message>
    <message>
        <source>Copy this call as a note for a CRM ticket</source>
        <translation>Copiar esta llamada como nota para un ticket del CRM</translation>
    </message>
    <message>
        <source>The window&apos;s state as JSON: step, situation, mood, call, draft, waiting</source>
        <translation>El estado de la ventana en JSON: paso, situación, ánimo, llamada, borrador, en espera</translation>
    </message>
    <message>
        <source>Carry on with the call left unfinished when Calmline last stopped</source>
        <translation>Continuar la llamada que quedó sin terminar cuando Calmline se cerró</translation>
    </message>
    <message>
        <source>Keep last time&apos;s unfinished call in the log, and start afresh</source>
        <translation>Dejar en el registro la llamada sin terminar de la última vez y empezar de cero</translation>
    </message>
    <message>
        <source>What the repeat-caller banner says about this call&apos;s customer</source>
        <translation>Lo que el aviso de cliente recurrente dice sobre el cliente de esta llamada</translation>
    </message>
    <message>
        <source>Unfold the repeat caller&apos;s last call and open promises, or fold them</source>
        <translation>Desplegar la última llamada y los compromisos pendientes del cliente que vuelve a llamar, o plegarlos</translation>
    </message>
    <message>
        <source>Choose the window&apos;s language (en, es, ...; empty for the system&apos;s)</source>
        <translation>Elegir el idioma de la ventana (en, es, ...; vacío para el del sistema)</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>Call saved to the log</source>
        <translation>Llamada guardada en el registro</translation>
    </message>
    <message>
        <source>Not on disk yet: {problem}</source>
        <translation>Aún no está en el disco: {problem}</translation>
    </message>
    <message>
        <source>Copied: {title}</source>
        <translation>Copiado: {title}</translation>
    </message>
    <message>
        <source>no unfinished call is offered</source>
        <translation>no hay ninguna llamada sin terminar pendiente</translation>
    </message>
    <message>
        <source>carrying on with the call from {started}</source>
        <translation>continuando la llamada de {started}</translation>
    </message>
    <message>
        <source>Last time&apos;s unfinished call is kept in the log</source>
        <translation>La llamada sin terminar de la última vez queda en el registro</translation>
    </message>
    <message>
        <source>Call waiting: {caller}. take-call opens it</source>
        <translation>Llamada en espera: {caller}. take-call la abre</translation>
    </message>
    <message>
        <source>Missed call: {caller}</source>
        <translation>Llamada perdida: {caller}</translation>
    </message>
    <message>
        <source>Call ended: wrap up and save it to the log</source>
        <translation>Llamada terminada: cerrar las notas y guardarla en el registro</translation>
    </message>
    <message>
        <source>Back to {step} · mood: {mood}</source>
        <translation>De vuelta a {step} · ánimo: {mood}</translation>
    </message>
    <message>
        <source>furious</source>
        <translation>furioso</translation>
    </message>
    <message>
        <source>angry</source>
        <translation>enfadado</translation>
    </message>
    <message>
        <source>upset</source>
        <translation>molesto</translation>
    </message>
    <message>
        <source>settling</source>
        <translation>calmándose</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>tranquilo</translation>
    </message>
    <message numerus="yes">
        <source>“{title}” used %n times this call: say it in your own words this time</source>
        <extracomment>Messages of the plain-Python layers with a count (``%n``), translated with their plural forms: the desk&apos;s ``tr_count`` (context &quot;desk&quot;) and the command line&apos;s (``cli_translation.tr_count``, context &quot;cli&quot;).</extracomment>
        <translation>
            <numerusform>«{title}» ya se usó %n vez en esta llamada: mejor decirlo con palabras propias</numerusform>
            <numerusform>«{title}» ya se usó %n veces en esta llamada: mejor decirlo con palabras propias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>the call log {path} is damaged: {reason}</source>
        <translation>el registro de llamadas {path} está dañado: {reason}</translation>
    </message>
    <message>
        <source>its header is not valid</source>
        <translation>su cabecera no es válida</translation>
    </message>
    <message>
        <source>schema number {version}</source>
        <translation>número de esquema {version}</translation>
    </message>
    <message>
        <source>its tables are not those of schema {version}</source>
        <translation>sus tablas no son las del esquema {version}</translation>
    </message>
    <message>
        <source>the call log {path} cannot be read (permission denied)</source>
        <translation>no se puede leer el registro de llamadas {path} (permiso denegado)</translation>
    </message>
    <message>
        <source>the call log {path} was written by a newer Calmline (schema {version}, this one knows up to {known})</source>
        <translation>el registro de llamadas {path} lo escribió un Calmline más reciente (esquema {version}; este conoce hasta el {known})</translation>
    </message>
    <message>
        <source>{problem}, and it cannot be moved aside: {reason}</source>
        <translation>{problem}, y no se puede apartar: {reason}</translation>
    </message>
    <message>
        <source>{problem}; moving it aside failed too</source>
        <translation>{problem}; tampoco se pudo apartar</translation>
    </message>
    <message>
        <source>the log at {path} is in use by another Calmline{pid}</source>
        <translation>el registro en {path} lo está usando otro Calmline{pid}</translation>
    </message>
    <message>
        <source>cannot open the call log&apos;s lock file {path}: {reason}</source>
        <translation>no se puede abrir el archivo de bloqueo del registro {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot open the call log {path}: {reason}</source>
        <translation>no se puede abrir el registro de llamadas {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot tidy up the call log {path}: another reader is busy; try again</source>
        <translation>no se puede ordenar el registro de llamadas {path}: otro lector está ocupado; inténtelo de nuevo</translation>
    </message>
    <message>
        <source>cannot back up the call log to {path}: {reason}</source>
        <translation>no se puede copiar el registro de llamadas a {path}: {reason}</translation>
    </message>
    <message>
        <source>no commitment {commitment} of call {call} in {log}</source>
        <translation>no hay compromiso {commitment} de la llamada {call} en {log}</translation>
    </message>
    <message>
        <source>say whose calls to forget: a phone number, an account or a name</source>
        <translation>indique de quién son las llamadas que se olvidan: un teléfono, una cuenta o un nombre</translation>
    </message>
    <message>
        <source>another program keeps the log busy</source>
        <translation>otro programa mantiene ocupado el registro</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>el archivo o su carpeta son de solo lectura</translation>
    </message>
    <message>
        <source>a disk write failed (is the disk full, or the file at its size limit?)</source>
        <translation>falló una escritura en el disco (¿está lleno el disco o el archivo en su tamaño máximo?)</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>el archivo está dañado</translation>
    </message>
    <message>
        <source>the file cannot be opened (is its folder read-only or missing?)</source>
        <translation>no se puede abrir el archivo (¿su carpeta es de solo lectura o no existe?)</translation>
    </message>
    <message>
        <source>the file is not a Calmline log</source>
        <translation>el archivo no es un registro de Calmline</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>se agotó la cuota de disco</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>the file is larger than this system allows</source>
        <translation>el archivo supera el tamaño que admite este sistema</translation>
    </message>
    <message>
        <source>{name} is not a plain file name; choose a name without folders</source>
        <translation>{name} no es un simple nombre de archivo; elija un nombre sin carpetas</translation>
    </message>
    <message>
        <source>cannot export to {path}: the folder {folder} does not exist</source>
        <translation>no se puede exportar a {path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>cannot export to {path}: it is outside {folder}</source>
        <translation>no se puede exportar a {path}: está fuera de {folder}</translation>
    </message>
    <message>
        <source>--out needs a file name</source>
        <translation>--out necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>--out {out} contains &apos;..&apos;; give the folder without &apos;..&apos;</source>
        <translation>--out {out} contiene &apos;..&apos;; indique la carpeta sin &apos;..&apos;</translation>
    </message>
    <message>
        <source>cannot export to {path}: it is a symbolic link; exports never follow links</source>
        <translation>no se puede exportar a {path}: es un enlace simbólico; las exportaciones nunca siguen enlaces</translation>
    </message>
    <message>
        <source>cannot export to {path}: it exists and is not a regular file</source>
        <translation>no se puede exportar a {path}: existe y no es un archivo normal</translation>
    </message>
    <message>
        <source>cannot reach the team log at {server}: {reason}</source>
        <translation>no se puede llegar al registro del equipo en {server}: {reason}</translation>
    </message>
    <message>
        <source>lost the connection to {server}: {reason}</source>
        <translation>se perdió la conexión con {server}: {reason}</translation>
    </message>
    <message>
        <source>{server} refused: {reason}</source>
        <translation>{server} lo rechazó: {reason}</translation>
    </message>
    <message>
        <source>the team log at {server}</source>
        <translation>el registro del equipo en {server}</translation>
    </message>
    <message>
        <source>only a team lead (role {role}) may erase a customer from {server}; nothing was erased</source>
        <translation>solo un responsable de equipo (rol {role}) puede borrar un cliente de {server}; no se borró nada</translation>
    </message>
    <message>
        <source>{source}: not a valid PostgreSQL connection string{detail}</source>
        <translation>{source}: no es una cadena de conexión de PostgreSQL válida{detail}</translation>
    </message>
    <message>
        <source>{source}: not a valid PostgreSQL connection string</source>
        <translation>{source}: no es una cadena de conexión de PostgreSQL válida</translation>
    </message>
    <message>
        <source>the connection string given</source>
        <translation>la cadena de conexión indicada</translation>
    </message>
    <message>
        <source>the team log has no Calmline tables yet: IT runs &apos;calmline team init&apos; once</source>
        <translation>el registro del equipo aún no tiene tablas de Calmline: TI ejecuta &apos;calmline team init&apos; una vez</translation>
    </message>
    <message>
        <source>the team log was set up by a newer Calmline (schema {version}, this one knows up to {known}): update Calmline on this PC</source>
        <translation>el registro del equipo lo preparó un Calmline más reciente (esquema {version}; este conoce hasta el {known}): actualice Calmline en este PC</translation>
    </message>
    <message>
        <source>the team log&apos;s tables are older (schema {version}) than this Calmline needs ({known}): IT runs &apos;calmline team init&apos; to upgrade them</source>
        <translation>las tablas del registro del equipo son más antiguas (esquema {version}) de lo que necesita este Calmline ({known}): TI ejecuta &apos;calmline team init&apos; para actualizarlas</translation>
    </message>
    <message>
        <source>the team log was set up by a newer Calmline (schema {version}, this one knows up to {known}); nothing was changed</source>
        <translation>el registro del equipo lo preparó un Calmline más reciente (esquema {version}; este conoce hasta el {known}); no se cambió nada</translation>
    </message>
    <message>
        <source>the call in progress is kept on this PC, never in the team log</source>
        <translation>la llamada en curso se guarda en este PC, nunca en el registro del equipo</translation>
    </message>
    <message>
        <source>the team log keeps calls as IT decides; nothing is purged from a PC</source>
        <translation>el registro del equipo guarda las llamadas como decida TI; desde un PC no se purga nada</translation>
    </message>
    <message>
        <source>reach and sign in:</source>
        <translation>conexión e inicio de sesión:</translation>
    </message>
    <message>
        <source>schema:</source>
        <translation>esquema:</translation>
    </message>
    <message>
        <source>read:</source>
        <translation>lectura:</translation>
    </message>
    <message>
        <source>write:</source>
        <translation>escritura:</translation>
    </message>
    <message>
        <source>erase customers:</source>
        <translation>borrar clientes:</translation>
    </message>
    <message>
        <source>as {user}</source>
        <translation>como {user}</translation>
    </message>
    <message>
        <source>a trial call was written and taken back</source>
        <translation>se escribió una llamada de prueba y se deshizo</translation>
    </message>
    <message>
        <source>this login has the lead role</source>
        <translation>este usuario tiene el rol de responsable</translation>
    </message>
    <message>
        <source>only logins with {role} may</source>
        <translation>solo pueden los usuarios con {role}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the key {key} is written twice in {what}</source>
        <translation>la clave {key} está escrita dos veces en {what}</translation>
    </message>
    <message>
        <source>a playbook file</source>
        <translation>un archivo de guion</translation>
    </message>
    <message>
        <source>a playbook needs a name</source>
        <translation>un guion necesita un nombre (name)</translation>
    </message>
    <message>
        <source>a playbook needs a language</source>
        <translation>un guion necesita un idioma (language)</translation>
    </message>
    <message>
        <source>a playbook needs a list of steps</source>
        <translation>un guion necesita una lista de pasos (steps)</translation>
    </message>
    <message>
        <source>not valid YAML: {reason}</source>
        <translation>YAML no válido: {reason}</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <extracomment>What can be wrong in a playbook file (``core.content``, context &quot;errors&quot;): each problem&apos;s template and the words put into it (&quot;the title of {label}&quot;, &quot;step {id}&quot;), rendered by ``ContentProblem.said_in`` in the window&apos;s or the command line&apos;s language; file names, lines, ids, keys and counts are the values, kept as written. A test keeps every template ``core.content`` writes listed here.</extracomment>
        <translation>no se puede leer el archivo: {reason}</translation>
    </message>
    <message>
        <source>Calmline cannot start: its data dir {path} cannot be used: {reason}. Make it writable, or choose another with --data-dir DIR or {variable}.</source>
        <extracomment>Messages of the store and core that the command line prints (context &quot;errors&quot;), with ``{name}`` where a path, an id or a reason goes: ``cli_translation.tr_error`` matches a message against them, most particular first, and says it again in the language. A test keeps every message the store and the export target raise here.</extracomment>
        <translation>Calmline no puede iniciarse: su carpeta de datos {path} no se puede usar: {reason}. Dele permiso de escritura o elija otra con --data-dir DIR o {variable}.</translation>
    </message>
    <message>
        <source>Calmline cannot start: {problem}, and its window did not answer within {seconds} s (stopped or hung). End that Calmline, then start again.</source>
        <translation>Calmline no puede iniciarse: {problem}, y su ventana no respondió en {seconds} s (detenida o bloqueada). Cierre ese Calmline y vuelva a iniciarlo.</translation>
    </message>
    <message>
        <source>Calmline cannot start: {problem}; its window says: {message}</source>
        <translation>Calmline no puede iniciarse: {problem}; su ventana dice: {message}</translation>
    </message>
    <message>
        <source>Calmline cannot start: {problem}</source>
        <translation>Calmline no puede iniciarse: {problem}</translation>
    </message>
    <message>
        <source>no playbook loaded.</source>
        <translation>no se ha cargado ningún guion.</translation>
    </message>
    <message>
        <source>the data dir {path} is on a network file system ({kind}); the call log must be on this PC&apos;s own disk, since SQLite cannot lock a file over the network and a shared file gets corrupted. To share calls with the team, keep the data dir local (--data-dir or CALMLINE_DATA_DIR) and configure the team log (team_log in settings.json; see docs/team-log.md)</source>
        <translation>la carpeta de datos {path} está en un sistema de archivos de red ({kind}); el registro de llamadas debe estar en el disco de este PC, porque SQLite no puede bloquear un archivo a través de la red y un archivo compartido se daña. Para compartir llamadas con el equipo, deje la carpeta de datos en este PC (--data-dir o CALMLINE_DATA_DIR) y configure el registro del equipo (team_log en settings.json; vea docs/team-log.md)</translation>
    </message>
    <message>
        <source>a network share</source>
        <translation>una carpeta compartida de red</translation>
    </message>
    <message>
        <source>Calmline is already running for {folder}; brought its window to the front.</source>
        <translation>Calmline ya está abierto con la carpeta de datos {folder}; se ha traído su ventana al frente.</translation>
    </message>
    <message>
        <source>Calmline is already running for {folder}; the call was opened there.</source>
        <translation>Calmline ya está abierto con la carpeta de datos {folder}; la llamada se ha abierto allí.</translation>
    </message>
    <message numerus="yes">
        <source>{problem}. It was moved to {path} (nothing was deleted); the %n call(s) that could still be read were copied into a fresh log{detail}.</source>
        <translation>
            <numerusform>{problem}. Se ha movido a {path} (no se ha borrado nada); la %n llamada que aún se podía leer se ha copiado a un registro nuevo{detail}.</numerusform>
            <numerusform>{problem}. Se ha movido a {path} (no se ha borrado nada); las %n llamadas que aún se podían leer se han copiado a un registro nuevo{detail}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n call(s) could not be read and are only in the moved file</source>
        <translation>
            <numerusform>; %n llamada no se pudo leer y solo está en el archivo movido</numerusform>
            <numerusform>; %n llamadas no se pudieron leer y solo están en el archivo movido</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}. It was moved to {path} (nothing was deleted) and a fresh, empty log was started.</source>
        <translation>{problem}. Se ha movido a {path} (no se ha borrado nada) y se ha empezado un registro nuevo, vacío.</translation>
    </message>
    <message>
        <source>{problem}. Calls are kept in memory and written as soon as the log can be written.</source>
        <translation>{problem}. Las llamadas se guardan en memoria y se escriben en cuanto se pueda escribir el registro.</translation>
    </message>
    <message>
        <source>Old calls could not be purged: {problem}</source>
        <translation>No se han podido borrar las llamadas antiguas: {problem}</translation>
    </message>
    <message>
        <source>{problem}. The team log is off until this is fixed.</source>
        <translation>{problem}. El registro del equipo queda desactivado hasta que se corrija.</translation>
    </message>
    <message>
        <source>a password does not belong in the team log setting: put it in libpq&apos;s password file (~/.pgpass on Linux and macOS, %APPDATA%\postgresql\pgpass.conf on Windows, or the file PGPASSFILE names) or use a service file, and leave it out of the connection string</source>
        <translation>una contraseña no va en el ajuste del registro del equipo: póngala en el archivo de contraseñas de libpq (~/.pgpass en Linux y macOS, %APPDATA%\postgresql\pgpass.conf en Windows, o el archivo que indique PGPASSFILE) o use un archivo de servicio, y quítela de la cadena de conexión</translation>
    </message>
    <message>
        <source>Remote control (calmline ctl) is off: cannot listen on {name}: {reason}</source>
        <translation>El control remoto (calmline ctl) está desactivado: no se puede escuchar en {name}: {reason}</translation>
    </message>
    <message>
        <source>{problem}; the phone is not connected</source>
        <translation>{problem}; el teléfono no está conectado</translation>
    </message>
    <message>
        <source>softphone {setting}: unknown phone program {kind} (known: {known}; e.g. baresip:127.0.0.1:4444)</source>
        <translation>softphone {setting}: programa de teléfono desconocido {kind} (conocidos: {known}; p. ej. baresip:127.0.0.1:4444)</translation>
    </message>
    <message>
        <source>softphone {setting}: expected {kind}:HOST:PORT, e.g. {example}</source>
        <translation>softphone {setting}: se esperaba {kind}:HOST:PUERTO, p. ej. {example}</translation>
    </message>
    <message>
        <source>softphone {setting}: {host} is not this computer; the phone program&apos;s control port must be on 127.0.0.1 (it has no password)</source>
        <translation>softphone {setting}: {host} no es este equipo; el puerto de control del programa de teléfono debe estar en 127.0.0.1 (no tiene contraseña)</translation>
    </message>
    <message>
        <source>the file is over 1 MB; a playbook is far smaller</source>
        <translation>el archivo supera 1 MB; un guion es mucho más pequeño</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation>el archivo no es texto UTF-8; guárdelo como UTF-8</translation>
    </message>
    <message>
        <source>the file holds a control character ({code}); remove it</source>
        <translation>el archivo contiene un carácter de control ({code}); quítelo</translation>
    </message>
    <message>
        <source>more than {most} aliases (*name); write the values out instead</source>
        <translation>más de {most} alias (*nombre); escriba los valores completos</translation>
    </message>
    <message>
        <source>lists or mappings nest too deeply</source>
        <translation>las listas o los mapas se anidan demasiado</translation>
    </message>
    <message>
        <source>the file expands to too many values (an alias bomb?)</source>
        <translation>el archivo se expande a demasiados valores (¿una bomba de alias?)</translation>
    </message>
    <message>
        <source>lists or mappings nest deeper than {most} levels</source>
        <translation>las listas o los mapas se anidan en más de {most} niveles</translation>
    </message>
    <message>
        <source>keys must be plain words</source>
        <translation>las claves deben ser palabras sencillas</translation>
    </message>
    <message>
        <source>unexpected kind of YAML node</source>
        <translation>tipo de nodo YAML inesperado</translation>
    </message>
    <message>
        <source>the tag {tag} is not allowed; content files hold plain text, lists and mappings</source>
        <translation>la etiqueta {tag} no está permitida; los archivos de contenido solo llevan texto, listas y mapas</translation>
    </message>
    <message>
        <source>unexpected value</source>
        <translation>valor inesperado</translation>
    </message>
    <message>
        <source>{what} must be a mapping of keys to values</source>
        <translation>{what} debe ser un mapa de claves y valores</translation>
    </message>
    <message>
        <source>unknown key {key} in {what}{hint}</source>
        <translation>clave desconocida {key} en {what}{hint}</translation>
    </message>
    <message>
        <source>{what} must be a list</source>
        <translation>{what} debe ser una lista</translation>
    </message>
    <message>
        <source>{what} must be text, not {kind}</source>
        <translation>{what} debe ser texto, no {kind}</translation>
    </message>
    <message>
        <source>{what} is empty</source>
        <translation>{what} está en blanco</translation>
    </message>
    <message>
        <source>{what} is {count} characters; at most {most} fit</source>
        <translation>{what} tiene {count} caracteres; caben como mucho {most}</translation>
    </message>
    <message>
        <source>{what} cannot use placeholders; only card text is filled in</source>
        <translation>{what} no puede llevar marcadores; solo se rellena el texto de las tarjetas</translation>
    </message>
    <message>
        <source>{what} must be an id, not {kind}</source>
        <translation>{what} debe ser un id, no {kind}</translation>
    </message>
    <message>
        <source>{what} {id} is not a valid id: use lower-case letters, digits, - and _, at most 60</source>
        <translation>{what} {id} no es un id válido: use minúsculas, cifras, - y _, como mucho 60</translation>
    </message>
    <message>
        <source>an entry of {what}</source>
        <translation>una entrada de {what}</translation>
    </message>
    <message>
        <source>{what} must be true or false, not {kind}</source>
        <translation>{what} debe ser true o false, no {kind}</translation>
    </message>
    <message>
        <source>unknown placeholder {placeholder} in {what}{hint}; known: {known}</source>
        <translation>marcador desconocido {placeholder} en {what}{hint}; los que hay: {known}</translation>
    </message>
    <message>
        <source>{what} must map placeholder names to wording</source>
        <translation>{what} debe asignar un texto a cada nombre de marcador</translation>
    </message>
    <message>
        <source>unknown placeholder {name} in {what}{hint}</source>
        <translation>marcador desconocido {name} en {what}{hint}</translation>
    </message>
    <message>
        <source>the fallback for {placeholder}</source>
        <translation>el texto de reserva de {placeholder}</translation>
    </message>
    <message>
        <source>{what} has more than {most} entries</source>
        <translation>{what} tiene más de {most} entradas</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un mapa</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>say which format the file is written in: add &apos;format: {version}&apos;</source>
        <translation>indique en qué formato está escrito el archivo: añada &apos;format: {version}&apos;</translation>
    </message>
    <message>
        <source>format must be a whole number such as {version}</source>
        <translation>format debe ser un número entero, como {version}</translation>
    </message>
    <message>
        <source>written for a newer Calmline (format {found}); this one reads format {version}</source>
        <translation>escrito para un Calmline más nuevo (formato {found}); este lee el formato {version}</translation>
    </message>
    <message>
        <source>there is no format {found}; use {version}</source>
        <translation>no existe el formato {found}; use {version}</translation>
    </message>
    <message>
        <source>a file either defines a playbook (id) or changes one (extends), not both</source>
        <translation>un archivo define un guion (id) o modifica uno (extends), no las dos cosas</translation>
    </message>
    <message>
        <source>the playbook id</source>
        <translation>el id del guion</translation>
    </message>
    <message>
        <source>a playbook needs an id (or &apos;extends: ID&apos; to change an existing one)</source>
        <translation>un guion necesita un id (o &apos;extends: ID&apos; para modificar uno que ya existe)</translation>
    </message>
    <message>
        <source>the playbook name</source>
        <translation>el nombre del guion</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>la descripción</translation>
    </message>
    <message>
        <source>the playbook tags</source>
        <translation>las etiquetas del guion</translation>
    </message>
    <message>
        <source>the language</source>
        <translation>el idioma</translation>
    </message>
    <message>
        <source>language {code} should be a code such as en, de or pt-BR</source>
        <translation>el idioma {code} debe ser un código como en, de o pt-BR</translation>
    </message>
    <message>
        <source>categories is empty; list at least one, such as &apos;other&apos;</source>
        <translation>categories está vacío; ponga al menos una, como &apos;other&apos;</translation>
    </message>
    <message>
        <source>the category {category} is listed twice</source>
        <translation>la categoría {category} aparece dos veces</translation>
    </message>
    <message>
        <source>required must be a list of log-entry fields, e.g. [category]</source>
        <translation>required debe ser una lista de campos del registro, p. ej. [category]</translation>
    </message>
    <message>
        <source>unknown log-entry field {name} in required{hint}; known: {known}</source>
        <translation>campo del registro desconocido {name} en required{hint}; los que hay: {known}</translation>
    </message>
    <message>
        <source>duplicate id {id} in {what} (first on line {first})</source>
        <translation>id repetido {id} en {what} (aparece antes en la línea {first})</translation>
    </message>
    <message>
        <source>step {id}</source>
        <translation>el paso {id}</translation>
    </message>
    <message>
        <source>situation {id}</source>
        <translation>la situación {id}</translation>
    </message>
    <message>
        <source>card {id}</source>
        <translation>la tarjeta {id}</translation>
    </message>
    <message>
        <source>a step</source>
        <translation>un paso</translation>
    </message>
    <message>
        <source>step needs an id</source>
        <translation>el paso necesita un id</translation>
    </message>
    <message>
        <source>the step id</source>
        <translation>el id del paso</translation>
    </message>
    <message>
        <source>a situation</source>
        <translation>una situación</translation>
    </message>
    <message>
        <source>situation needs an id</source>
        <translation>la situación necesita un id</translation>
    </message>
    <message>
        <source>the situation id</source>
        <translation>el id de la situación</translation>
    </message>
    <message>
        <source>a card</source>
        <translation>una tarjeta</translation>
    </message>
    <message>
        <source>card needs an id</source>
        <translation>la tarjeta necesita un id</translation>
    </message>
    <message>
        <source>the card id</source>
        <translation>el id de la tarjeta</translation>
    </message>
    <message>
        <source>disabled on {label}</source>
        <translation>disabled en {label}</translation>
    </message>
    <message>
        <source>the title of {label}</source>
        <translation>el título en {label}</translation>
    </message>
    <message>
        <source>the text of {label}</source>
        <translation>el texto en {label}</translation>
    </message>
    <message>
        <source>the tags of {label}</source>
        <translation>las etiquetas en {label}</translation>
    </message>
    <message>
        <source>the fallbacks of {label}</source>
        <translation>los textos de reserva en {label}</translation>
    </message>
    <message>
        <source>delivery of {label} must be one of {choices}, not {value}{hint}</source>
        <translation>delivery en {label} debe ser uno de estos: {choices}; no {value}{hint}</translation>
    </message>
    <message>
        <source>the priority of {label} must be a whole number from 1 (most used) to {most}, not {value}</source>
        <translation>la prioridad en {label} debe ser un número entero de 1 (la más usada) a {most}, no {value}</translation>
    </message>
    <message>
        <source>title of {label}</source>
        <translation>el título en {label}</translation>
    </message>
    <message>
        <source>goal of {label}</source>
        <translation>el objetivo en {label}</translation>
    </message>
    <message>
        <source>move on when of {label}</source>
        <translation>el cuándo avanzar en {label}</translation>
    </message>
    <message>
        <source>the cards of {label}</source>
        <translation>las tarjetas en {label}</translation>
    </message>
    <message>
        <source>&apos;after&apos; of {label}</source>
        <translation>&apos;after&apos; en {label}</translation>
    </message>
    <message>
        <source>the {key} reminders of {label}</source>
        <translation>los recordatorios {key} en {label}</translation>
    </message>
    <message>
        <source>&apos;asks_for&apos; of {label}</source>
        <translation>&apos;asks_for&apos; en {label}</translation>
    </message>
    <message>
        <source>&apos;asks_for&apos; of {label} names {name}, which is no log field a step can ask for (known: {known}){hint}</source>
        <translation>&apos;asks_for&apos; en {label} nombra {name}, que no es un campo del registro que un paso pueda pedir (los que hay: {known}){hint}</translation>
    </message>
    <message>
        <source>the advice of {label}</source>
        <translation>el consejo en {label}</translation>
    </message>
    <message>
        <source>the keywords of {label}</source>
        <translation>las palabras clave en {label}</translation>
    </message>
    <message>
        <source>a new step</source>
        <translation>un paso nuevo</translation>
    </message>
    <message>
        <source>a new situation</source>
        <translation>una situación nueva</translation>
    </message>
    <message>
        <source>a new card</source>
        <translation>una tarjeta nueva</translation>
    </message>
    <message>
        <source>playbook {id}</source>
        <translation>el guion {id}</translation>
    </message>
    <message>
        <source>at least one card</source>
        <translation>al menos una tarjeta</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>{label} needs {needs}</source>
        <translation>{label} necesita {needs}</translation>
    </message>
    <message>
        <source>{label} is not in {target}{hint}; {new} needs {needs}</source>
        <translation>{label} no está en {target}{hint}; {new} necesita {needs}</translation>
    </message>
    <message>
        <source>cannot disable card {id}: it is not here in {target}{hint}</source>
        <translation>no se puede desactivar la tarjeta {id}: no está aquí en {target}{hint}</translation>
    </message>
    <message>
        <source>card {id} has a fallback for {placeholder} but its text never uses it</source>
        <translation>la tarjeta {id} tiene un texto de reserva para {placeholder}, pero su texto nunca lo usa</translation>
    </message>
    <message>
        <source>&apos;after: {step}&apos; names no step{hint}</source>
        <translation>&apos;after: {step}&apos; no nombra ningún paso{hint}</translation>
    </message>
    <message>
        <source>cannot disable step {id}: {target} has no such step{hint}</source>
        <translation>no se puede desactivar el paso {id}: {target} no tiene ese paso{hint}</translation>
    </message>
    <message>
        <source>cannot disable situation {id}: {target} has no such situation{hint}</source>
        <translation>no se puede desactivar la situación {id}: {target} no tiene esa situación{hint}</translation>
    </message>
    <message>
        <source>{target} has no steps left</source>
        <translation>{target} se queda sin pasos</translation>
    </message>
    <message>
        <source>reescalate_to names the step {id}, which is not in {target}{hint}</source>
        <translation>reescalate_to nombra el paso {id}, que no está en {target}{hint}</translation>
    </message>
    <message>
        <source>duplicate card id {id}: used in {first} and {second}</source>
        <translation>id de tarjeta repetido {id}: se usa en {first} y en {second}</translation>
    </message>
    <message>
        <source>this file changes a playbook; it is not one</source>
        <translation>este archivo modifica un guion; no es un guion</translation>
    </message>
    <message>
        <source>duplicate playbook id {id}: {first} has it too</source>
        <translation>id de guion repetido {id}: {first} también lo tiene</translation>
    </message>
    <message>
        <source>extends {id}, but no such playbook is loaded{hint} (loaded: {known})</source>
        <translation>extends {id}, pero no hay ningún guion cargado con ese id{hint} (cargados: {known})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source> (did you mean {choice}?)</source>
        <translation> (¿quería decir {choice}?)</translation>
    </message>
    <message>
        <source>cannot read the settings, using defaults: {reason}</source>
        <extracomment>What the start finds wrong besides a playbook&apos;s mistakes, kept as words with values (``Said``, context &quot;errors&quot;): the settings file (``core.settings``), the playbook language (``core.content.languages``), the content library&apos;s notices (``core.content.library``) and the keymap (``core.keymap``). The window says them in the agent&apos;s language at start; file names, keys, ids and dates are the values, kept as written. A test keeps every template listed here.</extracomment>
        <translation>no se pueden leer los ajustes; se usan los valores por defecto: {reason}</translation>
    </message>
    <message>
        <source>settings must be a JSON object; using defaults</source>
        <translation>los ajustes deben ser un objeto JSON; se usan los valores por defecto</translation>
    </message>
    <message>
        <source>unknown setting, ignored{hint}</source>
        <translation>ajuste desconocido, no se tiene en cuenta{hint}</translation>
    </message>
    <message>
        <source>expected {expected}, found {found}; using {default}</source>
        <translation>se esperaba {expected} y hay {found}; se usa {default}</translation>
    </message>
    <message>
        <source>no playbooks in the language {wanted}; the playbook languages are {languages}; using English (en)</source>
        <translation>no hay guiones en el idioma {wanted}; los idiomas de los guiones son {languages}; se usa el inglés (en)</translation>
    </message>
    <message>
        <source>No playbook could be loaded.</source>
        <translation>No se ha podido cargar ningún guion.</translation>
    </message>
    <message>
        <source>The playbook {id} is not available{hint}; using {chosen} instead.</source>
        <translation>El guion {id} no está disponible{hint}; se usa {chosen} en su lugar.</translation>
    </message>
    <message>
        <source>The built-in playbooks cannot be read ({reason}).</source>
        <translation>No se pueden leer los guiones incluidos ({reason}).</translation>
    </message>
    <message>
        <source>Your own playbook folder {folder} cannot be read ({reason}).</source>
        <translation>No se puede leer su carpeta de guiones {folder} ({reason}).</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>not found or not a folder</source>
        <translation>no existe o no es una carpeta</translation>
    </message>
    <message>
        <source>The team playbook folder {folder} cannot be reached ({reason}) and there is no earlier copy of it; team content is left out until it is back.</source>
        <translation>No se puede acceder a la carpeta de guiones del equipo {folder} ({reason}) y no hay ninguna copia anterior; los guiones del equipo quedan fuera hasta que vuelva.</translation>
    </message>
    <message>
        <source>The team playbook folder {folder} cannot be reached ({reason}); using the copy {since}.</source>
        <translation>No se puede acceder a la carpeta de guiones del equipo {folder} ({reason}); se usa la copia {since}.</translation>
    </message>
    <message>
        <source>that loaded on {when}</source>
        <translation>que se cargó el {when}</translation>
    </message>
    <message>
        <source>that last loaded cleanly</source>
        <translation>que se cargó sin errores por última vez</translation>
    </message>
    <message>
        <source>Could not keep a copy of the team playbooks: {reason}</source>
        <translation>No se ha podido guardar una copia de los guiones del equipo: {reason}</translation>
    </message>
    <message>
        <source>unknown modifier {modifier}</source>
        <translation>modificador desconocido {modifier}</translation>
    </message>
    <message>
        <source>unknown key {key}</source>
        <translation>tecla desconocida {key}</translation>
    </message>
    <message>
        <source>unknown key name {name}</source>
        <translation>nombre de tecla desconocido {name}</translation>
    </message>
    <message>
        <source>empty key</source>
        <translation>tecla vacía</translation>
    </message>
    <message>
        <source>cannot read key {key}: a &apos;+&apos; with nothing beside it</source>
        <translation>no se puede leer la tecla {key}: hay un &apos;+&apos; sin nada al lado</translation>
    </message>
    <message>
        <source>unknown modifier {modifier} in {key}</source>
        <translation>modificador desconocido {modifier} en {key}</translation>
    </message>
    <message>
        <source>modifier {modifier} given twice in {key}</source>
        <translation>el modificador {modifier} aparece dos veces en {key}</translation>
    </message>
    <message>
        <source>{key} is a text-editing key and stays with the text fields</source>
        <translation>{key} es una tecla de edición de texto y se reserva para los campos de texto</translation>
    </message>
    <message>
        <source>cannot read the keymap: {reason}</source>
        <translation>no se puede leer el archivo de teclas: {reason}</translation>
    </message>
    <message>
        <source>a keymap is a list of &apos;key: command&apos;</source>
        <translation>un archivo de teclas es una lista de &apos;tecla: comando&apos;</translation>
    </message>
    <message>
        <source>each entry is &apos;key: command line&apos;</source>
        <translation>cada entrada es &apos;tecla: línea de comando&apos;</translation>
    </message>
    <message>
        <source>{command}: option --{option} needs a value</source>
        <translation>{command}: la opción --{option} necesita un valor</translation>
    </message>
    <message>
        <source>{command}: unknown option --{option} (known options: {known})</source>
        <translation>{command}: opción desconocida --{option} (opciones conocidas: {known})</translation>
    </message>
    <message>
        <source>{command}: too many arguments ({count} given); usage: {usage}</source>
        <translation>{command}: demasiados argumentos ({count} dados); uso: {usage}</translation>
    </message>
    <message>
        <source>{command}: missing &lt;{argument}&gt;; usage: {usage}</source>
        <translation>{command}: falta &lt;{argument}&gt;; uso: {usage}</translation>
    </message>
    <message>
        <source>{command}: &lt;{argument}&gt; must be a whole number, not {value}</source>
        <translation>{command}: &lt;{argument}&gt; debe ser un número entero, no {value}</translation>
    </message>
    <message>
        <source>unknown command {name}{hint}</source>
        <translation>comando desconocido {name}{hint}</translation>
    </message>
    <message>
        <source>cannot read command {line}: {reason}</source>
        <translation>no se puede leer el comando {line}: {reason}</translation>
    </message>
    <message>
        <source>empty command</source>
        <translation>comando vacío</translation>
    </message>
    <message numerus="yes">
        <source>{path} was skipped (%n problems); the rest of the content loaded without it.</source>
        <translation>
            <numerusform>{path} se ha omitido (%n problema); el resto de los guiones se ha cargado sin él.</numerusform>
            <numerusform>{path} se ha omitido (%n problemas); el resto de los guiones se ha cargado sin él.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown field {name} (known: {known})</source>
        <extracomment>What a command says when it cannot be done (``CommandError`` in ``core.commands`` and the desk, ``SessionError`` in ``core.session``; context &quot;errors&quot;): the window says it in its language as a toast and as the reply ``calmline ctl`` prints. Command, option and field names, ids, numbers and usages are the values, kept as written. A test keeps every template listed here.</extracomment>
        <translation>campo desconocido {name} (conocidos: {known})</translation>
    </message>
    <message>
        <source>{name} is {length} characters long; at most {most} are taken</source>
        <translation>{name} tiene {length} caracteres; se toman como mucho {most}</translation>
    </message>
    <message>
        <source>phone {text} is not a phone number (digits, + ( ) - . * # only)</source>
        <translation>teléfono {text} no es un número de teléfono (solo dígitos y + ( ) - . * #)</translation>
    </message>
    <message>
        <source>not saved: the call needs {fields} (fill them in or give {options})</source>
        <translation>no se ha guardado: a la llamada le faltan {fields} (rellénelos o indique {options})</translation>
    </message>
    <message>
        <source>call {id}: {problem}</source>
        <translation>llamada {id}: {problem}</translation>
    </message>
    <message>
        <source>{command}: starting — try again in a moment</source>
        <translation>{command}: iniciándose; inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <source>playbook {id} has no steps</source>
        <translation>el guion {id} no tiene pasos</translation>
    </message>
    <message numerus="yes">
        <source>there is no step {number}; this playbook has %n</source>
        <translation>
            <numerusform>no hay paso {number}; este guion tiene %n paso</numerusform>
            <numerusform>no hay paso {number}; este guion tiene %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no step called {id}</source>
        <translation>no hay ningún paso llamado {id}</translation>
    </message>
    <message>
        <source>there is no situation called {id}</source>
        <translation>no hay ninguna situación llamada {id}</translation>
    </message>
    <message>
        <source>mood must be {least} to {most}, not {mood}</source>
        <translation>el ánimo debe ir de {least} a {most}, no {mood}</translation>
    </message>
    <message>
        <source>this call is already saved; start a new call</source>
        <translation>esta llamada ya está guardada; empiece una llamada nueva</translation>
    </message>
    <message numerus="yes">
        <source>there is no situation {number}; there are %n</source>
        <translation>
            <numerusform>no hay situación {number}; hay %n</numerusform>
            <numerusform>no hay situación {number}; hay %n</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no situation called {id} (known: {known})</source>
        <translation>no hay ninguna situación llamada {id} (conocidas: {known})</translation>
    </message>
    <message numerus="yes">
        <source>{where} has %n cards, no card {number}</source>
        <translation>
            <numerusform>{where} tiene %n tarjeta, no hay tarjeta {number}</numerusform>
            <numerusform>{where} tiene %n tarjetas, no hay tarjeta {number}</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no card called {id}</source>
        <translation>no hay ninguna tarjeta llamada {id}</translation>
    </message>
    <message>
        <source>set-field: unknown field {name} (fields: {fields})</source>
        <translation>set-field: campo desconocido {name} (campos: {fields})</translation>
    </message>
    <message>
        <source>a commitment needs to say what was promised</source>
        <translation>un compromiso debe decir qué se prometió</translation>
    </message>
    <message>
        <source>due {text} is not a date and time like {example}</source>
        <translation>el vencimiento {text} no es una fecha y hora como {example}</translation>
    </message>
    <message>
        <source>{what} {value} is not one of: {allowed}</source>
        <translation>{what} {value} no es ninguno de: {allowed}</translation>
    </message>
    <message>
        <source>no call is waiting</source>
        <translation>no hay ninguna llamada en espera</translation>
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
        <translation>no hay ningún guion llamado {id} (cargados: {known})</translation>
    </message>
    <message>
        <source>now using {name}, but the choice could not be saved: {reason}</source>
        <translation>ahora se usa {name}, pero la elección no se pudo guardar: {reason}</translation>
    </message>
    <message>
        <source>no window text in the language {code}; the languages are {languages}</source>
        <translation>no hay textos de la ventana en el idioma {code}; los idiomas son {languages}</translation>
    </message>
    <message>
        <source>the link has a &apos;#&apos; part; write &apos;#&apos; in a value as %23</source>
        <translation>el enlace tiene una parte &apos;#&apos;; escriba &apos;#&apos; en un valor como %23</translation>
    </message>
    <message>
        <source>the link has a second &apos;?&apos;; write &apos;?&apos; in a value as %3F</source>
        <translation>el enlace tiene un segundo &apos;?&apos;; escriba &apos;?&apos; en un valor como %3F</translation>
    </message>
    <message>
        <source>not a calmline: link (expected something like {example})</source>
        <translation>no es un enlace calmline: (se esperaba algo como {example})</translation>
    </message>
    <message>
        <source>unknown action {action}: a calmline: link can only open a call, as in {example}</source>
        <translation>acción desconocida {action}: un enlace calmline: solo puede abrir una llamada, como en {example}</translation>
    </message>
    <message>
        <source>unknown field {field} in the link (known: {known})</source>
        <translation>campo desconocido {field} en el enlace (conocidos: {known})</translation>
    </message>
    <message>
        <source>{field} is given twice in the link</source>
        <translation>{field} aparece dos veces en el enlace</translation>
    </message>
    <message>
        <source>a &apos;%&apos; not followed by two hex digits</source>
        <translation>un &apos;%&apos; sin dos dígitos hexadecimales detrás</translation>
    </message>
    <message>
        <source>its %-encoded bytes are not UTF-8 text</source>
        <translation>sus bytes codificados con % no son texto UTF-8</translation>
    </message>
    <message>
        <source>the link is {length} characters long; at most {most} are read</source>
        <translation>el enlace tiene {length} caracteres; se leen como máximo {most}</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>Calmline calls</source>
        <extracomment>The words of the exports people read (Markdown, PDF, the ticket note and the call viewer), from ``desktop_app/core/export``; ``ui.locale_formats`` hands them in translated. CSV column names and JSON Lines keys are a file format and stay English.</extracomment>
        <translation>Llamadas de Calmline</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Solución</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>Id de llamada</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>[open]</source>
        <translation>[pendiente]</translation>
    </message>
    <message>
        <source>[done]</source>
        <translation>[hecho]</translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation>vence {when}</translation>
    </message>
    <message>
        <source>(1 furious … 5 calm)</source>
        <translation>(1 furioso … 5 tranquilo)</translation>
    </message>
    <message>
        <source>Step: {step}</source>
        <translation>Paso: {step}</translation>
    </message>
    <message>
        <source>Left step: {step}</source>
        <translation>Salió del paso: {step}</translation>
    </message>
    <message>
        <source>Card used on {step}: {card}</source>
        <translation>Tarjeta usada en {step}: {card}</translation>
    </message>
    <message>
        <source>Situation on {step}: {situation}</source>
        <translation>Situación en {step}: {situation}</translation>
    </message>
    <message>
        <source>Mood: {mood} of {most}</source>
        <translation>Ánimo: {mood} de {most}</translation>
    </message>
    <message>
        <source>Flared up again on {step} (mood {mood} of {most})</source>
        <translation>Volvió a alterarse en {step} (ánimo {mood} de {most})</translation>
    </message>
    <message>
        <source>Flared up again on {step}</source>
        <translation>Volvió a alterarse en {step}</translation>
    </message>
    <message>
        <source>Phone rang ({caller})</source>
        <translation>Sonó el teléfono ({caller})</translation>
    </message>
    <message>
        <source>Phone rang</source>
        <translation>Sonó el teléfono</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <source>Phone call ended</source>
        <translation>Llamada telefónica terminada</translation>
    </message>
    <message>
        <source>Screen pop ({caller})</source>
        <translation>Ficha del cliente abierta ({caller})</translation>
    </message>
    <message>
        <source>Screen pop</source>
        <translation>Ficha del cliente abierta</translation>
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
Cliente: {customer_name} · {account} · {phone}
Motivo: {reason}
Solución: {resolution}
Compromisos:
{commitments}
Pasos: {timeline_short}
Ánimo: {mood}
Notas: {notes}
Agente: {agent_name} · {duration}</translation>
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
        <translation>Mayús</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <source>Calmline was closed during a call. Carry on with it?</source>
        <extracomment>Answers a question at once (tests and the self-test): True for yes.</extracomment>
        <translation>Calmline se cerró durante una llamada. ¿Continuar con ella?</translation>
    </message>
    <message>
        <source>Call started {started}</source>
        <translation>Llamada iniciada el {started}</translation>
    </message>
    <message>
        <source>Customer: {who}</source>
        <translation>Cliente: {who}</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation>Paso {number}</translation>
    </message>
    <message>
        <source>If not, it is kept in the call log as an unfinished call.</source>
        <translation>Si no, queda en el registro como llamada sin terminar.</translation>
    </message>
    <message>
        <source>Unfinished call from last time</source>
        <translation>Llamada sin terminar de la última vez</translation>
    </message>
    <message>
        <source>Carry on with it (Enter)</source>
        <translation>Continuar con ella (Intro)</translation>
    </message>
    <message>
        <source>Keep it in the log (Esc)</source>
        <translation>Dejarla en el registro (Esc)</translation>
    </message>
</context>
</TS>
