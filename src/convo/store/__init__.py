"""The store: DuckDB over the tenants' Parquet datasets, plus keys, audit, labels, webhooks and jobs."""
