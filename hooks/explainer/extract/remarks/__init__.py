"""Remarks: which quotes repeat the same remark (across articles).

Reads: `Quote`s. Produces: the same quotes, each linked to the others that repeat it.
"""

from explainer.extract.remarks.link import link_remarks

__all__ = ["link_remarks"]
