"""What every feature means: kind ("do" = process/operations effort, "feel" = emotion/language), unit, definition.

Plain data, no numba: ``import convo.features`` stays light. ``docs/features.md`` repeats these definitions.
"""

from __future__ import annotations

OPS_FEATURES = ("wait_time_s", "hold_time_s", "hold_count", "transfer_count", "handle_time_s", "escalated", "resolved")


def _f(kind: str, unit: str, description: str) -> dict[str, str]:
    return {"kind": kind, "unit": unit, "description": description}


FEATURE_INFO: dict[str, dict[str, str]] = {
    "n_utterances": _f("do", "count", "Utterances in the call (0 for a call without any)."),
    "n_customer_utterances": _f("do", "count", "Utterances spoken by the customer."),
    "n_turns": _f("do", "count", "Turns: runs of consecutive utterances by the same speaker, in time order."),
    "apology_count": _f("feel", "count", "Utterances carrying the `apology` marker."),
    "hold_announcement_count": _f("do", "count", "Utterances carrying the `hold_announcement` marker."),
    "transfer_announcement_count": _f("do", "count", "Utterances carrying the `transfer_announcement` marker."),
    "customer_repeat_count": _f("do", "count",
                                "Utterances carrying the `customer_repeat` marker (customer repeating information)."),
    "manager_request_count": _f("feel", "count", "Utterances carrying the `manager_request` marker."),
    "agent_talk_s": _f("do", "s", "Sum of the agent's utterance durations (end_s - start_s)."),
    "customer_talk_s": _f("do", "s", "Sum of the customer's utterance durations."),
    "customer_talk_ratio": _f("do", "ratio",
                              "customer_talk_s / (agent_talk_s + customer_talk_s); NaN when nobody talked."),
    "speech_span_s": _f("do", "s", "Last utterance end minus first utterance start."),
    "silence_total_s": _f("do", "s",
                          "Dead air: total of the gaps longer than the silence threshold (default 5 s) between "
                          "consecutive speech (the union of all utterances, any side), in time order."),
    "silence_max_s": _f("do", "s", "Longest gap between consecutive speech (0 when speech never pauses)."),
    "silence_count": _f("do", "count", "Gaps between consecutive speech longer than the silence threshold."),
    "overtalk_s": _f("do", "s", "Time during which both agent and customer speak (intersection of their speech)."),
    "interruptions_by_agent": _f("do", "count",
                                 "Agent utterances that start while the customer is speaking, the customer stops "
                                 "within the interruption window (default 2 s), and the agent is still speaking then."),
    "interruptions_by_customer": _f("feel", "count", "Same as interruptions_by_agent with the sides swapped."),
    "mean_turn_s": _f("do", "s", "Sum of all utterance durations divided by n_turns."),
    "speech_rate_agent": _f("do", "words/s", "Agent words (runs of non-whitespace in text) per second of agent talk."),
    "speech_rate_customer": _f("do", "words/s", "Customer words per second of customer talk."),
    "time_to_resolution_s": _f("do", "s",
                               "start_s of the first utterance with the `resolution_confirmation` marker "
                               "(seconds from the start of the recording); NaN when there is none."),
    "neg_share": _f("feel", "ratio", "Share of customer utterances whose negativity exceeds the threshold (0.5). "
                                     "Negativity = sum of emotion_scores over the negative emotion labels."),
    "neg_peak": _f("feel", "prob", "Highest customer negativity."),
    "neg_mean": _f("feel", "prob", "Mean customer negativity."),
    "neg_end": _f("feel", "prob", "Mean customer negativity over the last third of the customer's utterances "
                                  "(max(1, m // 3) utterances)."),
    "neg_change": _f("feel", "prob", "Mean negativity of the customer's last third minus the first third "
                                     "(0 with one customer utterance)."),
    "neg_slope": _f("feel", "prob/call", "Least-squares slope of customer negativity over relative position "
                                         "k / (m - 1) in [0, 1]: the fitted change across the call (0 with one "
                                         "customer utterance)."),
    "sentiment_mean": _f("feel", "[-1, 1]", "Mean customer sentiment."),
    "sentiment_min": _f("feel", "[-1, 1]", "Lowest customer sentiment."),
    "sentiment_end": _f("feel", "[-1, 1]", "Mean customer sentiment over the customer's last third."),
    "sentiment_change": _f("feel", "[-1, 1]", "Customer sentiment, last third minus first third."),
    "sentiment_slope": _f("feel", "1/call", "Least-squares slope of customer sentiment over relative position."),
    "confusion_share": _f("feel", "ratio", "Share of customer utterances whose `confusion` emotion score exceeds "
                                           "the threshold (0.5)."),
    "confusion_peak": _f("feel", "prob", "Highest customer `confusion` emotion score."),
    "confusion_mean": _f("feel", "prob", "Mean customer `confusion` emotion score."),
    "repetition_score": _f("do", "ratio",
                           "Share of the customer's utterances of at least 3 words that have an earlier such "
                           "customer utterance in the call with embedding cosine >= 0.9 (all pairs); NaN "
                           "without embeddings."),
    "repetition_max_cosine": _f("do", "cosine", "Highest cosine between two such customer utterances (NaN with "
                                                "fewer than two)."),
    "contacts_prev_7d": _f("do", "count", "Earlier contacts of the same customer_id within 7 days before started_at "
                                          "(in the calls given); NaN without customer_id or started_at."),
    "contacts_prev_30d": _f("do", "count", "Earlier contacts of the same customer_id within 30 days."),
    "channel_hops_7d": _f("do", "count", "Earlier contacts within 7 days in a different channel than this one."),
    "days_since_prev_contact": _f("do", "days", "Days since the customer's latest earlier contact (NaN when none)."),
    "wait_time_s": _f("do", "s", "Queue wait before the call (operational data)."),
    "hold_time_s": _f("do", "s", "Time on hold (operational data)."),
    "hold_count": _f("do", "count", "Holds (operational data)."),
    "transfer_count": _f("do", "count", "Transfers (operational data)."),
    "handle_time_s": _f("do", "s", "Handle time (operational data)."),
    "escalated": _f("do", "0/1", "Escalated (operational data; 1 yes, 0 no)."),
    "resolved": _f("do", "0/1", "Resolved (operational data; 1 yes, 0 no)."),
}

# Output column order: the call kernel's columns, then journey, then operational fields (the
# kernels' column tuples must equal these slices; tests/features checks it).
FEATURE_COLUMNS: tuple[str, ...] = tuple(FEATURE_INFO)
JOURNEY_FEATURES = ("contacts_prev_7d", "contacts_prev_30d", "channel_hops_7d", "days_since_prev_contact")
CALL_FEATURES = FEATURE_COLUMNS[: len(FEATURE_COLUMNS) - len(JOURNEY_FEATURES) - len(OPS_FEATURES)]
