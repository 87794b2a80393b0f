"""The cutoff_* spaCy components, one module each; `pipeline.nlp` imports them to register their factories."""
