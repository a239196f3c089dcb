"""The stages: pure functions over the text, one stage a module.

Their hook implementations are in :mod:`copydesk.builtin`, so these modules
can be compiled with mypyc (``copydesk.compiled`` says whether they are).
"""
