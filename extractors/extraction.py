"""The extractor as a spaCy pipeline: mecab tokens -> words -> people -> meetings.

Each step is a registered spaCy component, so `build_nlp().pipe_names` lists them and displaCy
renders the persons found (`doc.ents`, and `doc.spans["persons"]` with coreferent mentions).
"""
from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractors.dates import find_dates, parse_published
from extractors.meetings import MeetingFinder, meeting_window, needy_sentences
from extractors.people import BYLINE_AFTER, PeopleFinder, plausible_name
from extractors.records import MeetingMention
from extractors.relevance import reading_spans
from extractors.spacy_doc import MecabTokenizer, blank_korean
from extractors.statistical_ner import predict_spans
from extractors.words import words_of


for _name in ("words", "people", "meetings"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.component("hoedong_words")
def words_component(doc: Doc) -> Doc:
    """Words up to where a meeting can still be reported (none in an article with no trigger)."""
    doc._.words = words_of(doc, meeting_window(doc.user_data["text"]))
    return doc


@Language.component("hoedong_people")
def people_component(doc: Doc) -> Doc:
    ner_spans = [(s.start_char, s.end_char) for s in doc.spans.get("ner_ps", [])]
    finder = PeopleFinder(doc._.words, doc.user_data["text"], ner_spans)
    mentions = finder.find()
    doc._.people = mentions
    spans = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, label="PS", alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans["persons"] = spans
    doc.ents = [Span(doc, s.start, s.end, label="PS") for s in filter_spans(spans)]
    return doc


@Language.component("hoedong_meetings")
def meetings_component(doc: Doc) -> Doc:
    published = doc.user_data.get("published")
    text = doc.user_data["text"]
    doc._.meetings = MeetingFinder(text, doc._.words, doc._.people, find_dates(text, published), published).run()
    return doc


@Language.component("hoedong_name_fallback")
def name_fallback_component(doc: Doc) -> Doc:
    """The statistical NER, where the patterns left a meeting sentence short of a counterpart.

    The CRF costs several times the tokenizer per article, so it reads only the sentences with a
    strong meeting trigger that yielded no meeting, and the words, people and meetings
    components run again with its PS spans when it finds a name they did not (on fresh words:
    the people finder repairs mecab's readings of the words in place).
    """
    text = doc.user_data["text"]
    needy = needy_sentences(text, doc._.words, doc._.people, doc._.meetings)
    if not needy:
        return doc
    known = {(m.start, m.end) for m in doc._.people}
    spans = []
    for start, end in needy:
        sentence = doc.char_span(start, end, alignment_mode="expand")
        if sentence is None:
            continue
        for span in predict_spans(sentence.as_doc()):
            a, b = start + span.start_char, start + span.end_char
            if span.label_ == "PS" and (a, b) not in known and plausible_name(text[a:b]) and \
                    not BYLINE_AFTER.match(text, b):
                spans.append(Span(doc, *_token_range(doc, a, b), label="PS"))
    if spans:
        doc.spans["ner_ps"] = spans
        doc = meetings_component(people_component(words_component(doc)))
    return doc


def _token_range(doc: Doc, a: int, b: int) -> tuple[int, int]:
    span = doc.char_span(a, b, alignment_mode="expand")
    return span.start, span.end


@lru_cache(maxsize=1)
def build_nlp() -> Language:
    """The hoedong pipeline (tokenizer: konlpy Mecab morphemes of the sentences that matter)."""
    nlp = blank_korean()
    nlp.tokenizer = MecabTokenizer(nlp.vocab, reading=reading_spans)
    nlp.add_pipe("hoedong_words")
    nlp.add_pipe("hoedong_people")
    nlp.add_pipe("hoedong_meetings")
    nlp.add_pipe("hoedong_name_fallback")
    return nlp


def analyze_article(text: str, published_at: datetime | str | None = None) -> Doc:
    """Run the whole pipeline; the publication time anchors relative dates."""
    nlp = build_nlp()
    doc = nlp.make_doc(text)
    doc.user_data["published"] = parse_published(published_at)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def extract(text: str, published_at: datetime | str | None = None) -> list[MeetingMention]:
    """Meetings reported in one article (title + body), as mentions with their sentence spans."""
    return list(analyze_article(text, published_at)._.meetings)
