"""The built-in stages, each an ordinary plugin module over pure functions."""

BUILTIN_STAGES = (
    "copydesk.stages.lexicon",
    "copydesk.stages.text",
    "copydesk.stages.header",
    "copydesk.stages.dates",
    "copydesk.stages.names",
    "copydesk.stages.quotes",
    "copydesk.stages.speakers",
    "copydesk.stages.sources",
)
"""Module names of the built-in plugins, registered in this order."""
