"""The team log: one call history for the whole contact centre, on PostgreSQL.

Each window keeps writing its local SQLite log first (``store.sqlite_log``,
with an outbox filled in the same transaction); a background thread
(``team.sync``) sends the outbox to the server and brings erasures back.
``team.config`` reads where the server is, ``team.server_schema`` builds and
upgrades its tables, ``team.server_log`` reads and writes them, and
``team.team_log`` joins the local log and the server for the window.
"""
