"""Text handling shared by the extractors: normalisation with offsets, sentence splitting."""

from relgraph.text.normalize import NormText, fold, lower, normalize
from relgraph.text.sentences import Sentence, split_sentences

__all__ = ["NormText", "Sentence", "fold", "lower", "normalize", "split_sentences"]
