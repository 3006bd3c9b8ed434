"""Text handling shared by the extractors: normalisation with offsets, sentence splitting."""

from relgraph.text.normalize import NormText, fold, normalize
from relgraph.text.sentences import Sentence, split_sentences

__all__ = ["NormText", "Sentence", "fold", "normalize", "split_sentences"]
