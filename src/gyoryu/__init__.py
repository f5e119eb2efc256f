"""gyoryu (교류 · 交流): running cross-border AI-industry exchange between Korea, China and beyond."""

__version__ = "0.1.0"
