"""scripts/evaluate.py's scorers, one module per stage, all matching through match.py.

Importing the package puts hooks/ on sys.path, so the scorers can import explainer."""

import sys
from pathlib import Path

_HOOKS = str(Path(__file__).resolve().parents[2] / "hooks")
if _HOOKS not in sys.path:
    sys.path.insert(0, _HOOKS)
