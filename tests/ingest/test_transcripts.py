"""convo.ingest.transcripts: convo's transcript format and Amazon Transcribe output."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest

from convo.errors import TranscriptError
from convo.ingest.transcripts import loads, parse_convo, parse_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "transcripts"
SCHEMA_PATH = Path(__file__).resolve().parents[2] / "src" / "convo" / "data" / "transcript.schema.json"

MINIMAL = {"call_id": "c1", "turns": [{"speaker": "agent", "text": "Hello"}]}
VALID = {
    "schema_version": "1",
    "call_id": "chat-001",
    "channel": "email",
    "language": "en",
    "started_at": "2026-11-02T09:30:00Z",
    "queue": "billing",
    "hold_count": 1,
    "escalated": False,
    "metadata": {"region": "EU", "priority": 2, "queue": "ignored: top-level wins"},
    "turns": [
        {"speaker": " Agent ", "text": " Hi, how can I help? ", "start_s": 0, "end_s": 2.5},
        {"speaker": "customer", "text": "My bill is wrong.", "start_s": 3, "end_s": 3},
        {"speaker": "bot", "text": ""},
    ],
}


def exactly(message: str) -> str:
    return f"^{re.escape(message)}$"


def fixture(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text())


def with_changes(**changes) -> dict:
    """VALID with top-level keys replaced (``...=DELETE`` removes one)."""
    doc = copy.deepcopy(VALID)
    for key, value in changes.items():
        if value is DELETE:
            doc.pop(key)
        else:
            doc[key] = value
    return doc


def with_turn(index: int, **changes) -> dict:
    """VALID with keys of one turn replaced (``...=DELETE`` removes one)."""
    doc = copy.deepcopy(VALID)
    for key, value in changes.items():
        if value is DELETE:
            doc["turns"][index].pop(key)
        else:
            doc["turns"][index][key] = value
    return doc


DELETE = object()


# --- convo format: valid ------------------------------------------------------------------


def test_valid_conversation_is_normalised():
    conv = parse_convo(VALID)
    assert (conv.call_id, conv.kind, conv.language) == ("chat-001", "transcript", "en")
    assert conv.fields == {
        "channel": "email", "started_at": "2026-11-02T09:30:00Z", "queue": "billing", "hold_count": 1,
        "escalated": False, "region": "EU", "priority": 2,
    }
    assert conv.turns == [
        {"speaker": "agent", "text": "Hi, how can I help?", "start_s": 0.0, "end_s": 2.5, "words": None},
        {"speaker": "customer", "text": "My bill is wrong.", "start_s": 3.0, "end_s": 3.0, "words": None},
        {"speaker": "bot", "text": "", "start_s": None, "end_s": None, "words": None},
    ]
    assert all(isinstance(t["start_s"], float) for t in conv.turns[:2])


def test_minimal_conversation_defaults_to_chat():
    conv = parse_convo(MINIMAL)
    assert conv.fields == {"channel": "chat"}
    assert conv.language is None
    assert conv.turns == [{"speaker": "agent", "text": "Hello", "start_s": None, "end_s": None, "words": None}]


def test_call_id_is_stripped():
    assert parse_convo({**MINIMAL, "call_id": "  c9 "}).call_id == "c9"


def test_fixture_file_parses():
    conv = loads((FIXTURES / "convo_chat.json").read_text(), default_call_id="ignored")
    assert conv.call_id == "chat-2026-0001"
    assert [t["speaker"] for t in conv.turns] == ["customer", "agent", "bot", "agent", "customer"]
    assert conv.turns[1]["text"] == "Sorry about that! Let me check your account."
    assert conv.turns[4] == {"speaker": "customer", "text": "", "start_s": 110.0, "end_s": None, "words": None}
    assert conv.fields["region"] == "EU" and conv.fields["campaign"] is None


# --- convo format: invalid ----------------------------------------------------------------

# (document, exact TranscriptError message, whether the published JSON Schema rejects it too)
BAD_CONVO = [
    pytest.param(with_changes(foo=1, bar=2), "unknown top-level keys ['bar', 'foo']; put custom fields under 'metadata'", True, id="unknown-keys"),
    pytest.param(with_changes(call_id=DELETE), "call_id must be a non-empty string, got None", True, id="missing-call-id"),
    pytest.param(with_changes(call_id=42), "call_id must be a non-empty string, got 42", True, id="call-id-not-string"),
    pytest.param(with_changes(call_id="  "), "call_id must be a non-empty string, got '  '", False, id="call-id-blank"),
    pytest.param(with_changes(turns=DELETE), "conversation 'chat-001' has no turns (expected a non-empty 'turns' list)", True, id="no-turns"),
    pytest.param(with_changes(turns=[]), "conversation 'chat-001' has no turns (expected a non-empty 'turns' list)", True, id="empty-turns"),
    pytest.param(with_changes(turns="hi"), "conversation 'chat-001' has no turns (expected a non-empty 'turns' list)", True, id="turns-not-list"),
    pytest.param(with_changes(turns=[MINIMAL["turns"][0], "hi"]), "turns[1] is not an object", True, id="turn-not-object"),
    pytest.param(with_turn(1, sentiment="neg"), "turns[1] has unknown keys ['sentiment']; allowed: ['end_s', 'speaker', 'start_s', 'text']", True, id="turn-unknown-key"),
    pytest.param(with_turn(0, speaker=""), "turns[0].speaker must be a non-empty string, got ''", True, id="speaker-empty"),
    pytest.param(with_turn(0, speaker=DELETE), "turns[0].speaker must be a non-empty string, got None", True, id="speaker-missing"),
    pytest.param(with_turn(0, speaker=7), "turns[0].speaker must be a non-empty string, got 7", True, id="speaker-not-string"),
    pytest.param(with_turn(1, text=5), "turns[1].text must be a string, got int", True, id="text-not-string"),
    pytest.param(with_turn(1, text=DELETE), "turns[1].text must be a string, got NoneType", True, id="text-missing"),
    pytest.param(with_turn(0, start_s=-1), "turns[0].start_s is negative (-1)", True, id="negative-start"),
    pytest.param(with_turn(0, end_s=-0.5), "turns[0].end_s is negative (-0.5)", True, id="negative-end"),
    pytest.param(with_turn(0, start_s=5, end_s=2), "turns[0] ends before it starts (start_s=5.0, end_s=2.0)", False, id="end-before-start"),
    pytest.param(with_turn(0, start_s="3.5"), "turns[0].start_s must be a number of seconds, got '3.5'", True, id="time-string"),
    pytest.param(with_turn(0, end_s=True), "turns[0].end_s must be a number of seconds, got True", True, id="time-bool"),
    pytest.param(with_turn(0, start_s=float("nan")), "turns[0].start_s must be a number of seconds, got nan", False, id="time-nan"),
    pytest.param(with_changes(metadata="region=EU"), "metadata must be an object of key/value pairs", True, id="metadata-string"),
    pytest.param(with_changes(metadata=["region", "EU"]), "metadata must be an object of key/value pairs", True, id="metadata-list"),
]


@pytest.mark.parametrize(("doc", "message", "schema_rejects"), BAD_CONVO)
def test_bad_convo_document(doc, message, schema_rejects):
    with pytest.raises(TranscriptError, match=exactly(message)):
        parse_convo(doc)
    # Through the format sniffer and JSON text too (NaN only exists as a Python float).
    with pytest.raises(TranscriptError, match=exactly(message)):
        loads(json.dumps(doc), default_call_id="x")


def test_language_must_be_a_string():
    # language lands in the string column calls.language; a number must be a TranscriptError
    # (an error row), not an ArrowTypeError when the call batch is built.
    with pytest.raises(TranscriptError, match="language"):
        parse_convo({**MINIMAL, "language": 5})


# --- the published JSON Schema agrees -----------------------------------------------------


@pytest.fixture(scope="module")
def validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA_PATH.read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("doc", [VALID, MINIMAL, fixture("convo_chat.json")], ids=["VALID", "MINIMAL", "convo_chat.json"])
def test_valid_documents_match_the_json_schema(validator, doc):
    parse_convo(doc)
    assert [e.message for e in validator.iter_errors(doc)] == []


# Blank call ids, end before start and NaN times are rules JSON Schema cannot express.
@pytest.mark.parametrize(("doc", "message", "schema_rejects"), [p for p in BAD_CONVO if p.values[2]])
def test_json_schema_rejects_what_the_parser_rejects(validator, doc, message, schema_rejects):
    assert list(validator.iter_errors(doc)), message


# --- Amazon Transcribe Call Analytics -----------------------------------------------------


def test_aws_call_analytics():
    raw = fixture("aws_call_analytics.json")
    conv = loads((FIXTURES / "aws_call_analytics.json").read_text(), default_call_id="aws_call_analytics")
    assert conv.call_id == "billing-dispute-20261102-0042"
    assert (conv.kind, conv.language, conv.fields) == ("aws_transcribe", "en", {"channel": "voice"})
    assert [t["speaker"] for t in conv.turns] == ["agent", "customer"] * 3
    assert [(t["start_s"], t["end_s"]) for t in conv.turns] == [
        (1.52, 6.065), (6.38, 10.17), (11.24, 15.225), (16.05, 17.9), (21.87, 26.265), (29.41, 31.015),
    ]
    assert [t["text"] for t in conv.turns] == [seg["Content"] for seg in raw["Transcript"]]
    first = conv.turns[0]["words"]
    assert first[:2] == [
        {"word": "Thank", "start_s": 1.52, "end_s": 1.835, "probability": 0.8783},
        {"word": "you", "start_s": 1.875, "end_s": 2.1, "probability": 0.8911},
    ]
    # Punctuation items are not words.
    assert [w["word"] for w in first] == [
        "Thank", "you", "for", "calling", "Acme", "Energy", "this", "is", "Dana", "How", "can", "I", "help", "you", "today",
    ]
    for turn, seg in zip(conv.turns, raw["Transcript"]):
        spoken = [i for i in seg["Items"] if i["Type"] == "pronunciation"]
        assert len(turn["words"]) == len(spoken)
        assert [w["probability"] for w in turn["words"]] == [i["Confidence"] for i in spoken]
        assert all(turn["start_s"] <= w["start_s"] <= w["end_s"] <= turn["end_s"] for w in turn["words"])


def test_aws_call_analytics_without_job_name_uses_default_call_id():
    raw = fixture("aws_call_analytics.json")
    del raw["JobName"], raw["LanguageCode"]
    conv = parse_document(raw, default_call_id="file-stem")
    assert (conv.call_id, conv.language) == ("file-stem", None)


def test_aws_call_analytics_other_roles_are_lowercased():
    raw = {"Transcript": [{"Content": "Hi", "ParticipantRole": "SUPERVISOR", "BeginOffsetMillis": 0, "EndOffsetMillis": 500}]}
    assert parse_document(raw, "x").turns[0]["speaker"] == "supervisor"


def aws(**segment) -> dict:
    base = {"Content": "Hello", "ParticipantRole": "AGENT", "BeginOffsetMillis": 1000, "EndOffsetMillis": 2000}
    return {"JobName": "j", "Transcript": [{**base, **segment}]}


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"JobName": "j", "Transcript": []}, "Amazon Transcribe output has an empty Transcript"),
        ({"Transcript": ["Hello"]}, "Transcript[0] has no 'Content'"),
        ({"Transcript": [{"ParticipantRole": "AGENT"}]}, "Transcript[0] has no 'Content'"),
        (aws(BeginOffsetMillis=5000, EndOffsetMillis=4000), "Transcript[0] ends before it starts"),
        (aws(BeginOffsetMillis=-10), "Transcript[0].BeginOffsetMillis is negative (-10)"),
        ({"results": {"transcripts": [{"transcript": "hi"}]}},
         "Amazon Transcribe output has no results.audio_segments (re-run with speaker or channel identification)"),
        ({"results": {"audio_segments": [{"transcript": "hi", "start_time": "2.0", "end_time": "1.0", "speaker_label": "spk_0"}]}},
         "audio_segments[0] ends before it starts"),
    ],
    ids=["empty", "segment-not-object", "no-content", "end-before-start", "negative", "no-segments", "segment-end-before-start"],
)
def test_bad_aws_document(doc, message):
    with pytest.raises(TranscriptError, match=exactly(message)):
        loads(json.dumps(doc), default_call_id="x")


@pytest.mark.parametrize(
    ("doc", "where"),
    [
        (aws(BeginOffsetMillis="1000"), "Transcript[0].BeginOffsetMillis"),
        (aws(EndOffsetMillis=None), "Transcript[0].EndOffsetMillis"),
        ({"results": {"audio_segments": [{"transcript": "hi", "start_time": "soon", "end_time": "1.0"}]}},
         "audio_segments[0].start_time"),
    ],
    ids=["ca-offset-string", "ca-offset-null", "standard-time-not-number"],
)
def test_malformed_aws_times_are_transcript_errors(doc, where):
    # discover() only turns InputError/OSError/UnicodeDecodeError into error rows; a TypeError or
    # ValueError here would end the whole run instead of failing one input.
    with pytest.raises(TranscriptError, match=re.escape(where)):
        loads(json.dumps(doc), default_call_id="x")


# --- plain Amazon Transcribe --------------------------------------------------------------


def test_aws_standard_speaker_labels():
    conv = loads((FIXTURES / "aws_transcribe_standard.json").read_text(), default_call_id="stem")
    assert (conv.call_id, conv.kind, conv.language, conv.fields) == ("std-job-0007", "aws_transcribe", None, {"channel": "voice"})
    assert conv.turns == [
        {"speaker": "spk_0", "text": "Hello, thanks for calling.", "start_s": 0.44, "end_s": 2.1, "words": None},
        {"speaker": "spk_1", "text": "Hi, I'd like to cancel my plan.", "start_s": 2.55, "end_s": 5.02, "words": None},
        {"speaker": "spk_0", "text": "Sure, I can help with that.", "start_s": 5.3, "end_s": 7.75, "words": None},
    ]


def test_aws_standard_channel_labels_win_and_default_call_id():
    doc = {"results": {"audio_segments": [
        {"transcript": "Hi", "start_time": "0.0", "end_time": "0.5", "channel_label": "ch_0", "speaker_label": "spk_3"},
        {"transcript": "Yes", "start_time": "0.6", "end_time": "0.9"},
    ]}}
    conv = parse_document(doc, default_call_id="file-stem")
    assert conv.call_id == "file-stem"
    assert [t["speaker"] for t in conv.turns] == ["ch_0", "unknown"]


# --- format recognition -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"foo": 1}', "unrecognised JSON: expected convo's transcript format (call_id, turns) "
                       "or Amazon Transcribe output (Transcript or results.audio_segments)"),
        ('{"Transcript": "not a list"}', "unrecognised JSON: expected convo's transcript format (call_id, turns) "
                                         "or Amazon Transcribe output (Transcript or results.audio_segments)"),
        ("[1, 2]", "expected a JSON object, got list"),
        ('"hello"', "expected a JSON object, got str"),
        ("null", "expected a JSON object, got NoneType"),
    ],
)
def test_unrecognised_json(text, message):
    with pytest.raises(TranscriptError, match=exactly(message)):
        loads(text, default_call_id="x")


@pytest.mark.parametrize("text", ["{not json", "", '{"call_id": "c1", "turns": [}'])
def test_malformed_json(text):
    with pytest.raises(TranscriptError, match=r"^malformed JSON: "):
        loads(text, default_call_id="x")


def test_turns_key_selects_convo_format_even_without_call_id():
    # A document with 'turns' is convo's format, so a missing call_id is reported as such
    # rather than as unrecognised JSON.
    with pytest.raises(TranscriptError, match=exactly("call_id must be a non-empty string, got None")):
        parse_document({"turns": MINIMAL["turns"]}, default_call_id="x")
