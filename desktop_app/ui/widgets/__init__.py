"""Small widgets and the shared look: style, text sizes, toasts, notice bars, layouts, the icon."""
