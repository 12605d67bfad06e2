"""Kiểm Phiếu: a counting committee's program for paper confidence-vote and election
ballots."""

__version__ = "0.1.0"
