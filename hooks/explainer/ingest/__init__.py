"""Ingest: read the seeds folder into articles and sentences.

Reads: the files in the seeds folder (.txt, .md, .html; bytes, any encoding). Produces:
`Article`s (metadata inferred from stamp lines, front matter or HTML meta; boilerplate
removed; text as `Block`s), `Problem`s for unusable seeds, and each article's `Sentence`s.
"""

from explainer.ingest._read import decode, too_large
from explainer.ingest.seeds import FORMATS, read_seeds
from explainer.ingest.sentences import split_sentences

__all__ = ["FORMATS", "decode", "read_seeds", "split_sentences", "too_large"]
