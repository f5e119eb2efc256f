"""The web app: server-rendered pages (Jinja2 + htmx) and the JSON API over the same services."""
