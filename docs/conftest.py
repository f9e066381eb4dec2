"""Collect the Markdown pages as doctests; the Sphinx configuration is not a test module."""

collect_ignore = ["conf.py", "_ext", "_build"]
