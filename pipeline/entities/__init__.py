"""Entities: the rule layer over the pretrained NER, roles split off, one canonical entity per referent."""
