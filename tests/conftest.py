"""Shared pytest options."""

import os

# A cached build only reads back what an earlier build computed: the tests that compare builds
# (determinism, hook against CLI) must compute each one. tests/test_cache.py turns it on itself.
os.environ["EXPLAINER_CACHE"] = "off"


def pytest_addoption(parser):
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="rewrite tests/golden/ from the current generator output instead of comparing",
    )
