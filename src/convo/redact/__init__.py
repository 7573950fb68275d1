"""PII redaction: find card numbers, ids, contact details … in text (spoken forms included) and remove them."""
