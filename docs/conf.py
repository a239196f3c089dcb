"""Sphinx configuration for the copydesk documentation.

Builds offline: no intersphinx, no remote images, no Mermaid. Warnings are
errors in CI (``sphinx-build -W``), so every cross-reference must resolve;
references into the standard library and third-party packages are ignored
explicitly below rather than silently.
"""

from __future__ import annotations

import copydesk

project = "copydesk"
author = "copydesk engineers"
copyright = "copydesk engineers"
release = copydesk.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
# figures.md is included into the accuracy and speed pages, not built alone.
exclude_patterns = ["_build", "figures.md", "requirements.txt"]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_preserve_defaults = True

# Every reference inside copydesk must resolve; these live in the standard
# library or in dependencies, which are not cross-linked (no intersphinx).
nitpicky = True
nitpick_ignore_regex = [
    (r"py:.*", r"(datetime|collections\.abc|typing|enum|types|contextlib)\..*"),
    (r"py:.*", r"(pluggy|attrs|attr|cattrs|dateutil)(\..*)?"),
    (r"py:class", r"(date|datetime|relativedelta|Iterable|Iterator|Callable|Mapping|Any)"),
    (r"py:class", r"(str|int|float|bool|bytes|object|None|NoneType|tuple|list|dict)"),
    (r"py:class", r"(frozenset|type|Exception|ValueError|TypeError)"),
    (r"py:class", r"T"),
    (r"py:class", r"copydesk\.[\w.]+\.T"),  # type variables are not documented objects
]

doctest_global_setup = """
import copydesk
"""

html_theme = "furo"
html_title = f"copydesk {release}"
html_static_path = ["_static"]
