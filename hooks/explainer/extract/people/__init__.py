"""People: who is named in an article, with role, country and side.

Reads: an article's `Sentence`s. Produces: `Person`s (name, aliases, role, side, the
sentences that say so) and `Entity`s (organisations, places); `AliasIndex` finds their mentions.
"""

from explainer.extract.people._match import AliasIndex, Mention
from explainer.extract.people.find import find_people

__all__ = ["AliasIndex", "Mention", "find_people"]
