"""Page builders: one module per generated page, each `build(ctx, path) -> str` (Markdown).

Builders choose, order, group and deduplicate in Python, then hand plain values to one template
each (templates/<page>.md.j2). They never touch files or MkDocs.
"""

from explainer.pages._context import PageContext, Settings
from explainer.pages._lang import extraction_language, main_language, strings

__all__ = ["PageContext", "Settings", "extraction_language", "main_language", "strings"]
