"""What keeps the window safe and reachable: remote control, autosave, durability, live content."""
