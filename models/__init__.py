"""The trained models, installed as ``pipeline.models`` (see setup.py); each models/NAME/ is a spaCy pipeline."""
