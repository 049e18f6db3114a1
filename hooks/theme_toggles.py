"""MkDocs hook: Material's hidden toggles without the `autocomplete` attribute HTML forbids there.

Material's base.html puts autocomplete="off" on its two hidden checkboxes (drawer, search), which
the W3C validator reports on every page ("only allowed when the input type is ..."): the
attribute is only valid on text-like inputs. Material uses it to stop Firefox restoring the
checked state on back/forward navigation and reopening the menu; docs/javascripts/toggles.js does
that job instead (it unchecks both when a page is shown again).

Why a loader rather than a copy of base.html in overrides/: base.html names Material's hashed
asset files (bundle.<hash>.min.js), so a copy would break on the next Material release. This
reads the installed theme's own base.html and removes only that attribute from those two inputs.
If Material changes the markup, nothing is removed and the validator test says so.
"""

from __future__ import annotations

import re

import jinja2

TOGGLE = re.compile(r'(<input class="md-toggle"[^>]*type="checkbox"[^>]*?) autocomplete="off"')


def without_autocomplete(source: str) -> str:
    return TOGGLE.sub(r"\1", source)


class _Loader(jinja2.BaseLoader):
    def __init__(self, inner: jinja2.BaseLoader):
        self.inner = inner

    def get_source(self, environment, template):
        source, filename, uptodate = self.inner.get_source(environment, template)
        if template == "base.html":
            source = without_autocomplete(source)
        return source, filename, uptodate

    def list_templates(self):
        return self.inner.list_templates()


def on_env(env, config, files):
    if not isinstance(env.loader, _Loader):
        env.loader = _Loader(env.loader)
    return env
