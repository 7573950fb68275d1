"""The shipped contact-reason taxonomies (models/intents/*/taxonomy.yaml) are well formed and complete."""

from __future__ import annotations

from pathlib import Path

import pytest

from convo.understand.intents import OOS, OTHER, load_examples, load_taxonomy

ROOT = Path(__file__).resolve().parents[1]
TAXONOMIES = {name: ROOT / "models" / "intents" / name / "taxonomy.yaml" for name in ("retail", "banking")}

BANKING77_IDS = {
    "activate_my_card", "age_limit", "apple_pay_or_google_pay", "atm_support", "automatic_top_up",
    "balance_not_updated_after_bank_transfer", "balance_not_updated_after_cheque_or_cash_deposit",
    "beneficiary_not_allowed", "cancel_transfer", "card_about_to_expire", "card_acceptance", "card_arrival",
    "card_delivery_estimate", "card_linking", "card_not_working", "card_payment_fee_charged",
    "card_payment_not_recognised", "card_payment_wrong_exchange_rate", "card_swallowed", "cash_withdrawal_charge",
    "cash_withdrawal_not_recognised", "change_pin", "compromised_card", "contactless_not_working", "country_support",
    "declined_card_payment", "declined_cash_withdrawal", "declined_transfer", "direct_debit_payment_not_recognised",
    "disposable_card_limits", "edit_personal_details", "exchange_charge", "exchange_rate", "exchange_via_app",
    "extra_charge_on_statement", "failed_transfer", "fiat_currency_support", "get_disposable_virtual_card",
    "get_physical_card", "getting_spare_card", "getting_virtual_card", "lost_or_stolen_card", "lost_or_stolen_phone",
    "order_physical_card", "passcode_forgotten", "pending_card_payment", "pending_cash_withdrawal", "pending_top_up",
    "pending_transfer", "pin_blocked", "receiving_money", "Refund_not_showing_up", "request_refund",
    "reverted_card_payment?", "supported_cards_and_currencies", "terminate_account", "top_up_by_bank_transfer_charge",
    "top_up_by_card_charge", "top_up_by_cash_or_cheque", "top_up_failed", "top_up_limits", "top_up_reverted",
    "topping_up_by_card", "transaction_charged_twice", "transfer_fee_charged", "transfer_into_account",
    "transfer_not_received_by_recipient", "transfer_timing", "unable_to_verify_identity", "verify_my_identity",
    "verify_source_of_funds", "verify_top_up", "virtual_card_not_working", "visa_or_mastercard",
    "why_verify_identity", "wrong_amount_of_cash_received", "wrong_exchange_rate_for_cash_withdrawal",
}

# The contact-centre themes the default taxonomy must cover, each by at least one of these ids.
RETAIL_COVERAGE = {
    "orders": {"place_order", "change_order", "track_order"},
    "delivery": {"delivery_options", "delivery_period"},
    "refunds": {"get_refund", "track_refund", "check_refund_policy"},
    "billing and payment": {"check_invoice", "get_invoice", "payment_issue", "check_payment_methods"},
    "account access": {"recover_password", "registration_problems"},
    "cancellation": {"cancel_order", "check_cancellation_fee", "delete_account"},
    "complaints": {"complaint"},
    "technical problems": {"technical_problem"},
    "product questions": {"product_question"},
}


@pytest.fixture(scope="module", params=sorted(TAXONOMIES))
def taxonomy(request) -> dict:
    return load_taxonomy(TAXONOMIES[request.param])


def test_reasons_are_unique_described_and_exemplified(taxonomy):
    ids = [r["id"] for r in taxonomy["reasons"]]
    assert len(ids) == len(set(ids))
    assert not {OOS, OTHER} & set(ids)
    assert taxonomy.get("name") and taxonomy.get("description")
    for reason in taxonomy["reasons"]:
        assert reason["name"].strip(), reason["id"]
        assert len(reason["description"].split()) >= 5, reason["id"]
        examples = [e.strip() for e in reason["examples"]]
        assert len(examples) >= 3 and all(examples), reason["id"]
        assert len({e.lower() for e in examples}) == len(examples), f"{reason['id']} repeats an example"


def test_examples_belong_to_one_reason(taxonomy):
    owner: dict[str, str] = {}
    for reason in taxonomy["reasons"]:
        for example in reason["examples"]:
            key = " ".join(example.lower().split())
            assert owner.setdefault(key, reason["id"]) == reason["id"], f"{example!r} in {owner[key]} and {reason['id']}"
    for example in taxonomy.get("out_of_scope_examples") or []:
        assert " ".join(str(example).lower().split()) not in owner, f"out-of-scope {example!r} is also a reason example"


def test_out_of_scope_examples(taxonomy):
    oos = [str(e).strip() for e in taxonomy.get("out_of_scope_examples") or []]
    assert len(oos) >= 40 and all(oos)
    assert len({e.lower() for e in oos}) == len(oos)


@pytest.mark.parametrize("name", sorted(TAXONOMIES))
def test_taxonomy_is_training_data(name):
    examples = load_examples(TAXONOMIES[name])
    ids = {r["id"] for r in load_taxonomy(TAXONOMIES[name])["reasons"]}
    assert set(examples.label_set()) == ids
    assert OOS in {label for labels in examples.labels for label in labels}
    assert not examples.multi_label


def test_retail_covers_contact_centre_themes():
    tax = load_taxonomy(TAXONOMIES["retail"])
    ids = {r["id"] for r in tax["reasons"]}
    for theme, wanted in RETAIL_COVERAGE.items():
        assert wanted <= ids, f"retail taxonomy lacks {theme}: {sorted(wanted - ids)}"
    assert "contact_human_agent" in ids
    assert len(ids) == 29
    by_id = {r["id"]: r for r in tax["reasons"]}
    for added in ("technical_problem", "product_question"):
        assert len(by_id[added]["examples"]) >= 30
    assert all(r.get("category") for r in tax["reasons"])


def test_banking_has_the_77_banking77_intents():
    tax = load_taxonomy(TAXONOMIES["banking"])
    ids = [r["id"] for r in tax["reasons"]]
    assert len(ids) == 77
    assert set(ids) == BANKING77_IDS
