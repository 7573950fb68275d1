"""Topics: discover and track contact reasons in customer text (hdbscan over stored embeddings).

``convo.topics.data`` reads run directories into units, ``convo.topics.model.TopicModel`` fits
and updates topics, ``convo.topics.io`` reads and writes a topics folder, ``convo.topics.cli`` is
``convo topics``. Importing this package loads nothing heavy (hdbscan and scikit-learn load on use).
"""
