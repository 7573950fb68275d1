"""convo.asr.guards: hallucination guards on Whisper segments and words (no model needed)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from convo.asr.guards import (
    GuardOptions,
    clean_words,
    collapse_repeats,
    compression_ratio,
    is_subtitle_credit,
    segment_rejected,
    strip_annotations,
)

OPTIONS = GuardOptions()


def words(text: str, p: float = 0.9) -> list[dict]:
    """Whisper-style words: a leading space on each, 0.3 s apiece."""
    return [
        {"word": f" {token}", "start_s": 0.3 * i, "end_s": 0.3 * i + 0.25, "probability": p}
        for i, token in enumerate(text.split())
    ]


def text(ws: list[dict]) -> str:
    return "".join(w["word"] for w in ws).strip()


def collapse(ws: list[dict], max_repeats: int = 2, max_phrase_words: int = 8) -> list[dict]:
    return collapse_repeats(ws, max_repeats=max_repeats, max_phrase_words=max_phrase_words)


# --- collapse_repeats ---------------------------------------------------------------------


def test_looped_phrase_keeps_two_copies():
    looped = words("thank you so much. " * 6)
    kept = collapse(looped)
    assert text(kept) == "thank you so much. thank you so much."
    assert kept == looped[:8]  # the first copies, timings untouched


def test_loop_inside_speech_is_cut_out_of_the_middle():
    ws = words("okay " + "I can help with that " * 5 + "what is your account number")
    assert text(collapse(ws)) == "okay I can help with that I can help with that what is your account number"


@pytest.mark.parametrize(
    ("spoken", "expected"),
    [
        ("no no", "no no"),
        ("no no no", "no no"),
        ("No, no. NO!", "No, no."),  # case and punctuation do not hide a repeat
        ("I said no, no, I mean the other bill", "I said no, no, I mean the other bill"),
        ("that that is is fine fine", "that that is is fine fine"),
        ("my number is 4 4 7 1 9 2", "my number is 4 4 7 1 9 2"),
    ],
)
def test_repeats_up_to_the_limit_are_speech(spoken, expected):
    assert text(collapse(words(spoken))) == expected


def test_max_repeats_and_max_phrase_words():
    assert text(collapse(words("no no"), max_repeats=1)) == "no"
    loop = words("a b c a b c a b c a b c")
    assert text(collapse(loop, max_phrase_words=3)) == "a b c a b c"
    assert text(collapse(loop, max_phrase_words=2)) == "a b c a b c a b c a b c"


def test_punctuation_only_words_are_not_phrases():
    ws = words("- - - - hello")
    assert text(collapse(ws)) == "- - - - hello"


# --- strip_annotations --------------------------------------------------------------------


@pytest.mark.parametrize("annotation", [" [Music]", " [BLANK_AUDIO]", " ♪", " ♪♪", " ♫", " (laughs)", " (upbeat_music)", " #", " *"])
def test_annotation_words_are_dropped(annotation):
    ws = words("hello") + [{"word": annotation, "start_s": 1.0, "end_s": 2.0, "probability": 0.9}] + words("there")
    assert text(strip_annotations(ws)) == "hello there"


def test_multi_word_annotation_is_dropped():
    # Whisper's word timestamps split "(upbeat music)" into " (upbeat" and " music)".
    ws = words("please hold (upbeat music) thanks for holding")
    assert text(strip_annotations(ws)) == "please hold thanks for holding"


@pytest.mark.parametrize("word", [" 42", " Hello,", " café", " don't", " #1", " [PII]name"])
def test_words_with_letters_or_digits_are_kept(word):
    ws = [{"word": word, "start_s": 0.0, "end_s": 0.5, "probability": 0.9}]
    assert strip_annotations(ws) == ws


# --- subtitle credits and segments --------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Thank you for watching!", True),
        ("Thanks for watching.", True),
        ("Subtitles by the Amara.org community", True),
        ("Please subscribe to my channel", True),
        ("Thank you for calling Acme Energy", False),
        ("I'm watching my usage this month", False),
        ("", False),
    ],
)
def test_is_subtitle_credit(line, credit):
    assert is_subtitle_credit(line) is credit


def segment(text: str = "I'd like to check my bill, please.", no_speech_prob: float = 0.05, avg_logprob: float = -0.2):
    return SimpleNamespace(text=text, no_speech_prob=no_speech_prob, avg_logprob=avg_logprob, start=0.0, end=2.0)


@pytest.mark.parametrize(
    ("seg", "reason"),
    [
        (segment(), None),
        (segment(" you", no_speech_prob=0.9, avg_logprob=-1.5), "no_speech"),
        (segment(" you", no_speech_prob=0.9, avg_logprob=-0.3), None),   # confident text over "silence" stays
        (segment(" you", no_speech_prob=0.3, avg_logprob=-2.0), None),   # unsure text over speech stays
        (segment(" you", no_speech_prob=0.6, avg_logprob=-1.5), None),   # threshold is exclusive
        (segment(" thank you" * 20), "compression_ratio"),
        (segment("ha" * 20), None),                                      # repetitive but only 40 characters
        (segment(" Thank you for watching!"), "subtitle_credit"),
    ],
    ids=["speech", "no-speech", "confident", "unsure", "no-speech-at-threshold", "loop", "short-loop", "credit"],
)
def test_segment_rejected(seg, reason):
    assert segment_rejected(seg, OPTIONS) == reason


def test_thresholds_come_from_options():
    seg = segment(" you", no_speech_prob=0.5, avg_logprob=-0.8)
    assert segment_rejected(seg, OPTIONS) is None
    assert segment_rejected(seg, GuardOptions(no_speech_threshold=0.4, log_prob_threshold=-0.5)) == "no_speech"


def test_compression_ratio():
    assert compression_ratio("thank you " * 20) > OPTIONS.compression_ratio_threshold
    assert compression_ratio("I'd like to check why my bill went up this month.") < OPTIONS.compression_ratio_threshold
    assert compression_ratio("") == 0.0


# --- clean_words --------------------------------------------------------------------------


def test_clean_words_drops_low_probability_words():
    ws = words("I want to cancel")
    ws[1]["probability"] = OPTIONS.min_word_probability / 2
    ws[2]["probability"] = OPTIONS.min_word_probability  # at the threshold: kept
    assert text(clean_words(ws, OPTIONS)) == "I to cancel"


def test_clean_words_applies_every_word_guard():
    ws = words("[Music] ♪") + words("hello hello hello hello") + words("uh", p=0.01) + words("bye")
    assert text(clean_words(ws, OPTIONS)) == "hello hello bye"
    assert clean_words([], OPTIONS) == []
