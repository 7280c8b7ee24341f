"""Renderers: leaves that draw one result object as text, JSON, Markdown or HTML."""
