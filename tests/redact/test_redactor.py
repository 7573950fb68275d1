"""Redaction contract: a table of utterances -> exact redacted text; spans, words and times."""

from __future__ import annotations

import pytest

from convo.redact.redactor import RedactOptions, redact_utterances, scrub

CASES = [
    ("my card is 4111 1111 1111 1111 thanks", "my card is [CARD_NUMBER] thanks"),
    ("it's four one one one one one one one one one one one one one one one",
     "it's [CARD_NUMBER]"),
    ("4111111111111111 08/27 123", "[CARD_NUMBER] [EXPIRY] [CVV]"),
    ("the security code on the back is seven two nine", "the security code on the back is [CVV]"),
    ("it expires oh eight twenty seven", "it expires [EXPIRY]"),
    ("my social security number is 078-05-1120", "my social security number is [SSN]"),
    ("NI number QQ 12 34 56 C", "NI number [NI_NUMBER]"),
    ("account number 31926819 and sort code 20-00-00", "account number [BANK_ACCOUNT] and sort code [SORT_CODE]"),
    ("my iban is GB82 WEST 1234 5698 7654 32", "my iban is [IBAN]"),
    ("call me on oh seven seven double oh nine double oh one two three", "call me on [PHONE]"),
    ("my number is +44 7700 900123.", "my number is [PHONE]."),
    ("(415) 555-2671 is my cell", "[PHONE] is my cell"),
    ("email me at j dot doe at gmail dot com please", "email me at [EMAIL] please"),
    ("it's john.smith@example.co.uk", "it's [EMAIL]"),
    ("my date of birth is 14 March 1985", "my date of birth is [DOB]"),
    ("I was born on the fourth of july nineteen eighty", "I was born on [DOB]"),
    ("the postcode is SW1A 1AA", "the postcode is [POSTCODE]"),
    ("I live at 221B Baker Street", "I live at [ADDRESS]"),
    # numbers that are not PII stay
    ("the refund of £1,250.00 was paid at 3:30 pm", "the refund of £1,250.00 was paid at 3:30 pm"),
    ("I have called three times since 2019 about order 58213", "I have called three times since 2019 about order 58213"),
    ("it took 45 minutes and two hours on hold", "it took 45 minutes and two hours on hold"),
    ("back in twenty twenty two I paid two hundred and fifty pounds", "back in twenty twenty two I paid two hundred and fifty pounds"),
    ("the parcel was delivered on 12 March, step 2 of 4", "the parcel was delivered on 12 March, step 2 of 4"),
    ("I'll need your card number and the expiry date", "I'll need your card number and the expiry date"),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_redacted_text(text, expected):
    assert scrub(text) == expected


def _utt(i: int, speaker: str, text: str, start: float) -> dict:
    words = []
    t = start
    for w in text.split():
        words.append({"word": " " + w, "start_s": t, "end_s": t + 0.4, "probability": 0.9})
        t += 0.5
    return {"utterance_id": f"c#{i:04d}", "turn_index": i, "speaker": speaker, "channel_index": 1 if speaker == "customer" else 0,
            "start_s": start, "end_s": t, "text": text, "words": words}


def test_card_split_over_turns_with_a_backchannel_is_found():
    utts = [
        _utt(0, "agent", "can I take the long number on the card", 0.0),
        _utt(1, "customer", "four one one one one one one one", 5.0),
        _utt(2, "agent", "okay", 9.0),
        _utt(3, "customer", "one one one one one one one one", 10.0),
        _utt(4, "agent", "thank you that's gone through", 15.0),
    ]
    out = redact_utterances(utts, RedactOptions())
    assert [u["text"] for u in out] == [utts[0]["text"], "[CARD_NUMBER]", "okay", "[CARD_NUMBER]", utts[4]["text"]]
    red = out[1]["redactions"][0]
    # the value ends the utterance: its time span runs on to the customer's next utterance (10.0 s),
    # in case ASR dropped the last digits; the words keep their own times
    assert red == {"type": "CARD_NUMBER", "start_char": 0, "end_char": 13, "start_s": 5.0, "end_s": 10.0}
    assert [w["word"] for w in out[1]["words"]] == ["[CARD_NUMBER]"]
    assert (out[1]["words"][0]["start_s"], out[1]["words"][0]["end_s"]) == (5.0, 8.9)
    assert out[0]["redactions"] == [] and out[2]["redactions"] == []


def test_speech_left_untranscribed_after_a_value_is_covered_up_to_a_limit():
    """ASR that stops before the speaker does: the span runs on, at most UNHEARD_TAIL_S, and never
    into the same speaker's next utterance; a value followed by more words keeps its own end."""
    from convo.redact.redactor import UNHEARD_TAIL_S

    utts = [
        _utt(0, "agent", "please read me the card number", 0.0),
        _utt(1, "customer", "four one one one one one one one one one one one one one one one", 4.0),
        _utt(2, "agent", "thank you", 20.0),
        _utt(3, "customer", "my number is 07700 900123 if you need it", 30.0),
    ]
    out = redact_utterances(utts, RedactOptions())
    card = out[1]["redactions"][0]
    words_end = max(w["end_s"] for w in utts[1]["words"])
    assert card["type"] == "CARD_NUMBER" and card["end_s"] == pytest.approx(words_end + UNHEARD_TAIL_S)
    phone = out[3]["redactions"][0]
    assert out[3]["text"] == "my number is [PHONE] if you need it"
    assert phone["end_s"] < max(w["end_s"] for w in utts[3]["words"])  # words follow: no extension


def test_disabled_entity_types_are_kept():
    utts = [_utt(0, "customer", "email me at jane@example.com or call 07700 900123", 0.0)]
    out = redact_utterances(utts, RedactOptions(entities=frozenset({"PHONE"})))
    assert out[0]["text"] == "email me at jane@example.com or call [PHONE]"


def test_unknown_entity_type_is_a_clear_error():
    with pytest.raises(ValueError, match=r"unknown entity types \['CARD'\]"):
        RedactOptions(entities=frozenset({"CARD"}))


def test_words_that_cannot_be_placed_are_not_leaked():
    utt = _utt(0, "customer", "my card is 4111 1111 1111 1111", 0.0)
    utt["words"].append({"word": " 4111", "start_s": 9.0, "end_s": 9.2, "probability": 0.5})  # not in the text
    out = redact_utterances([utt], RedactOptions())[0]
    assert all("4111" not in w["word"] for w in out["words"])
