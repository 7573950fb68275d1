"""Ingest: find inputs, parse transcripts, validate operational data."""
