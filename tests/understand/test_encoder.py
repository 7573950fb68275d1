"""The shared encoder: same vectors as sentence-transformers, every backend, length batching."""

from __future__ import annotations

import numpy as np
import pytest

from convo.understand.encoder import DIM, Encoder, default_model_dir

TEXTS = [
    "where is my refund?",
    "I want to cancel my subscription because the app keeps crashing every time I open it on my phone",
    "hi",
    "thank you so much for your help today",
    "my card number is [CARD_NUMBER] and the expiry is [CARD_EXPIRY]",
    "",
]


@pytest.fixture(scope="module")
def reference() -> np.ndarray:
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(default_model_dir()), device="cpu")
    return model.encode(TEXTS, normalize_embeddings=True)


@pytest.fixture(scope="module")
def torch_encoder() -> Encoder:
    return Encoder(backend="torch", device="cpu")


def test_torch_backend_matches_sentence_transformers(torch_encoder, reference):
    vectors = torch_encoder.embed(TEXTS)
    assert vectors.shape == (len(TEXTS), DIM) and vectors.dtype == np.float32
    np.testing.assert_allclose(vectors, reference, atol=1e-5)


@pytest.mark.parametrize("backend, min_cosine", [("onnx", 0.99999), ("onnx-int8", 0.97)])
def test_onnx_backends_agree_with_torch(backend, min_cosine, reference):
    vectors = Encoder(backend=backend).embed(TEXTS)
    cosine = (vectors * reference).sum(axis=1)
    assert cosine.min() >= min_cosine, cosine


def test_length_batches_cover_every_text_once_and_respect_the_token_budget():
    encoder = Encoder(backend="torch", device="cpu", batch_tokens=64)
    texts = [("word " * n).strip() for n in (1, 30, 5, 12, 2, 40, 7)] * 3
    seen = []
    for batch in encoder.batches(texts):
        seen += batch.index.tolist()
        width = batch.input_ids.shape[1]
        assert len(batch.index) == 1 or width * len(batch.index) <= 64
        assert batch.attention_mask.sum(1).max() == width  # no padding column beyond the longest
    assert sorted(seen) == list(range(len(texts)))


def test_batching_does_not_change_vectors(torch_encoder):
    small = Encoder(backend="torch", device="cpu", batch_tokens=16)
    np.testing.assert_allclose(small.embed(TEXTS), torch_encoder.embed(TEXTS), atol=1e-5)


def test_empty_input_gives_an_empty_matrix(torch_encoder):
    assert torch_encoder.embed([]).shape == (0, DIM)


def test_bad_backend_and_device_are_clear_errors():
    with pytest.raises(ValueError, match="backend"):
        Encoder(backend="tensorrt")
    with pytest.raises(ValueError, match="device"):
        Encoder(backend="torch", device="tpu")


def test_a_heads_own_top_is_quantised_with_the_int8_backend():
    """The emotion head's fine-tuned top runs int8 under ``onnx-int8`` (it once silently stayed fp32)."""
    from pathlib import Path

    import onnx

    from convo.understand.heads import Head

    head = Head.load(Path(__file__).resolve().parents[2] / "models" / "emotion")
    assert head.top is not None
    for backend, quantised in (("onnx-int8", True), ("onnx", False)):
        encoder = Encoder(backend=backend)
        batch = next(iter(encoder.batches(TEXTS[:2])))
        out = head.top.top(encoder, encoder.trunk(batch.input_ids, batch.attention_mask), batch.attention_mask)
        assert out.shape == (2, DIM) and np.isfinite(out).all()
        ops = {node.op_type for node in onnx.load(str(head.top.onnx_path(backend))).graph.node}
        assert ("MatMulInteger" in ops) is quantised, ops
        head.top._ort = None
