"""convo.turns: words become utterances; utterances are ordered, numbered and get overlap_s."""

from __future__ import annotations

import pytest

from convo.turns import finalize, group_words


def w(word: str, start: float, end: float, p: float = 0.9) -> dict:
    return {"word": word, "start_s": start, "end_s": end, "probability": p}


def u(speaker: str, start: float | None, end: float | None, text: str = "x", channel: int | None = None) -> dict:
    return {"speaker": speaker, "start_s": start, "end_s": end, "text": text, "channel_index": channel}


# --- group_words --------------------------------------------------------------------------


def test_one_channel_splits_on_long_pauses_only():
    words = [w(" Hello", 0.0, 0.5, 0.8), w(" there.", 0.5, 1.0, 1.0),
             w(" How", 2.0, 2.25), w(" are", 2.25, 2.5),  # gap 1.0: not more than max_gap_s
             w(" you?", 3.75, 4.0)]                       # gap 1.25: a new utterance
    utterances = group_words([words], ["unknown"])
    assert [(x["text"], x["start_s"], x["end_s"]) for x in utterances] == [
        ("Hello there. How are", 0.0, 2.5), ("you?", 3.75, 4.0),
    ]
    first = utterances[0]
    assert (first["speaker"], first["channel_index"]) == ("unknown", 0)
    assert [x["word"] for x in first["words"]] == ["Hello", "there.", "How", "are"]
    assert first["asr_confidence"] == pytest.approx((0.8 + 1.0 + 0.9 + 0.9) / 4)


@pytest.mark.parametrize(("max_gap_s", "n"), [(0.5, 3), (1.0, 2), (1.25, 1)])
def test_max_gap_s(max_gap_s, n):
    words = [w(" a", 0.0, 0.5), w(" b", 1.5, 2.0), w(" c", 3.25, 3.5)]  # gaps 1.0 and 1.25
    assert len(group_words([words], ["agent"], max_gap_s=max_gap_s)) == n


def test_other_channel_speaking_in_a_short_gap_splits_the_turn():
    agent = [w(" Your", 0.0, 0.25), w(" account", 0.25, 0.5), w(" number?", 1.0, 1.5)]
    customer = [w(" Sorry?", 0.6, 0.9)]
    utterances = group_words([agent, customer], ["agent", "customer"])
    assert [(x["speaker"], x["channel_index"], x["text"]) for x in utterances] == [
        ("agent", 0, "Your account"), ("agent", 0, "number?"), ("customer", 1, "Sorry?"),
    ]


@pytest.mark.parametrize(
    ("other_start", "split"),
    [(0.5, True), (0.99, True), (1.0, False), (0.2, False)],
    ids=["at-gap-start", "inside-gap", "at-gap-end", "before-gap"],
)
def test_other_channel_gap_boundaries(other_start, split):
    agent = [w(" one", 0.0, 0.5), w(" two", 1.0, 1.5)]
    customer = [w(" mm", other_start, other_start + 0.05)]
    agent_turns = [x for x in group_words([agent, customer], ["agent", "customer"]) if x["speaker"] == "agent"]
    assert len(agent_turns) == (2 if split else 1)


def test_empty_channel_gives_no_utterances():
    assert group_words([[], [w(" hi", 0.0, 0.5)]], ["agent", "customer"]) == [
        {"speaker": "customer", "channel_index": 1, "start_s": 0.0, "end_s": 0.5, "text": "hi",
         "words": [w("hi", 0.0, 0.5)], "asr_confidence": 0.9},
    ]


# --- finalize -----------------------------------------------------------------------------


def test_finalize_orders_numbers_and_measures_overlap():
    rows = finalize("call", [
        u("customer", 7.0, 8.0, "E"),
        u("agent", 4.0, 6.0, "C"),
        u("customer", 1.5, 3.0, "B"),
        u("customer", 4.5, 5.0, "D"),   # a backchannel inside the agent's turn
        u("agent", 0.0, 2.0, "A"),
    ])
    assert [r["text"] for r in rows] == ["A", "B", "C", "D", "E"]
    assert [r["utterance_id"] for r in rows] == ["call#0000", "call#0001", "call#0002", "call#0003", "call#0004"]
    assert [r["turn_index"] for r in rows] == [0, 1, 2, 3, 4]
    assert [r["overlap_s"] for r in rows] == [0.5, 0.5, 0.5, 0.5, 0.0]


def test_finalize_row_fields():
    words = [w("Hi", 0.0, 0.5)]
    row = finalize("c7", [{"speaker": "agent", "channel_index": 0, "start_s": 0.0, "end_s": 0.5, "text": "Hi",
                           "words": words, "asr_confidence": 0.9}])[0]
    assert row == {
        "utterance_id": "c7#0000", "turn_index": 0, "speaker": "agent", "channel_index": 0, "start_s": 0.0,
        "end_s": 0.5, "text": "Hi", "words": words, "asr_confidence": 0.9, "overlap_s": 0.0,
    }


def test_ties_on_start_go_by_channel():
    rows = finalize("c", [u("customer", 1.0, 2.0, "cust", channel=1), u("agent", 1.0, 2.0, "agent", channel=0)])
    assert [r["text"] for r in rows] == ["agent", "cust"]
    assert [r["overlap_s"] for r in rows] == [1.0, 1.0]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((0.0, 2.0), (2.0, 3.0), 0.0),      # touching
        ((0.0, 2.0), (2.5, 3.0), 0.0),      # apart
        ((0.0, 2.0), (1.0, 3.0), 1.0),      # partly
        ((0.0, 4.0), (1.0, 2.5), 1.5),      # contained
        ((0.0, 1.0001), (0.5, 2.0), 0.5),   # rounded to milliseconds
    ],
)
def test_overlap_between_two_speakers(a, b, expected):
    rows = finalize("c", [u("agent", *a), u("customer", *b)])
    assert [r["overlap_s"] for r in rows] == [expected, expected]


def test_same_speaker_does_not_overlap_itself():
    rows = finalize("c", [u("agent", 0.0, 2.0), u("agent", 1.0, 3.0)])
    assert [r["overlap_s"] for r in rows] == [0.0, 0.0]


def test_overlap_counts_seconds_not_speakers():
    # overlap_s is "the seconds during which another speaker was talking too": when two other
    # speakers talk over the same stretch, those seconds count once.
    rows = finalize("c", [u("agent", 0.0, 10.0), u("customer", 2.0, 6.0), u("supervisor", 4.0, 8.0)])
    assert [(r["speaker"], r["overlap_s"]) for r in rows] == [("agent", 6.0), ("customer", 4.0), ("supervisor", 4.0)]


def test_untimed_turns_keep_order_and_have_no_overlap():
    rows = finalize("chat", [u("customer", None, None, "first"), u("agent", 0.0, 1.0, "second"), u("customer", None, None, "third")])
    assert [(r["turn_index"], r["text"], r["overlap_s"]) for r in rows] == [(0, "first", None), (1, "second", None), (2, "third", None)]
    assert [r["utterance_id"] for r in rows] == ["chat#0000", "chat#0001", "chat#0002"]


def test_sort_false_keeps_given_order():
    rows = finalize("c", [u("agent", 5.0, 6.0, "late"), u("customer", 0.0, 1.0, "early")], sort=False)
    assert [r["text"] for r in rows] == ["late", "early"]


def test_empty():
    assert finalize("c", []) == []
