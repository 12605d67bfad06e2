"""Kiểm Phiếu: a counting committee's program for paper confidence-vote ballots."""

__version__ = "0.1.0"
