"""Build the intent training CSVs (``text,label``; label ``oos`` = out of scope) from public datasets.

Writes, to ``--out`` (a folder outside the repository; the data is not committed):

- ``retail.csv``  - every Bitext customer-support row (instruction -> text, intent -> label), every
  example of ``models/intents/retail/taxonomy.yaml`` (so also ``technical_problem`` and
  ``product_question``, which Bitext lacks) and ``oos`` rows: the taxonomy's out-of-scope examples,
  CLINC150 ``oos_train`` and a stratified sample (``--clinc-oos``, default 1,500) of CLINC150
  ``train`` rows from domains that are not retail customer service, less the intents that overlap
  a retail contact reason (see ``RETAIL_EXCLUDE``).
- ``banking.csv`` - every BANKING77 training row, every example of
  ``models/intents/banking/taxonomy.yaml`` and ``oos`` rows built the same way from the
  non-banking, non-credit-card CLINC150 domains (less ``BANKING_EXCLUDE``).
- ``clinc_train.csv`` / ``clinc_val.csv`` - CLINC150 ``train`` + ``oos_train`` and ``val`` +
  ``oos_val`` as they are (out-of-scope labelled ``oos``), to check ``convo intents train/eval``.

retail.csv and banking.csv are deduplicated on lower-cased, whitespace-collapsed text: the first
row wins, in the order dataset rows, taxonomy examples, taxonomy out-of-scope examples, CLINC150
rows, so an ``oos`` row never overrides a contact reason. Whitespace inside texts is collapsed.

Licences: Bitext CDLA-Sharing-1.0, BANKING77 CC-BY-4.0, CLINC150 CC-BY-3.0 (see each folder's
SOURCE.txt); a model trained on these files should say so in its model card.

    .venv/bin/python scripts/build_intent_data.py --data ../shared/data --out /tmp/intent_data
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from convo.understand.intents import OOS, load_taxonomy  # noqa: E402

BITEXT = "intent/bitext/Bitext_Sample_Customer_Support_Training_Dataset.csv"
BANKING77 = "intent/banking77/train.csv"
CLINC = "intent/clinc150/data_full_train_val.json"
CLINC_DOMAINS = "intent/clinc150/domains.json"

# CLINC150 domains whose intents are not contact reasons of the target taxonomy. banking and
# credit_cards are left out of both: their intents (pay_bill, report_lost_card, card_declined ...)
# are what banking customers, and often retail customers, call about.
OOS_DOMAINS = ["small_talk", "meta", "kitchen_and_dining", "travel", "work", "home", "auto_and_commute", "utility"]

# CLINC150 intents in those domains that overlap a retail contact reason (the taxonomy is
# cross-industry, so a booking is an order and a reservation cancellation is a cancel_order).
RETAIL_EXCLUDE = {
    "order_status": "home: 'has my recent order shipped' = track_order",
    "order": "home: 'order me some more soap' = place_order",
    "cancel": "meta: 'please stop / abort that' reads like cancel_order",
    "change_user_name": "meta: 'change the name you call me' ~ edit_account",
    "reset_settings": "meta: 'revert to factory settings' is a tech-support request",
    "sync_device": "meta: 'disconnect from my phone' is a tech-support request",
    "make_call": "utility: 'call someone for me' ~ contact_human_agent",
    "restaurant_reservation": "kitchen_and_dining: a booking = place_order",
    "cancel_reservation": "kitchen_and_dining: = cancel_order",
    "confirm_reservation": "kitchen_and_dining: ~ track_order",
    "accept_reservations": "kitchen_and_dining: 'does X take reservations' ~ product_question",
    "restaurant_reviews": "kitchen_and_dining: review vocabulary ~ review",
    "book_flight": "travel: a booking = place_order",
    "book_hotel": "travel: a booking = place_order",
    "car_rental": "travel: a booking = place_order",
    "flight_status": "travel: ~ track_order / delivery_period",
    "lost_luggage": "travel: 'my bags never arrived' ~ track_order",
    "schedule_maintenance": "auto_and_commute: 'check engine light is on, need a mechanic' ~ technical_problem",
    "jump_start": "auto_and_commute: 'my car won't start' ~ technical_problem",
}
# CLINC150 oos_train texts that are in scope for a retail contact centre.
RETAIL_OOS_EXCLUDE = {
    "how do i change my billing address",  # edit_account / change_shipping_address
    "i need to speak to customer service regarding my flight",  # contact_customer_service
    "what's the average battery life of an android phone",  # product_question
    "what size wipers does this car take",  # product_question (compatibility)
    "where can i find the cruise control on my kia sportage 2010",  # product_question
    "which piano is best for classical",  # product_question (recommendation)
    "what are some deals on amazon",  # product_question (price)
    "what's the best price on super smash bros ultimate right now",  # product_question (price)
}
BANKING_EXCLUDE = {
    "exchange_rate": "travel: = exchange_rate",
    "travel_notification": "travel: 'tell my bank I'm travelling' is a banking contact reason",
    "direct_deposit": "work: 'set up direct deposit' ~ receiving_money",
    "payday": "work: 'when do I get paid' ~ receiving_money",
    "rollover_401k": "work: a retirement-account banking request",
    "cancel": "meta: 'abort that' reads like cancel_transfer",
    "change_user_name": "meta: 'change my name' ~ edit_personal_details",
    "find_phone": "utility: 'I lost my phone' ~ lost_or_stolen_phone",
    "order_status": "home: 'where is my package' ~ card_arrival",
    "order": "home: 'order me ...' ~ order_physical_card",
}
BANKING_OOS_EXCLUDE = {
    "how much is an overdraft fee for bank",
    "how do i open an online line of credit",
    "how long do wire transfers take",  # transfer_timing
    "how do i change my billing address",  # edit_personal_details
}


def clean(text: str) -> str:
    return " ".join(str(text).split())


def key(text: str) -> str:
    return clean(text).lower()


class Rows:
    """Deduplicated (text, label) rows: the first label given to a text wins."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str]] = []
        self.seen: dict[str, str] = {}
        self.duplicates = 0
        self.conflicts: Counter[tuple[str, str]] = Counter()

    def add(self, text: str, label: str) -> None:
        text = clean(text)
        if not text:
            return
        k = key(text)
        if k in self.seen:
            self.duplicates += 1
            if self.seen[k] != label:
                self.conflicts[(self.seen[k], label)] += 1
            return
        self.seen[k] = label
        self.rows.append((text, label))


def clinc_oos_sample(clinc: dict, domains: dict, exclude: set[str], total: int, seed: int) -> tuple[list[str], list[str]]:
    """About ``total`` CLINC150 train texts, spread evenly over the allowed intents (round robin)."""
    intents = sorted(i for d in OOS_DOMAINS for i in domains[d] if i not in exclude)
    by_intent: dict[str, list[str]] = defaultdict(list)
    for text, label in clinc["train"]:
        if label in intents:
            by_intent[label].append(text)
    rng = random.Random(seed)
    for label in intents:
        rng.shuffle(by_intent[label])
    picked: list[str] = []
    depth = 0
    while len(picked) < total and any(depth < len(by_intent[i]) for i in intents):
        round_ = [by_intent[i][depth] for i in intents if depth < len(by_intent[i])]
        rng.shuffle(round_)
        picked += round_[: total - len(picked)]
        depth += 1
    return picked, intents


def write_csv(path: Path, rows: list[tuple[str, str]]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "label"])
        writer.writerows(rows)


def report(name: str, rows: Rows | list[tuple[str, str]]) -> None:
    items = rows.rows if isinstance(rows, Rows) else rows
    counts = Counter(label for _, label in items)
    per_label = [n for label, n in counts.items() if label != OOS]
    print(f"{name}: {len(items)} rows = {sum(per_label)} in scope ({len(per_label)} labels, "
          f"{min(per_label, default=0)}-{max(per_label, default=0)} per label) + {counts.get(OOS, 0)} oos")
    if isinstance(rows, Rows) and rows.duplicates:
        conflicts = sum(rows.conflicts.values())
        detail = ", ".join(f"{a}<-{b} x{n}" for (a, b), n in rows.conflicts.most_common(5))
        print(f"  dropped {rows.duplicates} duplicate texts ({conflicts} with a different label{': ' + detail if conflicts else ''})")


def taxonomy_rows(rows: Rows, taxonomy: dict) -> None:
    for reason in taxonomy["reasons"]:
        for example in reason["examples"]:
            rows.add(example, reason["id"])


def check_labels(name: str, rows: Rows, taxonomy: dict) -> None:
    ids = {r["id"] for r in taxonomy["reasons"]}
    unknown = sorted({label for _, label in rows.rows if label != OOS and label not in ids})
    if unknown:
        raise SystemExit(f"{name}: labels not in the taxonomy: {unknown}")
    missing = sorted(ids - {label for _, label in rows.rows})
    if missing:
        raise SystemExit(f"{name}: taxonomy reasons without rows: {missing}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder (holds intent/bitext, intent/banking77, intent/clinc150)")
    parser.add_argument("--out", type=Path, required=True, help="output folder for the CSVs (keep it outside the repository)")
    parser.add_argument("--retail-taxonomy", type=Path, default=ROOT / "models/intents/retail/taxonomy.yaml")
    parser.add_argument("--banking-taxonomy", type=Path, default=ROOT / "models/intents/banking/taxonomy.yaml")
    parser.add_argument("--clinc-oos", type=int, default=1500, help="CLINC150 in-domain train rows to sample as oos per file")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)

    retail_tax = load_taxonomy(args.retail_taxonomy)
    banking_tax = load_taxonomy(args.banking_taxonomy)
    with open(args.data / CLINC, encoding="utf-8") as handle:
        clinc = json.load(handle)
    with open(args.data / CLINC_DOMAINS, encoding="utf-8") as handle:
        domains = json.load(handle)
    for name, exclude in (("RETAIL_EXCLUDE", RETAIL_EXCLUDE), ("BANKING_EXCLUDE", BANKING_EXCLUDE)):
        unknown = set(exclude) - {i for d in OOS_DOMAINS for i in domains[d]}
        if unknown:
            raise SystemExit(f"{name} names intents outside {OOS_DOMAINS}: {sorted(unknown)}")
    args.out.mkdir(parents=True, exist_ok=True)

    # retail
    retail = Rows()
    with open(args.data / BITEXT, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            retail.add(row["instruction"], row["intent"].strip())
    taxonomy_rows(retail, retail_tax)
    for text in retail_tax.get("out_of_scope_examples") or []:
        retail.add(str(text), OOS)
    for text, _ in clinc["oos_train"]:
        if key(text) not in RETAIL_OOS_EXCLUDE:
            retail.add(text, OOS)
    sample, intents = clinc_oos_sample(clinc, domains, set(RETAIL_EXCLUDE), args.clinc_oos, args.seed)
    for text in sample:
        retail.add(text, OOS)
    check_labels("retail.csv", retail, retail_tax)
    random.Random(args.seed).shuffle(retail.rows)
    write_csv(args.out / "retail.csv", retail.rows)
    report("retail.csv", retail)
    print(f"  oos from CLINC150: {len(sample)} train rows over {len(intents)} intents (excluded {len(RETAIL_EXCLUDE)}: "
          f"{', '.join(sorted(RETAIL_EXCLUDE))}); oos_train less {len(RETAIL_OOS_EXCLUDE)} in-scope texts")

    # banking
    banking = Rows()
    with open(args.data / BANKING77, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            banking.add(row["text"], row["category"].strip())
    taxonomy_rows(banking, banking_tax)
    for text in banking_tax.get("out_of_scope_examples") or []:
        banking.add(str(text), OOS)
    for text, _ in clinc["oos_train"]:
        if key(text) not in BANKING_OOS_EXCLUDE:
            banking.add(text, OOS)
    sample, intents = clinc_oos_sample(clinc, domains, set(BANKING_EXCLUDE), args.clinc_oos, args.seed)
    for text in sample:
        banking.add(text, OOS)
    check_labels("banking.csv", banking, banking_tax)
    random.Random(args.seed).shuffle(banking.rows)
    write_csv(args.out / "banking.csv", banking.rows)
    report("banking.csv", banking)
    print(f"  oos from CLINC150: {len(sample)} train rows over {len(intents)} intents (excluded {len(BANKING_EXCLUDE)}: "
          f"{', '.join(sorted(BANKING_EXCLUDE))}); oos_train less {len(BANKING_OOS_EXCLUDE)} in-scope texts")

    # CLINC150 as published (train/val), out-of-scope labelled oos
    for name, parts in (("clinc_train.csv", ("train", "oos_train")), ("clinc_val.csv", ("val", "oos_val"))):
        rows = [(clean(text), OOS if part.startswith("oos") else label) for part in parts for text, label in clinc[part]]
        write_csv(args.out / name, rows)
        report(name, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
