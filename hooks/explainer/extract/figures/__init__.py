"""Figures: the numbers an article states and what each one counts.

Reads: an article's `Sentence`s. Produces: `Figure`s (value, unit or counted noun, subject,
the sentence).
"""

from explainer.extract.figures.find import find_figures

__all__ = ["find_figures"]
