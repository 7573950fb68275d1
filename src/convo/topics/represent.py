"""Name topics: c-TF-IDF keywords (BERTopic's class-based TF-IDF) and representative utterances.

c-TF-IDF treats all the text of one topic as one document: a term's weight in topic ``c`` is
``tf(t, c) / |c| * log(1 + A / f(t))`` with ``A`` the mean number of words per topic and ``f(t)``
the term's frequency over all topics, so words frequent in one topic and rare elsewhere rise.
"""

from __future__ import annotations

import re
from typing import Sequence

import numpy as np

from convo.topics.data import stop_words

TOKEN_PATTERN = r"(?u)\b[^\W\d_]{2,}\b"
MAX_EXAMPLE_CHARS = 1_000
_PLACEHOLDER = re.compile(r"\[[A-Z_]+\]")


def _term_matrix(docs: list[str]):
    from sklearn.feature_extraction.text import CountVectorizer

    for min_df in (2, 1):  # a tiny corpus may have no term in two documents
        vectorizer = CountVectorizer(stop_words=sorted(stop_words()), token_pattern=TOKEN_PATTERN,
                                     ngram_range=(1, 2), min_df=min_df, dtype=np.float32)
        try:
            return vectorizer.fit_transform(docs), vectorizer.get_feature_names_out()
        except ValueError:  # empty vocabulary
            continue
    return None, None


def ctfidf_keywords(texts: Sequence[str], labels: np.ndarray, k: int, *, n_keywords: int) -> list[list[tuple[str, float]]]:
    """Top ``n_keywords`` (term, score) per label 0..k-1 over ``texts`` (labels -1 are ignored)."""
    from scipy import sparse

    rows = np.flatnonzero(labels >= 0)
    out: list[list[tuple[str, float]]] = [[] for _ in range(k)]
    if not len(rows):
        return out
    docs = [_PLACEHOLDER.sub(" ", texts[i]) for i in rows]
    counts, vocab = _term_matrix(docs)
    if counts is None:
        return out
    onehot = sparse.csr_matrix((np.ones(len(rows), np.float32), (labels[rows], np.arange(len(rows)))), shape=(k, len(rows)))
    per_class = (onehot @ counts).tocsr()
    words_per_class = np.asarray(per_class.sum(axis=1)).ravel()
    term_freq = np.asarray(per_class.sum(axis=0)).ravel()
    mean_words = words_per_class.sum() / max(1, int((words_per_class > 0).sum()))
    idf = np.log1p(mean_words / np.maximum(term_freq, 1e-9)).astype(np.float32)
    for c in range(k):
        start, end = per_class.indptr[c], per_class.indptr[c + 1]
        if start == end:
            continue
        terms = per_class.indices[start:end]
        scores = per_class.data[start:end] / max(words_per_class[c], 1.0) * idf[terms]
        top = np.argsort(-scores, kind="stable")[:n_keywords]
        out[c] = [(str(vocab[terms[i]]), float(scores[i])) for i in top]
    return out


def label_of(keywords: Sequence[str], n: int = 3) -> str:
    """The first ``n`` keywords, skipping one whose words an earlier keyword already shows."""
    chosen: list[str] = []
    covered: set[str] = set()
    for kw in keywords:
        words = set(kw.split())
        if words <= covered:
            continue
        chosen.append(kw)
        covered |= words
        if len(chosen) == n:
            break
    return " / ".join(chosen) or "(no keywords)"


def representatives(candidates: np.ndarray, sims: np.ndarray, texts: Sequence[str], n: int) -> list[int]:
    """Up to ``n`` of ``candidates`` (indices into ``texts``), highest cosine first, distinct texts."""
    picked: list[int] = []
    seen: set[str] = set()
    for i in candidates[np.argsort(-sims, kind="stable")]:
        key = " ".join(str(texts[i]).lower().split())
        if key in seen:
            continue
        seen.add(key)
        picked.append(int(i))
        if len(picked) == n:
            break
    return picked


def clip_text(text: str) -> str:
    return text if len(text) <= MAX_EXAMPLE_CHARS else text[: MAX_EXAMPLE_CHARS - 1] + "…"
