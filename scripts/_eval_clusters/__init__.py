"""Scoring of the real blind clusters (tests/clusters/*/): see scripts/evaluate_clusters.py."""
