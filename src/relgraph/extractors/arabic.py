"""The Arabic extractor (work in progress)."""
