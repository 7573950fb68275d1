"""Speech recognition: decode audio, resolve models, transcribe channels into utterances."""
