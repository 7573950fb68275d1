"""Add the data provenance and licences of a shipped intent model to its card (README.md).

    python scripts/intent_card_notes.py models/intents/retail
"""

from __future__ import annotations

import sys
from pathlib import Path

from convo.understand.model_card import write_intent_card

NOTES = {
    "retail": (
        "Bitext customer-support sample (27 reasons, 4.5k synthetic requests, CDLA-Sharing-1.0) + the taxonomy's "
        "hand-written examples (`technical_problem`, `product_question`: ~40 each) + `oos` examples: the taxonomy's "
        "hand-written out-of-scope utterances (greetings, acknowledgements, read-out details, hold talk), CLINC150's "
        "`oos_train` and ~1,500 CLINC150 requests from domains that do not overlap retail service (CC-BY-3.0); "
        "built by `scripts/build_intent_data.py`",
        "- Bitext requests are generated, tidy single sentences; real customers ramble, and ASR drops punctuation. "
        "Expect lower accuracy on call transcripts than the held-out figure above.\n"
        "- `technical_problem` and `product_question` rest on ~40 hand-written examples each.\n",
    ),
    "banking": (
        "BANKING77 train (77 reasons, 10k real customer queries to a bank, CC-BY-4.0) + `oos` examples: the taxonomy's "
        "hand-written out-of-scope utterances, CLINC150's `oos_train` and ~1,500 CLINC150 requests from non-banking, "
        "non-card domains (CC-BY-3.0); built by `scripts/build_intent_data.py`",
        "- BANKING77 is single-turn written queries about one digital bank's cards, transfers and top-ups.\n",
    ),
}


def main() -> None:
    out = Path(sys.argv[1])
    data, limits = NOTES[out.name]
    write_intent_card(out, data_description=data, extra="## Data-specific limits\n\n" + limits)


if __name__ == "__main__":
    main()
