"""The agent's desk: ties the call session, the content and the call log together.

Plain Python (no Qt): it registers the call commands that a key, a menu, the
self-test or ``calmline ctl`` run, and talks to the user through the small
``Effects`` service that the UI implements.
"""
