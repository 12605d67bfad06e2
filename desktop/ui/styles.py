"""The window's few colours for words that must stand out, in one place."""

ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#8a5a00"
OK_COLOUR = "#1b6e20"
ERROR_STYLE = f"color: {ERROR_COLOUR}; font-weight: bold;"
OK_STYLE = f"color: {OK_COLOUR}; font-weight: bold;"
